/// Quotes user text inside diagnostics so that control characters and very long strings
/// cannot garble a terminal: the text is shown in double quotes, with `"` and `\` escaped,
/// controls as `\n`, `\t` or `\u{7}`, and anything past 60 characters cut with `…`.
enum Quoting {
    static func quoted(_ text: String, limit: Int = 60) -> String {
        var result = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { result += "…"; break }
            count += 1
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if TextRules.isForbidden(scalar) || scalar.properties.generalCategory == .format && scalar.value >= 0x202A && scalar.value <= 0x2069 {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
