/// Escaping for AsciiDoc as Asciidoctor 2 reads it, total and predictable: the same character
/// in the same place is always written the same way.
///
/// The rule is character references. Asciidoctor's normal substitutions (special characters,
/// quotes, attributes, replacements, macros, post replacements) turn `&` into `&amp;` and then
/// restore `&amp;#NN;` to the reference `&#NN;` for two to six decimal digits, so a reference
/// always reaches the HTML as the character it names and never forms syntax: the `#` of a
/// reference follows `&`, which the quote rules for `#` exclude, and no rule matches `&#`.
/// Passthroughs (`pass:[…]`, `+…+`) are not used for text, since their closing `]` or `+` is
/// itself in the text.
///
/// - Always referenced: `# $ & ' * + : ; < = > @ [ \ ] ^ _ `` ` `` { | } ~` (quotes,
///   passthroughs, attribute references, macros, anchors, cross references, index terms, e-mail
///   and URL autolinks, the apostrophe and arrow replacements, cell separators, headings, `;;`
///   and `::` description lists, and the `=` that makes a link's text an attribute list) and
///   CR (`&#13;`). A line that ends with a reference gets `{empty}` after it, so that a `;`
///   the renderer writes next cannot make `;;`.
/// - Referenced where they would mean something: `- . / ( )` when doubled (`--` em dash,
///   `...` ellipsis, `//` comment, `((` index term), at the start of a source line or at the end
///   of its first word (list markers `-` `1.` `a.` `i)`, block titles `.x`), and `(` before
///   `C)`, `R)`, `TM)`; `•` at the start of a line.
/// - A space or tab that starts or ends a source line is referenced (`&#32;`, `&#09;`), since
///   Asciidoctor strips white space at both ends of lines and cells.
/// - A line break is a hard line break (` +` at the end of the line) in ``text(_:into:)``, and
///   the reference `&#10;` in ``line(_:into:)`` (titles, which are one line); an empty line
///   is written `{empty}`.
enum AsciiDocEscaping {
    /// Text in a paragraph, a list item, a table cell or a link: line breaks become hard line
    /// breaks.
    static func text(_ text: String, into output: inout ByteBuffer) {
        var text = text
        text.withUTF8 { write($0, lineBreaks: true, into: &output) }
    }

    /// Text that must stay on one source line (a document or section title): line breaks are
    /// written `&#10;`.
    static func line(_ text: String, into output: inout ByteBuffer) {
        var text = text
        text.withUTF8 { write($0, lineBreaks: false, into: &output) }
    }

    /// A URL as the target of a `link:` macro: a `pass:c[…]` passthrough, so that no character
    /// of it is read as a quote or a macro, with `]` written `\]`. Valid URLs hold no `\`, so
    /// the passthrough cannot end early.
    static func url(_ url: String, into output: inout ByteBuffer) {
        output.append("pass:c[")
        for byte in url.utf8 {
            if byte == UInt8(ascii: "]") { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
        output.append("]")
    }

    /// Characters that are always written as references.
    @inline(__always)
    private static func alwaysReferenced(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: ":"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "\\"),
            UInt8(ascii: "]"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"),
            UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "="), UInt8(ascii: ";"), 0x0D:
            true
        default: false
        }
    }

    /// Characters that are referenced only where they would mean something.
    @inline(__always)
    private static func referencedInPlace(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default: false
        }
    }

    private static func reference(_ value: Int, into output: inout ByteBuffer) {
        output.append("&#")
        // At least two digits: Asciidoctor restores only references of two to six digits.
        if value < 10 { output.append(UInt8(ascii: "0")) }
        output.appendDecimal(value)
        output.append(";")
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, lineBreaks: Bool, into output: inout ByteBuffer) {
        let count = bytes.count
        var lineStart = 0
        while true {
            var lineEnd = lineStart
            if lineBreaks {
                while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            } else {
                lineEnd = count
            }
            if lineEnd == lineStart, lineBreaks, count > 0 {
                output.append("{empty}")
            } else {
                segment(bytes, from: lineStart, to: lineEnd, into: &output)
            }
            guard lineEnd < count else { return }
            output.append(" +\n")
            lineStart = lineEnd + 1
        }
    }

    /// One source line of text: `bytes[start..<end]`, which holds no LF when line breaks are
    /// hard breaks (in a title LF is referenced like CR).
    private static func segment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into output: inout ByteBuffer) {
        var firstWordEnd = start
        while firstWordEnd < end, bytes[firstWordEnd] != 0x20, bytes[firstWordEnd] != 0x09 { firstWordEnd += 1 }
        var runStart = start
        var index = start
        func follows(_ text: StaticString, at position: Int) -> Bool {
            let length = text.utf8CodeUnitCount
            guard position + length <= end else { return false }
            for offset in 0..<length where bytes[position + offset] != text.utf8Start[offset] { return false }
            return true
        }
        while index < end {
            let byte = bytes[index]
            var referenced = false
            switch byte {
            case 0x20, 0x09:
                referenced = index == start || index == end - 1
            case 0x0A:
                referenced = true
            case 0xE2:
                // `•` (E2 80 A2) starts a list item at the start of a line.
                if index == start, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA2 {
                    output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    reference(0x2022, into: &output)
                    index += 3
                    runStart = index
                    continue
                }
            default:
                if alwaysReferenced(byte) {
                    referenced = true
                } else if referencedInPlace(byte) {
                    referenced =
                        index == start || index == firstWordEnd - 1
                        || (index > start && bytes[index - 1] == byte) || (index + 1 < end && bytes[index + 1] == byte)
                        || (byte == UInt8(ascii: "(") && (follows("C)", at: index + 1) || follows("R)", at: index + 1) || follows("TM)", at: index + 1)))
                }
            }
            if referenced {
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                reference(Int(byte), into: &output)
                runStart = index + 1
            }
            index += 1
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
        // A reference ends with `;`; before a `;` that the renderer writes next it would make
        // `;;`, a description list. `{empty}` stands between them and shows nothing.
        if runStart == end, end > start { output.append("{empty}") }
    }
}
