/// Numbers as the canonical JSON and the renderers write them.
enum NumberFormatting {
    /// The shortest text that reads back as the same double: integral values below 2^53 in
    /// magnitude without a fraction (`15`, `-3`), everything else as Swift's shortest
    /// round-trip form (`0.1`, `1.5e-07`, `1e+16`), which is valid JSON.
    static func json(_ value: Double) -> String {
        if value == value.rounded(.towardZero), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return value.description
    }

    /// Appends ``json(_:)`` of `value`, written digit by digit, without making a string, for
    /// the numbers tables mostly hold: below 2^30 in magnitude with at most four decimals.
    ///
    /// With `d` the fewest decimals for which `round(x · 10^d) / 10^d == x`, that text reads
    /// back as `x` (both the division and the reading round the same exact quotient), no text
    /// with fewer decimals does, and no other text with `d` decimals does either, since below
    /// 2^30 a double's rounding interval is far narrower than 10^-4. That is the shortest
    /// round-trip form, which Swift writes without an exponent for 0 and for magnitudes of at
    /// least 10^-4, the only ones at most four decimals can give (`5e-05` falls back).
    /// `NumberFormattingTests` compares it with ``json(_:)``.
    static func appendJSON(_ value: Double, into output: inout ByteBuffer) {
        let magnitude = abs(value)
        if magnitude < 1_073_741_824 {
            var scale = 1.0
            for decimals in 0...4 {
                let scaled = (magnitude * scale).rounded()
                if scaled / scale == magnitude {
                    if value < 0 { output.append(UInt8(ascii: "-")) }
                    appendFixed(Int(scaled), decimals: decimals, into: &output)
                    return
                }
                scale *= 10
            }
        }
        output.append(json(value))
    }

    /// `digits` with a decimal point `decimals` places from its right: `5` with 2 is `0.05`.
    private static func appendFixed(_ digits: Int, decimals: Int, into output: inout ByteBuffer) {
        var divisor = 1
        for _ in 0..<decimals { divisor *= 10 }
        output.appendDecimal(digits / divisor)
        guard decimals > 0 else { return }
        output.append(UInt8(ascii: "."))
        let fraction = digits % divisor
        divisor /= 10
        while divisor > fraction {
            output.append(UInt8(ascii: "0"))
            divisor /= 10
        }
        output.appendDecimal(fraction)
    }
}
