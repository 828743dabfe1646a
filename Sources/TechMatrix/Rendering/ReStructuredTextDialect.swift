/// reStructuredText (as docutils reads it) for ``LightMarkupRenderer``: over- and underlined
/// titles, a `list-table` directive with a header row, `-` lists, `:sup:` footnote markers, a
/// field list of notes (`:1: …`), anonymous hyperlink references, and the substitution
/// definitions that ``ReStructuredTextEscaping`` needs at the end.
struct ReStructuredTextDialect: LightMarkupDialect {
    private var escaping = ReStructuredTextEscaping()
    /// Whether the next cell is the first of its row.
    private var atRowStart = false

    mutating func text(_ text: String, into output: inout ByteBuffer) {
        escaping.text(text, into: &output)
    }

    /// A paragraph, or a line block (`| ` before each line) when the text has line breaks, so
    /// that they show as line breaks: inline, reStructuredText has none.
    mutating func paragraph(_ text: String, into output: inout ByteBuffer) {
        guard text.utf8.contains(0x0A) else {
            escaping.text(text, into: &output)
            output.append("\n\n")
            return
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            output.append(line.isEmpty ? "|" : "| ")
            escaping.text(String(line), into: &output)
            output.append("\n")
        }
        output.append("\n")
    }

    /// `**text**`; text that needs a substitution is written plain, since inline markup
    /// cannot nest.
    mutating func strong(_ text: String, into output: inout ByteBuffer) {
        guard !text.isEmpty, ReStructuredTextEscaping.isSubstitutionFree(text) else {
            escaping.text(text, into: &output)
            return
        }
        output.append("**")
        escaping.text(text, into: &output)
        output.append("**")
    }

    /// The document title over- and underlined with `=`, sections underlined with `-`,
    /// subsections with `~`. An adornment must be at least as wide as its title, in columns;
    /// each character of the source line is counted as one column if ASCII and two otherwise,
    /// which is never less than docutils counts.
    mutating func heading(_ text: String, level: Int, into output: inout ByteBuffer) {
        var title = ByteBuffer(capacity: 64)
        escaping.text(text, into: &title)
        let line = title.string
        let width = max(1, line.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) })
        let adornment = UInt8(ascii: level == 1 ? "=" : level == 2 ? "-" : "~")
        if level == 1 {
            for _ in 0..<width { output.append(adornment) }
            output.append("\n")
        }
        output.append(line)
        output.append("\n")
        for _ in 0..<width { output.append(adornment) }
        output.append("\n\n")
    }

    func footnoteMarker(_ label: String, into output: inout ByteBuffer) {
        output.append("\\ :sup:`")
        for byte in label.utf8 {
            if ReStructuredTextEscaping.isASCIIPunctuation(byte) { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
        output.append("`")
    }

    func beginTable(columns: Int, into output: inout ByteBuffer) {
        output.append(".. list-table::\n   :header-rows: 1\n\n")
    }

    mutating func beginRow(into output: inout ByteBuffer) {
        output.append("   * ")
        atRowStart = true
    }

    mutating func beginCell(into output: inout ByteBuffer) {
        output.append(atRowStart ? "- " : "     - ")
        atRowStart = false
    }

    /// A row whose first cell names the group and whose other cells are empty: a list table
    /// has no cells that span columns.
    mutating func groupRow(_ name: String?, columns: Int, into output: inout ByteBuffer) {
        output.append("   * - ")
        strong(name ?? "Other", into: &output)
        output.append("\n")
        for _ in 1..<max(columns, 2) { output.append("     -\n") }
    }

    func endTable(into output: inout ByteBuffer) {
        output.append("\n")
    }

    func bullet(into output: inout ByteBuffer) {
        output.append("- ")
    }

    mutating func noteLabel(_ label: String, into output: inout ByteBuffer) {
        output.append(":")
        escaping.text(label, into: &output)
        output.append(": ")
    }

    /// `` `title <URL>`__ ``, an anonymous reference, so that two sources of the same title
    /// are not duplicate targets. A title that needs a substitution cannot stand inside the
    /// reference: it is written as text, followed by the URL as its own reference in
    /// parentheses. A `_` that ends the URL is escaped, or docutils would read the URL as the
    /// name of a target.
    mutating func link(_ title: String, url: String?, into output: inout ByteBuffer) {
        guard let url else {
            escaping.text(title, into: &output)
            return
        }
        let inline = !title.isEmpty && ReStructuredTextEscaping.isSubstitutionFree(title)
        if inline {
            output.append("`")
            escaping.text(title, into: &output)
        } else {
            escaping.text(title, into: &output)
            output.append(" (`")
            escaping.text(url, into: &output)
        }
        output.append(" <")
        if url.hasSuffix("_") {
            output.append(String(url.dropLast()))
            output.append("\\_")
        } else {
            output.append(url)
        }
        output.append(">`__")
        if !inline { output.append(")") }
    }

    func finish(into output: inout ByteBuffer) {
        escaping.definitions(into: &output)
    }
}
