/// AsciiDoc (as Asciidoctor 2 reads it) for ``LightMarkupRenderer``: `=` titles, a `|===`
/// table with a header row and group rows spanning every column, `*` lists, `^1^` footnote
/// markers, a description list of notes (`1:: …`) and `link:` macros. Every piece of user
/// text goes through ``AsciiDocEscaping``.
struct AsciiDocDialect: LightMarkupDialect {
    func text(_ text: String, into output: inout ByteBuffer) {
        AsciiDocEscaping.text(text, into: &output)
    }

    /// The text, whose line breaks are hard line breaks.
    func paragraph(_ text: String, into output: inout ByteBuffer) {
        AsciiDocEscaping.text(text, into: &output)
        output.append("\n\n")
    }

    /// `**text**`, unconstrained strong emphasis, which needs no word boundary around it; the
    /// text never holds a `*` of its own, since ``AsciiDocEscaping`` references every `*`.
    func strong(_ text: String, into output: inout ByteBuffer) {
        guard !text.isEmpty else { return }
        output.append("**")
        AsciiDocEscaping.text(text, into: &output)
        output.append("**")
    }

    func heading(_ text: String, level: Int, into output: inout ByteBuffer) {
        for _ in 0..<level { output.append(UInt8(ascii: "=")) }
        output.append(" ")
        AsciiDocEscaping.line(text, into: &output)
        output.append("\n\n")
    }

    func footnoteMarker(_ label: String, into output: inout ByteBuffer) {
        output.append("^")
        AsciiDocEscaping.line(label, into: &output)
        output.append("^")
    }

    /// `[%header,cols="1,1,1"]` and `|===`: the column count is given, so each cell can stand
    /// on a line of its own.
    func beginTable(columns: Int, into output: inout ByteBuffer) {
        output.append("[%header,cols=\"")
        for column in 0..<columns { output.append(column == 0 ? "1" : ",1") }
        output.append("\"]\n|===\n")
    }

    /// A blank line between rows, which Asciidoctor ignores inside a table.
    func beginRow(into output: inout ByteBuffer) {
        output.append("\n")
    }

    /// `| ` at the start of a line: a cell separator there never reads the end of the cell
    /// before as a cell specifier.
    func beginCell(into output: inout ByteBuffer) {
        output.append("| ")
    }

    /// `4+| **Group**`: one cell that spans the row.
    func groupRow(_ name: String?, columns: Int, into output: inout ByteBuffer) {
        output.append("\n")
        output.appendDecimal(columns)
        output.append("+| ")
        strong(name ?? "Other", into: &output)
        output.append("\n")
    }

    func endTable(into output: inout ByteBuffer) {
        output.append("|===\n\n")
    }

    func bullet(into output: inout ByteBuffer) {
        output.append("* ")
    }

    func noteLabel(_ label: String, into output: inout ByteBuffer) {
        AsciiDocEscaping.line(label, into: &output)
        output.append(":: ")
    }

    /// `link:pass:c[URL][title]`, or the title alone without a URL.
    func link(_ title: String, url: String?, into output: inout ByteBuffer) {
        guard let url else {
            AsciiDocEscaping.text(title, into: &output)
            return
        }
        output.append("link:")
        AsciiDocEscaping.url(url, into: &output)
        output.append("[")
        AsciiDocEscaping.text(title, into: &output)
        output.append("]")
    }

    func finish(into output: inout ByteBuffer) {}
}
