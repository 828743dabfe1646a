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
    /// - CommonMark §6.2 (emphasis): a delimiter run next to Unicode white space does not
    ///   open or close emphasis, so non-ASCII white space (U+00A0, U+3000, …) at either end
    ///   of the text is written as a character reference (`&#x3000;`): a group name that ends
    ///   with one still closes its `**`.
    static func inline(_ text: String, escapeBlockStart: Bool = false, escapeHashes: Bool = false, into output: inout ByteBuffer) {
        // Most texts begin and end with an ASCII byte, and so with no wide space: they go
        // straight to the byte rules without a look at any scalar's properties.
        var text = text
        let plainEdges = text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80 else { return false }
            inline(bytes, escapeBlockStart: escapeBlockStart, escapeHashes: escapeHashes, into: &output)
            return true
        }
        if plainEdges { return }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isWideSpace(first) || isWideSpace(last) else {
            text.withUTF8 { inline($0, escapeBlockStart: escapeBlockStart, escapeHashes: escapeHashes, into: &output) }
            return
        }
        var start = scalars.startIndex
        var end = scalars.endIndex
        var leading: [Unicode.Scalar] = []
        while start < end, isWideSpace(scalars[start]) {
            leading.append(scalars[start])
            start = scalars.index(after: start)
        }
        var trailing: [Unicode.Scalar] = []
        while end > start, isWideSpace(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
            trailing.insert(scalars[end], at: 0)
        }
        for scalar in leading { reference(scalar, into: &output) }
        var middle = String(scalars[start..<end])
        // After a reference the text no longer starts a line, so no block can start there.
        middle.withUTF8 { inline($0, escapeBlockStart: escapeBlockStart && leading.isEmpty, escapeHashes: escapeHashes, into: &output) }
        for scalar in trailing { reference(scalar, into: &output) }
    }

    /// White space beyond ASCII (category Zs): what CommonMark counts as Unicode white space
    /// and the ASCII rules do not already write as a reference.
    private static func isWideSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator
    }

    /// `&#x3000;`.
    private static func reference(_ scalar: Unicode.Scalar, into output: inout ByteBuffer) {
        output.append("&#x" + String(scalar.value, radix: 16, uppercase: true) + ";")
    }

    /// Whether the inline rules look at `byte` at all: line endings, space and tab, and the
    /// ASCII punctuation below. Every other byte (most of any text) is copied as it is.
    @inline(__always)
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        // Bits for 0x09, 0x0A, 0x0D, space, # $ & * . : < > (bytes 0–63) ...
        let low: UInt64 =
            1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x23 | 1 << 0x24 | 1 << 0x26 | 1 << 0x2A | 1 << 0x2E | 1 << 0x3A
            | 1 << 0x3C | 1 << 0x3E
        // ... and @ [ \ ] _ ` | ~ (bytes 64–127).
        let high: UInt64 =
            1 << (0x40 - 64) | 1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5D - 64) | 1 << (0x5F - 64) | 1 << (0x60 - 64)
            | 1 << (0x7C - 64) | 1 << (0x7E - 64)
        if byte < 64 { return low >> byte & 1 != 0 }
        if byte < 128 { return high >> (byte - 64) & 1 != 0 }
        return false
    }

    /// The inline rules over UTF-8 bytes. Every character the rules touch is ASCII, so the
    /// scan copies runs of other bytes in one go and never decodes a scalar.
    static func inline(_ bytes: UnsafeBufferPointer<UInt8>, escapeBlockStart: Bool, escapeHashes: Bool, into output: inout ByteBuffer) {
        let count = bytes.count
        var index = 0
        var runStart = 0
        var atLineStart = true
        func isLineEnd(_ position: Int) -> Bool {
            position == count || bytes[position] == 0x0A || bytes[position] == 0x0D
        }
        if escapeBlockStart, count > 0 {
            let first = bytes[0]
            switch first {
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ">"):
                output.append(UInt8(ascii: "\\"))
                output.append(first)
                index = 1
                runStart = 1
                atLineStart = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var end = 0
                while end < count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
                if end < count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")") {
                    output.append(UnsafeBufferPointer(rebasing: bytes[0..<end]))
                    output.append(UInt8(ascii: "\\"))
                    output.append(bytes[end])
                    index = end + 1
                    runStart = index
                }
                atLineStart = false
            case 0x0A, 0x0D:
                // A `<br>` alone at the start of a block would be an HTML block (§4.6, type 7).
                output.append("&#10;")
                index = first == 0x0D && count > 1 && bytes[1] == 0x0A ? 2 : 1
                runStart = index
            default:
                break
            }
        }
        while index < count {
            let byte = bytes[index]
            if !mayNeedEscape(byte) {
                atLineStart = false
                index += 1
                continue
            }
            let lineStart = atLineStart
            atLineStart = false
            var replacement: StaticString?
            var escaped = false
            switch byte {
            case 0x0A, 0x0D:
                replacement = "<br>"
                atLineStart = true
            case 0x20, 0x09:
                if lineStart || isLineEnd(index + 1) { replacement = byte == 0x20 ? "&#32;" : "&#9;" }
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "$"):
                escaped = true
            case UInt8(ascii: "#"):
                escaped = escapeHashes
            case UInt8(ascii: ":"):
                escaped = index + 2 < count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/")
            case UInt8(ascii: "."):
                escaped = index >= 3 && (index - 3..<index).allSatisfy { bytes[$0] | 0x20 == UInt8(ascii: "w") }
            case UInt8(ascii: "@"):
                if index > 0 { replacement = "<!---->@" }
            default:
                break
            }
            if replacement == nil && !escaped {
                index += 1
                continue
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            if let replacement {
                output.append(replacement)
            } else {
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            }
            if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
            index += 1
            runStart = index
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
    }
}
