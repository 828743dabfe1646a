/// Escaping for GitHub-flavoured Markdown (GFM 0.29 as implemented by cmark-gfm), total and
/// predictable: the same character is always written the same way in the same context.
/// User text never spans source lines: a line break in it is written `<br>`, so that it can
/// neither end a table row nor start a block.
enum MarkdownEscaping {
    /// Text inside a GFM table cell. Implements GFM §4.10 (tables): `|` is written `\|`, also
    /// where it would sit in a code span, because cells are split before inline parsing; a
    /// line ending would end the row, so LF, CR and CRLF are written `<br>`; white space at
    /// either end of a cell is trimmed, so a space or tab there is written as a character
    /// reference. Plus everything ``inline(_:escapeBlockStart:escapeHashes:into:)`` does.
    static func tableCell(_ text: String, into output: inout ByteBuffer) {
        inline(text, into: &output)
    }

    /// Text that makes up a paragraph or a list item (summary, verdict, pros, cons, notes).
    /// Besides the inline rules, the first character is escaped where it would start a block
    /// (CommonMark §4.2 ATX heading `#`, §5.2 list items `-` `+` and digits followed by `.`
    /// or `)`, §4.3 setext underline `=`, §5.1 block quote `>`), and a leading line break is
    /// written `&#10;`, since a `<br>` alone on the line would be an HTML block (§4.6).
    static func prose(_ text: String, into output: inout ByteBuffer) {
        inline(text, escapeBlockStart: true, into: &output)
    }

    /// Text in an ATX heading (CommonMark §4.2): the inline rules, and every `#` escaped so
    /// that none can close the heading.
    static func heading(_ text: String, into output: inout ByteBuffer) {
        inline(text, escapeBlockStart: true, escapeHashes: true, into: &output)
    }

    /// The inline rules, shared by every context:
    /// - CommonMark §2.4 (backslash escapes): these ASCII punctuation characters are escaped,
    ///   so that none can open emphasis, code, links, images, raw HTML, entities,
    ///   strikethrough or math: `\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `|` `~` `$`.
    /// - GFM §6.9 (autolinks extension): `:` before `//` and the `.` after `www` are escaped,
    ///   which stops URL autolinks; an empty HTML comment `<!---->` is written before `@`,
    ///   which stops e-mail autolinks (escaping `@` does not, because cmark-gfm finds them
    ///   after inline parsing). A comment is not an element and shows nothing.
    /// - CommonMark §6.7 (line breaks) and GFM §4.10: LF, CR and CRLF are written `<br>`, and
    ///   a space or tab that begins or ends the text or a line is written as a character
    ///   reference (`&#32;`, `&#9;`) so that it is not trimmed; once the edge character is a
    ///   reference, the white space behind it is no longer at the edge and stays as it is.
    static func inline(_ text: String, escapeBlockStart: Bool = false, escapeHashes: Bool = false, into output: inout ByteBuffer) {
        let scalars = Array(text.unicodeScalars)
        var atLineStart = true
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r" || scalar == "\n" {
                // A `<br>` alone at the start of a block would be an HTML block (§4.6, type 7).
                output.append(escapeBlockStart && index == 0 ? "&#10;" : "<br>")
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                atLineStart = true
                index += 1
                continue
            }
            let lineStart = atLineStart
            atLineStart = false
            if scalar == " " || scalar == "\t" {
                let lineEnd = index + 1 == scalars.count || scalars[index + 1] == "\n" || scalars[index + 1] == "\r"
                if lineStart || lineEnd {
                    output.append(scalar == " " ? "&#32;" : "&#9;")
                } else {
                    output.append(UInt8(scalar.value))
                }
                index += 1
                continue
            }
            if escapeBlockStart, index == 0 {
                if "#-+=>".unicodeScalars.contains(scalar) {
                    output.append("\\")
                    output.append(UInt8(scalar.value))
                    index += 1
                    continue
                }
                if ("0"..."9").contains(scalar) {
                    var end = index
                    while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
                    for digit in scalars[index..<end] { output.append(UInt8(digit.value)) }
                    if end < scalars.count, scalars[end] == "." || scalars[end] == ")" { output.append("\\") }
                    index = end
                    continue
                }
            }
            switch scalar {
            case "#" where escapeHashes, "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$":
                output.append("\\")
                output.append(UInt8(scalar.value))
            case ":" where index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/":
                output.append("\\:")
            case "." where index >= 3 && scalars[index - 3..<index].allSatisfy({ $0 == "w" || $0 == "W" }):
                output.append("\\.")
            case "@" where index > 0:
                output.append("<!---->@")
            default:
                output.append(String(scalar))
            }
            index += 1
        }
    }
}
