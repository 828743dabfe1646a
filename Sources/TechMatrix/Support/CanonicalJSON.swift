/// Writes a ``JSONValue`` canonically: members sorted by the UTF-8 bytes of their names,
/// two-space indent, `"name": value`, empty containers as `[]` and `{}`, strings with only the
/// escapes JSON requires (no escaped `/`, non-ASCII written as UTF-8), shortest round-trip
/// numbers, and a trailing newline. The same value gives the same bytes on every machine.
enum CanonicalJSON {
    static func write(_ value: JSONValue, into output: inout ByteBuffer) {
        write(value, indent: 0, into: &output)
        output.append(0x0A)
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout ByteBuffer) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let number, _): NumberFormatting.appendJSON(number, into: &output)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            if elements.isEmpty { output.append("[]"); return }
            output.append("[\n")
            for (index, element) in elements.enumerated() {
                output.appendSpaces(indent + 2)
                write(element, indent: indent + 2, into: &output)
                output.append(index == elements.count - 1 ? "\n" : ",\n")
            }
            output.appendSpaces(indent)
            output.append("]")
        case .object(let members):
            if members.isEmpty { output.append("{}"); return }
            output.append("{\n")
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in sorted.enumerated() {
                output.appendSpaces(indent + 2)
                writeString(member.key, into: &output)
                output.append(": ")
                write(member.value, indent: indent + 2, into: &output)
                output.append(index == sorted.count - 1 ? "\n" : ",\n")
            }
            output.appendSpaces(indent)
            output.append("}")
        }
    }

    /// RFC 8259 section 7: `"` and `\` escaped, control characters below U+0020 escaped
    /// (short forms where JSON has them, `\u00XX` otherwise), everything else as is.
    static func writeString(_ text: String, into output: inout ByteBuffer) {
        output.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: output.append("\\\"")
            case 0x5C: output.append("\\\\")
            case 0x0A: output.append("\\n")
            case 0x0D: output.append("\\r")
            case 0x09: output.append("\\t")
            case 0x08: output.append("\\b")
            case 0x0C: output.append("\\f")
            case 0x00..<0x20:
                output.append("\\u00")
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
