import Foundation

/// Strings and numbers for the fast path, under the same rules as ``JSONParser``.
extension FastDocumentReader {
    mutating func string() throws(GiveUp) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        var seenBits: UInt8 = 0
        // Whole words of plain text first: no `"`, `\` or control byte among eight.
        var words: UInt64 = 0
        while position + 8 <= bytes.count {
            let word = ByteScan.word(bytes, at: position)
            if ByteScan.has(word, UInt8(ascii: "\"")) || ByteScan.has(word, UInt8(ascii: "\\")) || ByteScan.hasLess(word, than: 0x20) { break }
            words |= word
            position += 8
        }
        if ByteScan.hasNonASCII(words) { seenBits = 0x80 }
        while position < bytes.count {
            let byte = bytes[position]
            seenBits |= byte
            // One test for the three bytes that end the plain run: `"`, `\` and controls.
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
                if byte < 0x20 { throw GiveUp() }
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if seenBits < 0x80 { return String(decoding: slice, as: UTF8.self) }
                guard let text = Self.validUTF8(slice) else { throw GiveUp() }
                return text
            }
            position += 1
        }
        throw GiveUp()
    }

    /// The text of `bytes`, or `nil` when they are not valid UTF-8. The standard library's
    /// repairing decoder is much cheaper than `String(validating:as:)` (which is not
    /// specialised), and its result is byte for byte the input exactly when nothing needed
    /// repair: a repair writes U+FFFD where the input has bytes that cannot begin a valid
    /// sequence, so it never writes what was there.
    static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let same = text.withUTF8 { decoded in
            decoded.count == bytes.count && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return same ? text : nil
    }

    /// A string with escapes. The two-character escapes are undone here, into one buffer;
    /// a string with a `\u` escape is handed to the full parser's rules (surrogate pairs and
    /// all), reused on this one string.
    private mutating func escapedString(from start: Int) throws(GiveUp) -> String {
        var unescaped = scratchBytes
        scratchBytes = []
        defer { scratchBytes = unescaped }
        unescaped.removeAll(keepingCapacity: true)
        var index = start
        var runStart = start
        var seenBits: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            seenBits |= byte
            if byte == UInt8(ascii: "\"") {
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                let text: String?
                if seenBits < 0x80 {
                    text = unescaped.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
                } else {
                    text = unescaped.withUnsafeBufferPointer(Self.validUTF8)
                }
                guard let text else { throw GiveUp() }
                position = index + 1
                return text
            }
            if byte < 0x20 { throw GiveUp() }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { throw GiveUp() }
            let replacement: UInt8
            switch bytes[index + 1] {
            case UInt8(ascii: "\""): replacement = UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): replacement = UInt8(ascii: "\\")
            case UInt8(ascii: "/"): replacement = UInt8(ascii: "/")
            case UInt8(ascii: "b"): replacement = 0x08
            case UInt8(ascii: "f"): replacement = 0x0C
            case UInt8(ascii: "n"): replacement = 0x0A
            case UInt8(ascii: "r"): replacement = 0x0D
            case UInt8(ascii: "t"): replacement = 0x09
            case UInt8(ascii: "u"): return try parsedString(from: start)
            default: throw GiveUp()
            }
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            unescaped.append(replacement)
            index += 2
            runStart = index
        }
        throw GiveUp()
    }

    /// A string read by the full parser's rules, reused on this one string.
    private mutating func parsedString(from start: Int) throws(GiveUp) -> String {
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard end < bytes.count else { throw GiveUp() }
        guard case .string(let text)? = try? JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[(start - 1)...end])) else { throw GiveUp() }
        position = end + 1
        return text
    }

    /// A number under ``JSONParser/scanNumber(_:from:)``'s grammar: small integers converted
    /// directly, anything else with the standard library's correctly rounded conversion.
    mutating func number() throws(GiveUp) -> Double {
        skipWhitespace()
        let start = position
        guard let end = try? JSONParser.scanNumber(bytes, from: start) else { throw GiveUp() }
        position = end
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let negative = slice[0] == UInt8(ascii: "-")
        let digits = slice.dropFirst(negative ? 1 : 0)
        if digits.count <= 16 {
            // Clinger's fast path: at most 15 significant digits are an exact integer m, 10^k
            // is exact for k ≤ 22, so m / 10^k in one IEEE division is correctly rounded, the
            // same double the standard library's conversion gives.
            var value = 0
            var digitCount = 0
            var fractionDigits = -1
            var simple = true
            for digit in digits {
                if digit == UInt8(ascii: "."), fractionDigits < 0 {
                    fractionDigits = 0
                    continue
                }
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else {
                    simple = false
                    break
                }
                value = value * 10 + Int(digit - UInt8(ascii: "0"))
                digitCount += 1
                if fractionDigits >= 0 { fractionDigits += 1 }
            }
            if simple, digitCount <= 15 {
                let magnitude = fractionDigits > 0 ? Double(value) / Self.powersOfTen[fractionDigits] : Double(value)
                return negative ? -magnitude : magnitude
            }
        }
        guard let value = Double(String(decoding: slice, as: UTF8.self)), value.isFinite else { throw GiveUp() }
        return value
    }

    /// 10^0 through 10^22, each exactly representable as a double.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var power = 1.0
        for _ in 0..<exponent { power *= 10 }
        return power
    }
}
