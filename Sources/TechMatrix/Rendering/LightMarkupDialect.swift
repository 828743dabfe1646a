/// How one lightweight markup language (AsciiDoc, reStructuredText) writes each piece of a
/// matrix document. ``LightMarkupRenderer`` decides what the document holds and in which
/// order; a dialect decides only the syntax, and escapes every piece of user text it is given.
protocol LightMarkupDialect {
    /// User text in flowing content: a paragraph, a list item, a table cell.
    mutating func text(_ text: String, into output: inout ByteBuffer)
    /// Prose that makes a paragraph of its own (summary, methodology, verdict), with the blank
    /// line after it.
    mutating func paragraph(_ text: String, into output: inout ByteBuffer)
    /// User text in strong emphasis, or as plain text where the language cannot hold it there.
    mutating func strong(_ text: String, into output: inout ByteBuffer)
    /// A title: `level` 1 is the document's, 2 a section, 3 a subsection. Ends with a blank line.
    mutating func heading(_ text: String, level: Int, into output: inout ByteBuffer)
    /// A footnote marker after a cell, a criterion's name or a pro or con.
    func footnoteMarker(_ label: String, into output: inout ByteBuffer)
    /// The start of a table of `columns` columns whose first row is its header.
    func beginTable(columns: Int, into output: inout ByteBuffer)
    /// The start of a table row.
    mutating func beginRow(into output: inout ByteBuffer)
    /// The start of a cell's content; the content follows and the cell ends with a newline.
    mutating func beginCell(into output: inout ByteBuffer)
    /// A row that names a group of criteria, across `columns` columns (`nil` is "Other").
    mutating func groupRow(_ name: String?, columns: Int, into output: inout ByteBuffer)
    /// The end of the table, with the blank line after it.
    func endTable(into output: inout ByteBuffer)
    /// The start of a bullet list item.
    func bullet(into output: inout ByteBuffer)
    /// The start of a footnote in the notes list, with its label.
    mutating func noteLabel(_ label: String, into output: inout ByteBuffer)
    /// A source's title, linked to its URL when it has one.
    mutating func link(_ title: String, url: String?, into output: inout ByteBuffer)
    /// Whatever the document needs after everything else (reStructuredText's substitution
    /// definitions).
    func finish(into output: inout ByteBuffer)
}
