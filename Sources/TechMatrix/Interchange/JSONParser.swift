/// A strict RFC 8259 JSON parser over UTF-8 bytes that reports the line and column of the
/// first syntax error. It refuses what the spec refuses at the syntax level: invalid UTF-8,
/// lone surrogate escapes, and nesting deeper than ``maximumDepth``. A leading UTF-8 byte
/// order mark is skipped.
struct JSONParser {
    /// The deepest nesting of arrays and objects accepted. A matrix needs 6 levels.
    static let maximumDepth = 128

    struct SyntaxError: Error, Equatable {
        var offset: Int
        var detail: String
        var tooDeep = false
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses one JSON document, or reports a problem with its line and column.
    static func parse(_ data: some Collection<UInt8>) throws(ValidationError) -> JSONValue {
        let array = Array(data)
        let result: Result<JSONValue, ValidationError> = array.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            do throws(SyntaxError) {
                return .success(try parser.parseDocument())
            } catch {
                if error.tooDeep { return .failure(ValidationError(problems: [Problem(JSONPath(), .nestedTooDeep(limit: maximumDepth))])) }
                let (line, column) = lineAndColumn(of: error.offset, in: buffer)
                return .failure(ValidationError(problems: [Problem(JSONPath(), .malformedJSON(line: line, column: column, detail: error.detail))]))
            }
        }
        return try result.get()
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    private mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        skipWhitespace()
        if position == bytes.count {
            throw SyntaxError(offset: position, detail: "the document is empty; expected a JSON object")
        }
        let value = try parseValue()
        skipWhitespace()
        if position != bytes.count {
            throw SyntaxError(offset: position, detail: "unexpected \(describeByte(at: position)) after the end of the document")
        }
        return value
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let byte = bytes[offset]
        if byte == UInt8(ascii: "'") { return "\"'\"" }
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard position < bytes.count else {
            throw SyntaxError(offset: position, detail: "unexpected end of input; expected a value")
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default:
            throw SyntaxError(offset: position, detail: "unexpected \(describeByte(at: position)); expected a value")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(SyntaxError) {
        let start = position
        for index in 0..<literal.utf8CodeUnitCount {
            guard position < bytes.count, bytes[position] == literal.utf8Start[index] else {
                throw SyntaxError(offset: start, detail: "invalid literal; expected \(literal)")
            }
            position += 1
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw SyntaxError(offset: position, detail: "nested too deep", tooDeep: true) }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        position += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw SyntaxError(offset: position, detail: "unexpected \(describeByte(at: position)); expected a member name in double quotes")
            }
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw SyntaxError(offset: position, detail: "unexpected \(describeByte(at: position)); expected ':' after a member name")
            }
            position += 1
            skipWhitespace()
            members.append(JSONMember(key: key, value: try parseValue()))
            skipWhitespace()
            guard position < bytes.count else {
                throw SyntaxError(offset: position, detail: "unexpected end of input; expected ',' or '}'")
            }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; break }
            throw SyntaxError(offset: position, detail: "unexpected \(describeByte(at: position)); expected ',' or '}'")
        }
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else {
                throw SyntaxError(offset: position, detail: "unexpected end of input; expected ',' or ']'")
            }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; break }
            throw SyntaxError(offset: position, detail: "unexpected \(describeByte(at: position)); expected ',' or ']'")
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = position
        position = try Self.scanNumber(bytes, from: start)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        let value = Double(text) ?? .infinity
        return .number(value, literal: value.isFinite ? nil : text)
    }

    /// The RFC 8259 §6 number grammar (`-? int frac? exp?`, no leading zeros) from `start`;
    /// returns the offset just past the number. Shared with the fast path.
    static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(SyntaxError) -> Int {
        var position = start
        func digits() -> Int {
            let first = position
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") { position += 1 }
            return position - first
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        if integerDigits == 0 { throw SyntaxError(offset: position, detail: "invalid number; expected a digit") }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") {
            throw SyntaxError(offset: integerStart, detail: "invalid number; leading zeros are not allowed")
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            if digits() == 0 { throw SyntaxError(offset: position, detail: "invalid number; expected a digit after '.'") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            if digits() == 0 { throw SyntaxError(offset: position, detail: "invalid number; expected a digit in the exponent") }
        }
        return position
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        let quote = position
        position += 1
        let start = position
        var asciiOnly = true
        // Fast path: no escapes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if asciiOnly { return String(decoding: slice, as: UTF8.self) }
                guard let text = String(validating: slice, as: UTF8.self) else {
                    throw SyntaxError(offset: start + Self.invalidUTF8Offset(slice), detail: "invalid UTF-8 in a string")
                }
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 {
                throw SyntaxError(offset: position, detail: "unescaped control character (byte 0x\(String(byte, radix: 16, uppercase: true))) in a string; write it as an escape such as \\n")
            }
            if byte >= 0x80 { asciiOnly = false }
            position += 1
        }
        if position == bytes.count {
            throw SyntaxError(offset: quote, detail: "unterminated string")
        }
        // Slow path: escapes.
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw SyntaxError(offset: quote, detail: "invalid UTF-8 in a string")
                }
                return text
            }
            if byte < 0x20 {
                throw SyntaxError(offset: position, detail: "unescaped control character (byte 0x\(String(byte, radix: 16, uppercase: true))) in a string; write it as an escape such as \\n")
            }
            if byte != UInt8(ascii: "\\") {
                buffer.append(byte)
                position += 1
                continue
            }
            let escape = position
            position += 1
            guard position < bytes.count else { break }
            switch bytes[position] {
            case UInt8(ascii: "\""): buffer.append(0x22)
            case UInt8(ascii: "\\"): buffer.append(0x5C)
            case UInt8(ascii: "/"): buffer.append(0x2F)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4(at: position + 1, escape: escape)
                position += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard position + 2 < bytes.count, bytes[position + 1] == UInt8(ascii: "\\"), bytes[position + 2] == UInt8(ascii: "u") else {
                        throw SyntaxError(offset: escape, detail: "lone surrogate escape \\u\(String(scalar, radix: 16, uppercase: true)); a high surrogate must be followed by a low one")
                    }
                    let low = try parseHex4(at: position + 3, escape: position + 1)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw SyntaxError(offset: escape, detail: "lone surrogate escape \\u\(String(scalar, radix: 16, uppercase: true)); a high surrogate must be followed by a low one")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    position += 6
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw SyntaxError(offset: escape, detail: "lone surrogate escape \\u\(String(scalar, radix: 16, uppercase: true))")
                }
                buffer.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
            default:
                throw SyntaxError(offset: escape, detail: "invalid escape \\\(describeByte(at: position).trimmingQuotes)")
            }
            position += 1
        }
        throw SyntaxError(offset: quote, detail: "unterminated string")
    }

    private func parseHex4(at offset: Int, escape: Int) throws(SyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw SyntaxError(offset: escape, detail: "incomplete \\u escape; expected four hex digits") }
        var value: UInt32 = 0
        for index in offset..<offset + 4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw SyntaxError(offset: escape, detail: "invalid \\u escape; expected four hex digits")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The offset of the first byte that breaks UTF-8 in `slice`.
    private static func invalidUTF8Offset(_ slice: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < slice.count {
            let byte = slice[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= slice.count,
                  String(validating: UnsafeBufferPointer(rebasing: slice[index..<index + length]), as: UTF8.self) != nil
            else { return index }
            index += length
        }
        return index
    }
}

private extension String {
    var trimmingQuotes: String {
        hasPrefix("'") && hasSuffix("'") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
