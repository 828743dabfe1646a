import Testing

@testable import TechMatrix

/// ``NumberFormatting/appendJSON(_:into:)`` writes digits itself for most numbers; it must give
/// exactly what ``NumberFormatting/json(_:)`` (Swift's shortest round-trip form) gives.
@Suite("Numbers written digit by digit match their JSON text")
struct NumberFormattingTests {
    static func appended(_ value: Double) -> String {
        var output = ByteBuffer(capacity: 8)
        NumberFormatting.appendJSON(value, into: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    @Test("Hand-checked texts, including each side of the fast path's limits")
    func examples() {
        let expected: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (15, "15"), (-3, "-3"), (0.05, "0.05"), (123.45, "123.45"), (-0.5, "-0.5"), (0.1, "0.1"),
            (0.0001, "0.0001"), (0.00015, "0.00015"), (1e-05, "1e-05"), (2.5e-07, "2.5e-07"), (1_073_741_823.5, "1073741823.5"),
            (1_073_741_824.5, "1073741824.5"), (1e16, "1e+16"), (9_007_199_254_740_991, "9007199254740991"), (0.3, "0.3"),
            (1.0 / 3.0, "0.3333333333333333"), (499.99, "499.99"), (100.1, "100.1"), (12.0625, "12.0625"),
        ]
        for (value, text) in expected {
            #expect(Self.appended(value) == text, "\(value)")
            #expect(NumberFormatting.json(value) == text, "\(value)")
        }
    }

    @Test("300,000 generated numbers: decimals of every length, near the limits, and random bit patterns")
    func generated() {
        var generator = Mulberry32(seed: 2024)
        var checked = 0
        for round in 0..<300_000 {
            let whole = Double(generator.nextUInt32()) * Double(generator.nextUInt32() % 4 + 1) / 4
            let decimals = Int(generator.nextUInt32() % 8)
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let value: Double
            switch round % 6 {
            case 0: value = (whole / scale).rounded()  // integers, up to about 2^32
            case 1: value = Double(Int(generator.nextUInt32()) - Int(UInt32.max / 2)) / scale
            case 2: value = Double(generator.nextUInt32() % 50_000) / 100 * (generator.nextUInt32() % 2 == 0 ? 1 : -1)
            case 3: value = 1_073_741_824 + (Double(generator.nextUInt32() % 2_000) - 1_000) / scale
            case 4:
                let bits = UInt64(generator.nextUInt32()) << 32 | UInt64(generator.nextUInt32())
                value = Double(bitPattern: bits)
            default: value = Double(generator.nextUInt32() % 1_000) / scale / 1_000
            }
            guard value.isFinite else { continue }
            #expect(Self.appended(value) == NumberFormatting.json(value), "\(value.debugDescription)")
            checked += 1
        }
        #expect(checked > 290_000)
    }
}
