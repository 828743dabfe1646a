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
    /// - Complexity: O(*n*) over the UTF-8 bytes; a byte scan rules out almost every text
    ///   before any scalar is decoded.
    static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, offset: Int)? {
        var text = text
        if text.withUTF8(mayHoldForbidden) == false { return nil }
        var offset = 0
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { return (scalar, offset) }
            offset += 1
        }
        return nil
    }

    /// A conservative byte-level test: `false` means `bytes` certainly holds no forbidden
    /// scalar. It flags C0 controls other than tab, LF and CR, DEL, the lead bytes of C1
    /// controls (`C2 80`–`C2 9F`), of U+FDD0–U+FDEF and U+FFFE/U+FFFF (`EF B7`, `EF BF`), and
    /// any four-byte scalar whose low bits could be xFFFE or xFFFF.
    static func mayHoldForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes with no control character and no DEL at once.
            if index + 8 <= count {
                let word = ByteScan.word(bytes, at: index)
                if !ByteScan.hasNonASCII(word), !ByteScan.hasLess(word, than: 0x20), !ByteScan.has(word, 0x7F) {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return true }
                index += 1
            } else if byte == 0xC2 {
                if index + 1 < count, bytes[index + 1] <= 0x9F { return true }
                index += 2
            } else if byte == 0xEF {
                if index + 1 < count, bytes[index + 1] == 0xB7 || bytes[index + 1] == 0xBF { return true }
                index += 3
            } else if byte >= 0xF0 {
                if index + 3 < count, bytes[index + 1] & 0x0F == 0x0F, bytes[index + 2] == 0xBF, bytes[index + 3] >= 0xBE { return true }
                index += 4
            } else {
                index += byte >= 0xE0 ? 3 : 2
            }
        }
        return false
    }

    /// Whether `text` is empty or only Unicode white space.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// Whether `text` is an absolute `http` or `https` URL: the scheme (any case), `://`, a
    /// non-empty host, and no white space, control character or character that URLs never
    /// hold unescaped (`"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`).
    static func isWebURL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            func hasPrefix(_ prefix: StaticString) -> Bool {
                guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
                for index in 0..<prefix.utf8CodeUnitCount where bytes[index] | 0x20 != prefix.utf8Start[index] | 0x20 {
                    return false
                }
                return true
            }
            let schemeLength: Int
            if hasPrefix("https://") { schemeLength = 8 } else if hasPrefix("http://") { schemeLength = 7 } else { return false }
            var hostStart = schemeLength
            var hostEnd = schemeLength
            var inAuthority = true
            for index in 0..<bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x00...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
                     UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
                    return false
                default:
                    break
                }
                guard index >= schemeLength, inAuthority else { continue }
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                    inAuthority = false
                } else if byte == UInt8(ascii: "@") {
                    hostStart = index + 1
                    hostEnd = index + 1
                } else {
                    hostEnd = index + 1
                }
            }
            // Non-ASCII white space and controls are refused too.
            if bytes.contains(where: { $0 >= 0x80 }) {
                let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars
                if scalars.contains(where: { $0.properties.isWhitespace || isForbidden($0) }) { return false }
            }
            let authority = UnsafeBufferPointer(rebasing: bytes[hostStart..<hostEnd])
            if authority.first == UInt8(ascii: "[") { return authority.count > 2 }
            let host = authority.prefix { $0 != UInt8(ascii: ":") }
            return !host.isEmpty
        }
    }
}
