/// Renders a matrix as GitHub-flavoured Markdown: heading, summary, as-of date, the table,
/// pros and cons per tool, verdict, notes and sources. With `tableOnly`, just the table and
/// its notes.
struct MarkdownRenderer {
    let matrix: Matrix
    let options: RenderOptions
    let presentation: Presentation

    init(matrix: Matrix, options: RenderOptions) {
        self.matrix = matrix
        self.options = options
        presentation = Presentation(matrix, plain: options.plainSymbols, descriptionsAsFootnotes: true)
    }

    func render(into output: inout ByteBuffer) {
        if !options.tableOnly {
            output.append("# ")
            MarkdownEscaping.heading(matrix.title, into: &output)
            output.append("\n\n")
            if let summary = matrix.summary {
                paragraphs(summary, into: &output)
            }
            if let asOf = matrix.asOf {
                output.append("As of ")
                output.append(asOf.text)
                output.append(".\n\n")
            }
        }
        table(into: &output)
        legend(into: &output)
        if !options.tableOnly {
            prosAndCons(into: &output)
            if let verdict = matrix.verdict {
                output.append("## Verdict\n\n")
                paragraphs(verdict, into: &output)
            }
        }
        notes(into: &output)
        if !options.tableOnly { sources(into: &output) }
        // One trailing newline, never a blank line at the end of the file.
        output.removeTrailingBlankLine()
    }

    /// Prose split into paragraphs at blank lines.
    private func paragraphs(_ text: String, into output: inout ByteBuffer) {
        MarkdownEscaping.prose(text, into: &output)
        output.append("\n\n")
    }

    // MARK: Table

    private func table(into output: inout ByteBuffer) {
        let rows = tableRows()
        let widths = options.padColumns ? columnWidths(rows) : nil
        for (index, row) in rows.enumerated() {
            writeRow(row, widths: widths, into: &output)
            if index == 0 {
                output.append("|")
                for column in row.indices {
                    let width = max(3, widths?[column] ?? 3)
                    output.append(" ")
                    for _ in 0..<width { output.append(UInt8(ascii: "-")) }
                    output.append(" |")
                }
                output.append("\n")
            }
        }
        output.append("\n")
    }

    private func writeRow(_ cells: [String], widths: [Int]?, into output: inout ByteBuffer) {
        output.append("|")
        for (column, cell) in cells.enumerated() {
            output.append(" ")
            output.append(cell)
            if let widths {
                output.appendSpaces(widths[column] - DisplayWidth.of(cell))
            }
            output.append(" |")
        }
        output.append("\n")
    }

    private func columnWidths(_ rows: [[String]]) -> [Int] {
        var widths = Array(repeating: 3, count: rows.first?.count ?? 0)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell)) }
        }
        return widths
    }

    /// Every row as escaped Markdown cells, the header first.
    private func tableRows() -> [[String]] {
        func escaped(_ text: String) -> String {
            var buffer = ByteBuffer(capacity: text.utf8.count + 8)
            MarkdownEscaping.tableCell(text, into: &buffer)
            return buffer.string
        }
        func cell(_ criterionIndex: Int, _ toolIndex: Int) -> String {
            let criterion = matrix.criteria[criterionIndex]
            let tool = matrix.tools[toolIndex]
            guard let text = presentation.text(criterion, tool) else { return Presentation.notAssessed }
            var shown = escaped(text)
            if presentation.best[criterionIndex][toolIndex] { shown = "**" + shown + "**" }
            if let number = presentation.cellFootnotes[criterionIndex][toolIndex] { shown += "<sup>\(number)</sup>" }
            return shown
        }
        func label(_ criterionIndex: Int) -> String {
            var shown = escaped(matrix.criteria[criterionIndex].name)
            if let number = presentation.labelFootnotes[criterionIndex] { shown += "<sup>\(number)</sup>" }
            return shown
        }
        let orientation = options.orientation ?? .toolsAsColumns
        var rows: [[String]] = []
        switch orientation {
        case .toolsAsColumns:
            rows.append(["Criterion"] + matrix.tools.map { escaped($0.name) })
            for group in presentation.groups {
                if presentation.hasGroups {
                    let name = group.name.map { "**" + escaped($0) + "**" } ?? "**Other**"
                    rows.append([name] + Array(repeating: "", count: matrix.tools.count))
                }
                for criterionIndex in group.criteria {
                    rows.append([label(criterionIndex)] + matrix.tools.indices.map { cell(criterionIndex, $0) })
                }
            }
        case .toolsAsRows:
            rows.append(["Tool"] + matrix.criteria.indices.map(label))
            for toolIndex in matrix.tools.indices {
                rows.append([escaped(matrix.tools[toolIndex].name)] + matrix.criteria.indices.map { cell($0, toolIndex) })
            }
        }
        return rows
    }

    private func legend(into output: inout ByteBuffer) {
        var parts = ["\(Presentation.notAssessed) not assessed"]
        if presentation.hasBestMarks { parts.append("bold: the best value in its row") }
        output.append("Key: ")
        output.append(parts.joined(separator: "; "))
        output.append(".\n\n")
    }

    // MARK: Pros and cons

    private func prosAndCons(into output: inout ByteBuffer) {
        let tools = matrix.tools.enumerated().filter { !$0.element.pros.isEmpty || !$0.element.cons.isEmpty }
        guard !tools.isEmpty else { return }
        output.append("## Pros and cons\n\n")
        for (toolIndex, tool) in tools {
            output.append("### ")
            MarkdownEscaping.heading(tool.name, into: &output)
            output.append("\n\n")
            if let summary = tool.summary { paragraphs(summary, into: &output) }
            for (label, remarks, marks) in [("Pros", tool.pros, presentation.proFootnotes[toolIndex]), ("Cons", tool.cons, presentation.conFootnotes[toolIndex])] where !remarks.isEmpty {
                output.append("**\(label)**\n\n")
                for (index, remark) in remarks.enumerated() {
                    output.append("- ")
                    MarkdownEscaping.prose(remark.text, into: &output)
                    if let number = marks[index] { output.append("<sup>\(number)</sup>") }
                    output.append("\n")
                }
                output.append("\n")
            }
        }
    }

    // MARK: Notes and sources

    private func notes(into output: inout ByteBuffer) {
        guard !presentation.footnotes.isEmpty else { return }
        output.append(options.tableOnly ? "**Notes**\n\n" : "## Notes\n\n")
        for (index, footnote) in presentation.footnotes.enumerated() {
            output.append("\(index + 1). ")
            if let note = footnote.note {
                MarkdownEscaping.prose(note, into: &output)
                if !footnote.sources.isEmpty { output.append(" ") }
            }
            let sources = presentation.sources(of: footnote)
            if !sources.isEmpty {
                output.append(sources.count == 1 ? "Source: " : "Sources: ")
                for (position, source) in sources.enumerated() {
                    if position > 0 { output.append("; ") }
                    link(source.title, url: source.url, into: &output)
                }
                output.append(".")
            }
            output.append("\n")
        }
        output.append("\n")
    }

    private func sources(into output: inout ByteBuffer) {
        guard !matrix.sources.isEmpty else { return }
        output.append("## Sources\n\n")
        for source in matrix.sources {
            output.append("- ")
            link(source.title, url: source.url, into: &output)
            let details = [source.author, source.event, source.published?.text].compactMap { $0 }
            if !details.isEmpty {
                output.append(" — ")
                MarkdownEscaping.prose(details.joined(separator: ", "), into: &output)
            }
            output.append("\n")
        }
        output.append("\n")
    }

    /// `[text](<url>)`, or the text alone without a URL. Validated URLs hold no white space,
    /// `<` or `>`, so the pointy-bracket destination needs no escaping.
    private func link(_ text: String, url: String?, into output: inout ByteBuffer) {
        guard let url else {
            // Without a link the text may start a list item, so it gets the prose rules.
            MarkdownEscaping.prose(text, into: &output)
            return
        }
        output.append("[")
        MarkdownEscaping.tableCell(text, into: &output)
        output.append("](<")
        output.append(url)
        output.append(">)")
    }
}
