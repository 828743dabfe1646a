/// Renders a matrix in a lightweight markup language (AsciiDoc, reStructuredText) with the
/// same content as Markdown: title, summary, as-of date and freshness, the table with group
/// rows, the key, verified dates, methodology, pros and cons per tool, verdict, notes and
/// sources. With `tableOnly`, just the table, the key and the notes. The "Which one fits"
/// section of Markdown is not written: `techmatrix rank` gives it.
struct LightMarkupRenderer<Dialect: LightMarkupDialect> {
    let matrix: Matrix
    let options: RenderOptions
    let presentation: Presentation
    var dialect: Dialect

    init(matrix: Matrix, options: RenderOptions, dialect: Dialect) {
        self.matrix = matrix
        self.options = options
        self.dialect = dialect
        presentation = Presentation(
            matrix, plain: options.plainSymbols, descriptionsAsFootnotes: true, orientation: options.orientation, remarks: !options.tableOnly)
    }

    mutating func render(into output: inout ByteBuffer) {
        if !options.tableOnly {
            dialect.heading(matrix.title, level: 1, into: &output)
            if let summary = matrix.summary { paragraph(summary, into: &output) }
            var line = ""
            if let asOf = matrix.asOf { line = "As of " + asOf.text + ". " }
            paragraph(line + presentation.freshness, into: &output)
        }
        table(into: &output)
        legend(into: &output)
        if !options.tableOnly {
            prosAndCons(into: &output)
            if let verdict = matrix.verdict {
                dialect.heading("Verdict", level: 2, into: &output)
                paragraph(verdict, into: &output)
            }
        }
        notes(into: &output)
        if !options.tableOnly { sources(into: &output) }
        dialect.finish(into: &output)
        output.removeTrailingBlankLine()
    }

    private mutating func paragraph(_ text: String, into output: inout ByteBuffer) {
        dialect.paragraph(text, into: &output)
    }

    // MARK: Table

    private mutating func table(into output: inout ByteBuffer) {
        let byRows = presentation.orientation == .toolsAsRows
        dialect.beginTable(columns: 1 + (byRows ? matrix.criteria.count : matrix.tools.count), into: &output)
        dialect.beginRow(into: &output)
        dialect.beginCell(into: &output)
        output.append(byRows ? "Tool\n" : "Criterion\n")
        if byRows {
            for criterion in matrix.criteria.indices {
                dialect.beginCell(into: &output)
                criterionLabel(criterion, into: &output)
                output.append("\n")
            }
            for tool in matrix.tools.indices {
                dialect.beginRow(into: &output)
                dialect.beginCell(into: &output)
                dialect.text(Presentation.toolLabel(matrix.tools[tool]), into: &output)
                output.append("\n")
                for criterion in matrix.criteria.indices { value(criterion, tool, into: &output) }
            }
        } else {
            for tool in matrix.tools {
                dialect.beginCell(into: &output)
                dialect.text(Presentation.toolLabel(tool), into: &output)
                output.append("\n")
            }
            for group in presentation.groups {
                if presentation.hasGroups { dialect.groupRow(group.name, columns: 1 + matrix.tools.count, into: &output) }
                for criterion in group.criteria {
                    dialect.beginRow(into: &output)
                    dialect.beginCell(into: &output)
                    criterionLabel(criterion, into: &output)
                    output.append("\n")
                    for tool in matrix.tools.indices { value(criterion, tool, into: &output) }
                }
            }
        }
        dialect.endTable(into: &output)
    }

    private mutating func criterionLabel(_ criterion: Int, into output: inout ByteBuffer) {
        dialect.text(matrix.criteria[criterion].name, into: &output)
        if let number = presentation.labelFootnote(criterion) { dialect.footnoteMarker(presentation.footnoteLabel(number), into: &output) }
    }

    /// One value cell, with its line end.
    private mutating func value(_ criterionIndex: Int, _ toolIndex: Int, into output: inout ByteBuffer) {
        dialect.beginCell(into: &output)
        defer { output.append("\n") }
        let entry = presentation.entry(criterionIndex, toolIndex)
        guard let cell = entry.cell else {
            output.append(Presentation.notAssessed)
            return
        }
        let shown = Presentation.text(of: cell, kind: matrix.criteria[criterionIndex].kind, plain: options.plainSymbols)
        if entry.isBest { dialect.strong(shown, into: &output) } else { dialect.text(shown, into: &output) }
        if let annotation = Presentation.annotation(of: cell, toolAt: toolIndex, of: matrix.tools) {
            output.append(" ")
            dialect.text(annotation, into: &output)
        }
        if let number = entry.footnote { dialect.footnoteMarker(presentation.footnoteLabel(number), into: &output) }
    }

    private mutating func legend(into output: inout ByteBuffer) {
        output.append("Key: ")
        paragraph(presentation.keyItems.joined(separator: "; ") + ".", into: &output)
        // A copy of the presentation, so that the closure may change the dialect (it remembers
        // what it has written: reStructuredText's substitutions).
        let presentation = self.presentation
        presentation.appendVerifiedTools(into: &output) { self.dialect.text($0, into: &$1) }
        if !options.tableOnly, let methodology = matrix.methodology {
            dialect.strong("Methodology", into: &output)
            output.append("\n\n")
            paragraph(methodology, into: &output)
        }
    }

    // MARK: Pros and cons

    private mutating func prosAndCons(into output: inout ByteBuffer) {
        let tools = matrix.tools.enumerated().filter { !$0.element.pros.isEmpty || !$0.element.cons.isEmpty }
        guard !tools.isEmpty else { return }
        dialect.heading("Pros and cons", level: 2, into: &output)
        for (toolIndex, tool) in tools {
            dialect.heading(tool.name, level: 3, into: &output)
            if let line = Presentation.versionLine(tool) { paragraph(line, into: &output) }
            if let summary = tool.summary { paragraph(summary, into: &output) }
            for list in presentation.remarkLists(toolIndex) {
                dialect.strong(list.kind.title, into: &output)
                output.append("\n\n")
                for (remark, footnote) in list.items {
                    dialect.bullet(into: &output)
                    dialect.text(remark.text, into: &output)
                    if let number = footnote { dialect.footnoteMarker(presentation.footnoteLabel(number), into: &output) }
                    output.append("\n")
                }
                output.append("\n")
            }
        }
    }

    // MARK: Notes and sources

    private mutating func notes(into output: inout ByteBuffer) {
        guard presentation.footnoteCount > 0 else { return }
        if options.tableOnly {
            dialect.strong("Notes", into: &output)
            output.append("\n\n")
        } else {
            dialect.heading("Notes", level: 2, into: &output)
        }
        // Each source's link is written once and copied into every note that cites it.
        var links: [ByteBuffer] = []
        for source in matrix.sources {
            var link = ByteBuffer(capacity: 64)
            dialect.link(source.title, url: source.url, into: &link)
            links.append(link)
        }
        var positions: [Int] = []
        // A copy (it shares its storage), so that the closure below may change the dialect.
        let presentation = self.presentation
        for index in 0..<presentation.footnoteCount {
            presentation.prefetchFootnote(after: index + 1)
            let footnote = presentation.footnote(index + 1)
            dialect.noteLabel(presentation.footnoteLabel(index + 1), into: &output)
            presentation.appendNote(footnote, links: links, positions: &positions, into: &output, text: { self.dialect.text($0, into: &$1) }, date: { $1.append($0) })
            output.append("\n")
        }
        output.append("\n")
    }

    private mutating func sources(into output: inout ByteBuffer) {
        guard !matrix.sources.isEmpty else { return }
        dialect.heading("Sources", level: 2, into: &output)
        for source in matrix.sources {
            dialect.bullet(into: &output)
            dialect.link(source.title, url: source.url, into: &output)
            if let details = presentation.sourceDetails(source) {
                output.append(" — ")
                dialect.text(details, into: &output)
            }
            output.append("\n")
        }
        output.append("\n")
    }
}
