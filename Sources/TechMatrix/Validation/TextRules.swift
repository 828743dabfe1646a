/// The spec's rules for text fields, names and URLs.
enum TextRules {
    /// Whether a scalar is one the spec refuses in any text: a C0 control other than tab,
    /// line feed and carriage return; DEL; a C1 control (U+0080–U+009F); or a noncharacter
    /// (U+FDD0–U+FDEF and every U+xFFFE and U+xFFFF).
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        if value >= 0x7F && value <= 0x9F { return true }
        if value >= 0xFDD0 && value <= 0xFDEF { return true }
        return value & 0xFFFE == 0xFFFE
    }

    /// The first forbidden scalar in `text` and its offset in scalars, if any.
    static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, offset: Int)? {
        var offset = 0
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { return (scalar, offset) }
            offset += 1
        }
        return nil
    }

    /// Whether `text` is empty or only Unicode white space.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// Whether `text` is an absolute `http` or `https` URL: the scheme (any case), `://`, a
    /// non-empty host, and no white space, control character or character that URLs never
    /// hold unescaped (`"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`).
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = text.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = text.dropFirst(7) }
        else { return false }
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || isForbidden(scalar) || scalar.value < 0x20 { return false }
            if "\"<>\\^`{|}".unicodeScalars.contains(scalar) { return false }
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let host = hostAndPort.hasPrefix("[") ? hostAndPort : hostAndPort.split(separator: ":", omittingEmptySubsequences: false).first ?? ""
        return !host.isEmpty
    }
}
