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

    mutating func number() throws(GiveUp) -> Double {
        skipWhitespace()
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                position += 1
            default:
                return try finishNumber(from: start)
            }
        }
        return try finishNumber(from: start)
    }

    /// Checks the RFC 8259 number grammar, then converts: small integers directly, anything
    /// else with the standard library's correctly rounded conversion.
    private func finishNumber(from start: Int) throws(GiveUp) -> Double {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < slice.count && slice[i] >= UInt8(ascii: "0") && slice[i] <= UInt8(ascii: "9") }
        if index < slice.count, slice[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        while isDigit(index) { index += 1 }
        let integerDigits = index - integerStart
        guard integerDigits > 0, integerDigits == 1 || slice[integerStart] != UInt8(ascii: "0") else { throw GiveUp() }
        if index == slice.count, integerDigits <= 15 {
            var value = 0
            for digit in slice[integerStart...] { value = value * 10 + Int(digit - UInt8(ascii: "0")) }
            return integerStart == 0 ? Double(value) : -Double(value)
        }
        if index < slice.count, slice[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw GiveUp() }
            while isDigit(index) { index += 1 }
        }
        if index < slice.count, slice[index] == UInt8(ascii: "e") || slice[index] == UInt8(ascii: "E") {
            index += 1
            if index < slice.count, slice[index] == UInt8(ascii: "+") || slice[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { throw GiveUp() }
            while isDigit(index) { index += 1 }
        }
        guard index == slice.count, let value = Double(String(decoding: slice, as: UTF8.self)), value.isFinite else { throw GiveUp() }
        return value
    }
}
