import Foundation

/// Strings and numbers for the fast path, under the same rules as ``JSONParser``.
extension FastDocumentReader {
    mutating func string() throws(GiveUp) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        var ascii = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if ascii { return String(decoding: slice, as: UTF8.self) }
                guard let text = String(validating: slice, as: UTF8.self) else { throw GiveUp() }
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw GiveUp() }
            if byte >= 0x80 { ascii = false }
            position += 1
        }
        throw GiveUp()
    }

    /// A string with escapes: the full parser's rules, reused on this one string.
    private mutating func escapedString(from start: Int) throws(GiveUp) -> String {
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
        if digits.count <= 15, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            var value = 0
            for digit in digits { value = value * 10 + Int(digit - UInt8(ascii: "0")) }
            return negative ? -Double(value) : Double(value)
        }
        guard let value = Double(String(decoding: slice, as: UTF8.self)), value.isFinite else { throw GiveUp() }
        return value
    }
}
