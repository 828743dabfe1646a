/// Escaping for reStructuredText as docutils reads it, total and predictable. A backslash
/// makes any character after it literal (reStructuredText Markup Specification, "Escaping
/// Mechanism"), and it is written before:
///
/// - `\ * `` ` `` _ | [ ] : < > @` everywhere: every inline markup start-string (emphasis,
///   interpreted text and roles, literals, hyperlink references and targets, substitution,
///   footnote and citation references), the `<` `>` of an embedded URI, and the `:` and `@`
///   without which no standalone URI or e-mail address is recognised; an escaped `:` also
///   keeps a final `::` from announcing a literal block.
/// - an ASCII punctuation character that starts the text or ends its first word, where the
///   text starts a block:
///   bullets `-` `+` `*`, enumerators `1.` `a)` `(i)` `#.`, `..` explicit markup, field and
///   option lists (`:x:`, `-x`, `--x`, `/x`), line blocks, doctest blocks `>>>`, table borders,
///   section adornments and transitions. A bullet `•` `‣` `⁃` at the start is escaped too.
///
/// Some characters cannot be written as themselves: docutils splits lines at LF, CR, VT, FF,
/// U+001C–U+001E, U+0085, U+2028 and U+2029 (Python's `str.splitlines`), expands tabs, and
/// strips white space (Python's `str.isspace`) at both ends of a line, where it would also be
/// read as indentation. Each of those is written as a substitution reference, `|tm-U+000A|`,
/// whose definition (`.. |tm-U+000A| unicode:: U+000A`) ``definitions(into:)`` writes once at
/// the end of the document; an escaped space (`\ `, which docutils removes) joins the
/// reference to the text around it. White space inside the text is kept as it is. A text of
/// backslashes alone has its first one substituted, since escaped it would be a line of one
/// repeated punctuation character, which docutils reads as a transition or an adornment.
struct ReStructuredTextEscaping {
    /// The characters written as substitutions so far, in order of first use.
    private(set) var substituted: [Unicode.Scalar] = []

    /// Writes `text` as inline text: a paragraph, a list item, a table cell, a field body or a
    /// title.
    mutating func text(_ text: String, into output: inout ByteBuffer) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var first = true
        // Where the first word ends (its last scalar), where a list's enumerator ends.
        let firstWordLast =
            scalars.firstIndex(of: " ").map { $0 == scalars.startIndex ? $0 : scalars.index(before: $0) }
            ?? scalars.indices.last
        // Whether the last thing written is an escaped space after a substitution reference.
        var joined = false
        // Escaped, a text of backslashes alone is a line of one punctuation character, which
        // docutils takes for a transition or a title's adornment: its first one is substituted.
        let onlyBackslashes = !text.isEmpty && text.utf8.allSatisfy { $0 == UInt8(ascii: "\\") }
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if Self.needsSubstitution(scalar, atEdge: first || next == scalars.endIndex) || first && onlyBackslashes {
                if !first, !joined { output.append("\\ ") }
                output.append("|")
                Self.name(of: scalar, into: &output)
                output.append("|")
                joined = next != scalars.endIndex
                if joined { output.append("\\ ") }
                first = false
                index = next
                if !substituted.contains(scalar) { substituted.append(scalar) }
                continue
            }
            joined = false
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                if Self.isAlwaysEscaped(value) || (first || index == firstWordLast) && Self.isASCIIPunctuation(value) { output.append(UInt8(ascii: "\\")) }
                output.append(value)
            } else {
                if first, scalar == "\u{2022}" || scalar == "\u{2023}" || scalar == "\u{2043}" { output.append(UInt8(ascii: "\\")) }
                output.append(String(scalar))
            }
            first = false
            index = next
        }
    }

    /// Whether `text` can be written without substitutions, as inline markup that cannot hold
    /// them (strong emphasis, the text of a hyperlink reference) needs.
    static func isSubstitutionFree(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return true }
        if text.utf8.allSatisfy({ $0 == UInt8(ascii: "\\") }) { return false }
        if needsSubstitution(first, atEdge: true) || needsSubstitution(last, atEdge: true) { return false }
        return !scalars.contains { needsSubstitution($0, atEdge: false) }
    }

    /// The substitution definitions for every character substituted so far, one line each.
    func definitions(into output: inout ByteBuffer) {
        guard !substituted.isEmpty else { return }
        for scalar in substituted {
            output.append(".. |")
            Self.name(of: scalar, into: &output)
            output.append("| unicode:: ")
            Self.codePoint(scalar, into: &output)
            output.append("\n")
        }
        output.append("\n")
    }

    /// Where docutils would lose the character: a line break anywhere (Python's line
    /// boundaries) or a tab anywhere, other white space at the start or end.
    static func needsSubstitution(_ scalar: Unicode.Scalar, atEdge: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: true
        case 0x1F, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: atEdge
        default: false
        }
    }

    /// The characters escaped wherever they are.
    @inline(__always)
    static func isAlwaysEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "_"), UInt8(ascii: "|"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: ":"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "@"):
            true
        default: false
        }
    }

    /// Whether `byte` is one of the 32 ASCII punctuation characters.
    @inline(__always)
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// `tm-U+000A`.
    private static func name(of scalar: Unicode.Scalar, into output: inout ByteBuffer) {
        output.append("tm-")
        codePoint(scalar, into: &output)
    }

    /// `U+000A`: at least four hexadecimal digits, upper case.
    private static func codePoint(_ scalar: Unicode.Scalar, into output: inout ByteBuffer) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        output.append("U+")
        output.append(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
    }
}
