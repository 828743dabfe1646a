/// Renders a matrix as GitHub-flavoured Markdown: heading, summary, as-of date, the table,
/// pros and cons per tool, verdict, notes and sources. With `tableOnly`, just the table and
/// its notes.
struct MarkdownRenderer {
    let matrix: Matrix
    let options: RenderOptions
    let presentation: Presentation
    /// Writes the cells' values with their labels and units escaped once.
    private let values: ValueWriter

    init(matrix: Matrix, options: RenderOptions) {
        self.matrix = matrix
        self.options = options
        presentation = Presentation(matrix, plain: options.plainSymbols, descriptionsAsFootnotes: true, orientation: options.orientation, remarks: !options.tableOnly)
        values = ValueWriter(matrix, plain: options.plainSymbols) { MarkdownEscaping.tableCell($0, into: &$1) }
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
                output.append(". ")
            }
            output.append(presentation.freshness)
            output.append("\n\n")
        }
        table(into: &output)
        legend(into: &output)
        if !options.tableOnly {
            prosAndCons(into: &output)
            RankingReport.whichOneFits(matrix, plain: options.plainSymbols, into: &output)
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

    /// One cell of the table, by position in the table grid.
    private enum Slot {
        case text(StaticString)
        case toolName(Int)
        case criterionLabel(Int)
        case group(String?)
        case empty
        case value(criterion: Int, tool: Int)
    }

    /// One row of the table, before its slots are made.
    private enum Row {
        case header
        case group(String?)
        case criterion(Int)
        case tool(Int)
    }

    /// The table's rows, header first. Each row's slots are made only when it is written, so
    /// a table of a million cells never exists as slots all at once.
    private func rowList() -> [Row] {
        var rows: [Row] = [.header]
        switch presentation.orientation {
        case .toolsAsColumns:
            for group in presentation.groups {
                if presentation.hasGroups { rows.append(.group(group.name)) }
                for criterion in group.criteria { rows.append(.criterion(criterion)) }
            }
        case .toolsAsRows:
            for tool in matrix.tools.indices { rows.append(.tool(tool)) }
        }
        return rows
    }

    /// A row's cells as slots; the cells are written straight into the output, or measured
    /// first when columns are padded.
    private func slots(_ row: Row) -> [Slot] {
        switch (presentation.orientation, row) {
        case (.toolsAsColumns, .header): [.text("Criterion")] + matrix.tools.indices.map { .toolName($0) }
        case (.toolsAsRows, .header): [.text("Tool")] + matrix.criteria.indices.map { .criterionLabel($0) }
        case (_, .group(let name)): [.group(name)] + Array(repeating: .empty, count: matrix.tools.count)
        case (_, .criterion(let criterion)): [.criterionLabel(criterion)] + matrix.tools.indices.map { .value(criterion: criterion, tool: $0) }
        case (_, .tool(let tool)): [.toolName(tool)] + matrix.criteria.indices.map { .value(criterion: $0, tool: tool) }
        }
    }

    private func write(_ slot: Slot, into output: inout ByteBuffer) {
        switch slot {
        case .text(let text): output.append(text)
        case .empty: break
        case .toolName(let tool): MarkdownEscaping.tableCell(Presentation.toolLabel(matrix.tools[tool]), into: &output)
        case .criterionLabel(let criterion):
            MarkdownEscaping.tableCell(matrix.criteria[criterion].name, into: &output)
            if let number = presentation.labelFootnote(criterion) { footnoteMarker(number, into: &output) }
        case .group(let name):
            output.append("**")
            if let name { MarkdownEscaping.tableCell(name, into: &output) } else { output.append("Other") }
            output.append("**")
        case .value(let criterionIndex, let toolIndex):
            let position = presentation.grid.position(criterionIndex, toolIndex)
            guard position >= 0 else {
                output.append(Presentation.notAssessed)
                return
            }
            value(presentation.grid.tableCell(tool: toolIndex, position), presentation.marks(criterionIndex, toolIndex), criterionIndex, toolIndex, into: &output)
        }
    }

    /// A cell of the table, or the not-assessed mark.
    private func value(_ cell: Cell, _ marks: (footnote: Int?, isBest: Bool), _ criterionIndex: Int, _ toolIndex: Int, into output: inout ByteBuffer) {
        let best = marks.isBest
        if best { output.append("**") }
        values.write(cell, criterionIndex: criterionIndex, kind: matrix.criteria[criterionIndex].kind, into: &output) {
            MarkdownEscaping.tableCell($0, into: &$1)
        }
        if best { output.append("**") }
        if let annotation = Presentation.annotation(of: cell, toolAt: toolIndex, of: matrix.tools) {
            output.append(" ")
            MarkdownEscaping.tableCell(annotation, into: &output)
        }
        if let number = marks.footnote { footnoteMarker(number, into: &output) }
    }

    private func footnoteMarker(_ number: Int, into output: inout ByteBuffer) {
        output.append("<sup>")
        presentation.appendFootnoteLabel(number, into: &output)
        output.append("</sup>")
    }

    private func table(into output: inout ByteBuffer) {
        let rows = rowList()
        var widths: [Int]?
        var rendered: [[String]] = []
        if options.padColumns {
            rendered = rows.map { row in
                slots(row).map { slot in
                    var buffer = ByteBuffer(capacity: 32)
                    write(slot, into: &buffer)
                    return buffer.string
                }
            }
            var measured = Array(repeating: 3, count: rendered.first?.count ?? 0)
            for row in rendered {
                for (column, cell) in row.enumerated() { measured[column] = max(measured[column], DisplayWidth.of(cell)) }
            }
            widths = measured
        }
        var rowIndex = 0
        var blocks = RowBlockWriter()
        while rowIndex < rows.count {
            // Criterion rows, tools as columns: a run of them is written a block at a time.
            if widths == nil, case .criterion = rows[rowIndex] {
                var criteria: [Int] = []
                while rowIndex < rows.count, case .criterion(let criterion) = rows[rowIndex] {
                    criteria.append(criterion)
                    rowIndex += 1
                }
                blocks.write(rows: criteria, toolCount: matrix.tools.count, into: &output) { criterion, output in
                    output.append("| ")
                    write(.criterionLabel(criterion), into: &output)
                    output.append(" |")
                } cell: { criterion, tool, output in
                    presentation.grid.prefetch(criterion, tool + CellGrid.toolsAheadInBlocks)
                    output.append(" ")
                    write(.value(criterion: criterion, tool: tool), into: &output)
                    output.append(" |")
                } end: { _, output in
                    output.append("\n")
                }
                continue
            }
            defer { rowIndex += 1 }
            let row = slots(rows[rowIndex])
            output.append("|")
            for (column, slot) in row.enumerated() {
                output.append(" ")
                if let widths {
                    let cell = rendered[rowIndex][column]
                    output.append(cell)
                    output.appendSpaces(widths[column] - DisplayWidth.of(cell))
                } else {
                    write(slot, into: &output)
                }
                output.append(" |")
            }
            output.append("\n")
            if rowIndex == 0 {
                output.append("|")
                for column in row.indices {
                    output.append(" ")
                    for _ in 0..<max(3, widths?[column] ?? 3) { output.append(UInt8(ascii: "-")) }
                    output.append(" |")
                }
                output.append("\n")
            }
        }
        output.append("\n")
    }

    private func legend(into output: inout ByteBuffer) {
        output.append("Key: ")
        output.append(presentation.keyItems.joined(separator: "; "))
        output.append(".\n\n")
        presentation.appendVerifiedTools(into: &output) { MarkdownEscaping.tableCell($0, into: &$1) }
        if !options.tableOnly, let methodology = matrix.methodology {
            output.append("**Methodology**\n\n")
            paragraphs(methodology, into: &output)
        }
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
            if let line = Presentation.versionLine(tool) { paragraphs(line, into: &output) }
            if let summary = tool.summary { paragraphs(summary, into: &output) }
            for list in presentation.remarkLists(toolIndex) {
                output.append("**\(list.kind.title)**\n\n")
                for (remark, footnote) in list.items {
                    output.append("- ")
                    MarkdownEscaping.prose(remark.text, into: &output)
                    if let number = footnote { footnoteMarker(number, into: &output) }
                    output.append("\n")
                }
                output.append("\n")
            }
        }
    }

    // MARK: Notes and sources

    private func notes(into output: inout ByteBuffer) {
        guard presentation.footnoteCount > 0 else { return }
        output.append(options.tableOnly ? "**Notes**\n\n" : "## Notes\n\n")
        // Each source's link is written once and copied into every note that cites it.
        let links = matrix.sources.map { source in
            var link = ByteBuffer(capacity: 64)
            self.link(source.title, url: source.url, into: &link)
            return link
        }
        var positions: [Int] = []
        for index in 0..<presentation.footnoteCount {
            presentation.prefetchFootnote(after: index + 1)
            let footnote = presentation.footnote(index + 1)
            output.append("- **")
            presentation.appendFootnoteLabel(index + 1, into: &output)
            output.append("** ")
            presentation.appendNote(
                footnote, links: links, positions: &positions, into: &output, text: { MarkdownEscaping.prose($0, into: &$1) }, date: { $1.append($0) })
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
            if let details = presentation.sourceDetails(source) {
                output.append(" — ")
                MarkdownEscaping.prose(details, into: &output)
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
