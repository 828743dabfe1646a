/// Escaping for HTML (WHATWG HTML Living Standard, §13.1 "Writing HTML documents").
enum HTMLEscaping {
    /// Text content (§13.1.3 "Text"): `&` and `<` are written as character references so
    /// they cannot start a reference or a tag, and `>` too for readers' sake. A CR or a CRLF is
    /// written as LF, which is what the parser makes of both (§13.2.3.5, "preprocessing the
    /// input stream"); a reference `&#13;` would keep the CR but is a parse error the Nu HTML
    /// Checker reports. LF and tab are written as they are and shown by `white-space:
    /// pre-wrap`.
    static func text(_ text: String, into output: inout ByteBuffer) {
        escape(text, quotes: false, into: &output)
    }

    /// A double-quoted attribute value (§13.1.2.3 "Attributes"): `&` and `"` are written as
    /// character references, so the value can neither end early nor hold a reference; `<`,
    /// `>` and `'` too, so the value is safe if copied elsewhere; CR and CRLF as LF, as in text.
    static func attribute(_ text: String, into output: inout ByteBuffer) {
        escape(text, quotes: true, into: &output)
    }

    /// Both rules in one scan: `&`, `<` and `>` as references, CR and CRLF as LF, and with
    /// `quotes` also `"` and `'`. Runs of bytes that need nothing are copied whole, eight bytes
    /// at a time skipped when none of them needs anything.
    private static func escape(_ text: String, quotes: Bool, into output: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = ByteScan.word(bytes, at: index)
                    if !ByteScan.has(word, UInt8(ascii: "&")), !ByteScan.has(word, UInt8(ascii: "<")), !ByteScan.has(word, UInt8(ascii: ">")),
                        !ByteScan.has(word, 0x0D), !quotes || (!ByteScan.has(word, UInt8(ascii: "\"")) && !ByteScan.has(word, UInt8(ascii: "'")))
                    {
                        index += 8
                        continue
                    }
                }
                defer { index += 1 }
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
                case UInt8(ascii: "'") where quotes: replacement = "&#39;"
                case 0x0D:
                    // CRLF: the CR is dropped and the LF written with the next run; a lone CR becomes LF.
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                        runStart = index + 1
                        continue
                    }
                    replacement = "\n"
                default: continue
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(replacement)
                runStart = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }

    /// An `href` for a link: only validated `http` and `https` URLs become links, so a
    /// `javascript:` URL can never be clicked. Returns `false` when the URL is not a web URL.
    static func webHref(_ url: String, into output: inout ByteBuffer) -> Bool {
        guard TextRules.isWebURL(url) else { return false }
        attribute(url, into: &output)
        return true
    }
}
