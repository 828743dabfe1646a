/// Renders a matrix for reading in a terminal (`techmatrix show`): the title, as-of date and
/// coverage, a box-drawn table fitted to the terminal's width, the key, pros and cons, notes
/// and sources, every line at most `width` display columns. Support values are words
/// (`Yes`, `Partial`) that colour, when on, marks green, yellow, magenta and red; the best
/// value of a row is followed by `*` (and bold). When the tools cannot get 8 columns each, the
/// table turns into one block per tool, criteria down the left. ASCII drawing with `ascii`;
/// user text is shown as written either way.
struct TerminalRenderer {
    /// How the terminal rendering is laid out.
    struct Options: Equatable {
        /// The terminal's width in columns.
        var width = 80
        /// ANSI colour and bold.
        var color = false
        /// `+`, `-`, `|` and plain words instead of box drawing and symbols.
        var ascii = false
        /// The table's orientation; `nil` is the default of Markdown and HTML.
        var orientation: RenderOptions.Orientation?
    }

    let matrix: Matrix
    let options: Options
    let presentation: Presentation

    /// SGR parameters of each kind of text.
    private enum Style {
        static let title = "1"
        static let heading = "1"
        static let muted = "2"
        static let best = "1"
        static func support(_ support: Support) -> String {
            switch support {
            case .yes: "32"
            case .partial: "33"
            case .preview: "35"
            case .no: "31"
            }
        }
    }

    init(matrix: Matrix, options: Options) {
        self.matrix = matrix
        self.options = options
        presentation = Presentation(matrix, plain: true, descriptionsAsFootnotes: true, orientation: options.orientation)
    }

    /// The rendering, lines ending in LF.
    func render() -> String {
        var lines: [String] = []
        paragraph(matrix.title, style: Style.title, into: &lines)
        if let summary = matrix.summary {
            lines.append("")
            paragraph(summary, into: &lines)
        }
        lines.append("")
        paragraph((matrix.asOf.map { "As of " + $0.text + ". " } ?? "") + presentation.freshness, style: Style.muted, into: &lines)
        lines.append("")
        lines += table().lines(width: options.width, frame: options.ascii ? .ascii : .unicode, color: options.color)
        paragraph(key(), style: Style.muted, into: &lines)
        prosAndCons(into: &lines)
        if let verdict = matrix.verdict {
            heading("Verdict", into: &lines)
            paragraph(verdict, into: &lines)
        }
        notes(into: &lines)
        sources(into: &lines)
        return lines.map { $0 + "\n" }.joined()
    }

    // MARK: Table

    private var notAssessed: String { options.ascii ? "-" : Presentation.notAssessed }

    /// The table: tools as columns or rows as in Markdown, or one block per tool when the
    /// columns would be narrower than 8.
    private func table() -> BoxTable {
        let columns = presentation.orientation == .toolsAsColumns ? matrix.tools.count + 1 : matrix.criteria.count + 1
        if (options.width - 1) / max(1, columns) - 3 < 8 { return blocks() }
        var table = BoxTable(columns: columns)
        switch presentation.orientation {
        case .toolsAsColumns:
            table.rows.append(.cells([BoxTable.Entry("Criterion", style: Style.heading)] + matrix.tools.map { BoxTable.Entry(toolLabel($0), style: Style.heading) }))
            for group in presentation.groups {
                if presentation.hasGroups { table.rows.append(.span(BoxTable.Entry(group.name ?? "Other", style: Style.heading))) }
                for criterion in group.criteria {
                    table.rows.append(.cells([criterionLabel(criterion)] + matrix.tools.indices.map { value(criterion, $0) }))
                }
            }
        case .toolsAsRows:
            table.rows.append(.cells([BoxTable.Entry("Tool", style: Style.heading)] + matrix.criteria.indices.map { criterionLabel($0) }))
            for toolIndex in matrix.tools.indices {
                table.rows.append(.cells([BoxTable.Entry(toolLabel(matrix.tools[toolIndex]), style: Style.heading)] + matrix.criteria.indices.map { value($0, toolIndex) }))
            }
        }
        return table
    }

    /// One block per tool: its name across the table, then a row per criterion.
    private func blocks() -> BoxTable {
        var table = BoxTable(columns: 2)
        for toolIndex in matrix.tools.indices {
            table.rows.append(.span(BoxTable.Entry(toolLabel(matrix.tools[toolIndex]), style: Style.heading)))
            for criterion in matrix.criteria.indices {
                table.rows.append(.cells([criterionLabel(criterion), value(criterion, toolIndex)]))
            }
        }
        return table
    }

    private func toolLabel(_ tool: Tool) -> String {
        guard let version = tool.version else { return tool.name }
        return tool.name + (options.ascii ? " - " : " · ") + version
    }

    private func criterionLabel(_ index: Int) -> BoxTable.Entry {
        BoxTable.Entry(matrix.criteria[index].name + marker(presentation.labelFootnote(index)), style: Style.heading)
    }

    private func marker(_ number: Int?) -> String {
        number.map { " [" + presentation.footnoteLabel($0) + "]" } ?? ""
    }

    /// A cell as a word or number with its annotation and footnote marker, or the
    /// not-assessed mark.
    private func value(_ criterionIndex: Int, _ toolIndex: Int) -> BoxTable.Entry {
        let entry = presentation.entry(criterionIndex, toolIndex)
        guard let cell = entry.cell else { return BoxTable.Entry(notAssessed, style: Style.muted) }
        var text: String
        var style: String?
        switch cell.value {
        case .support(let support):
            text = Presentation.supportLabel(support, plain: true)
            style = Style.support(support)
        default:
            text = Presentation.text(of: cell, kind: matrix.criteria[criterionIndex].kind, plain: options.ascii)
        }
        if entry.isBest {
            text += "*"
            style = style.map { Style.best + ";" + $0 } ?? Style.best
        }
        if let annotation = Presentation.annotation(of: cell, toolAt: toolIndex, of: matrix.tools) { text += " " + annotation }
        return BoxTable.Entry(text + marker(entry.footnote), style: style)
    }

    private func key() -> String {
        var key = "Key: " + notAssessed + " not assessed"
        if presentation.hasBestMarks { key += "; * the best value in its row" }
        if presentation.hasQualifiers, !options.ascii { key += "; ≈ about, ≤ up to, ≥ at least, – a range" }
        return key + "; [1a] a note below."
    }

    // MARK: Prose

    private func prosAndCons(into lines: inout [String]) {
        let tools = matrix.tools.indices.filter { !matrix.tools[$0].pros.isEmpty || !matrix.tools[$0].cons.isEmpty || matrix.tools[$0].summary != nil }
        guard !tools.isEmpty else { return }
        heading("Pros and cons", into: &lines)
        for toolIndex in tools {
            let tool = matrix.tools[toolIndex]
            lines.append("")
            paragraph(toolLabel(tool), style: Style.heading, into: &lines)
            if let summary = tool.summary { paragraph(summary, first: "  ", indent: "  ", into: &lines) }
            for list in presentation.remarkLists(toolIndex) {
                let mark = list.kind == .pros ? "+ " : "- "
                for (remark, footnote) in list.items {
                    paragraph(remark.text + marker(footnote), first: "  " + mark, indent: "    ", into: &lines)
                }
            }
        }
    }

    private func notes(into lines: inout [String]) {
        guard presentation.footnoteCount > 0 else { return }
        heading("Notes", into: &lines)
        let links = matrix.sources.map { source in
            var link = ByteBuffer(capacity: 64)
            link.append(source.title)
            if let url = source.url { link.append(" <" + url + ">") }
            return link
        }
        let width = (0..<presentation.footnoteCount).map { presentation.footnoteLabel($0 + 1).count }.max() ?? 1
        var positions: [Int] = []
        for index in 0..<presentation.footnoteCount {
            presentation.prefetchFootnote(after: index + 1)
            let footnote = presentation.footnote(index + 1)
            var text = ByteBuffer(capacity: 128)
            presentation.appendNote(footnote, links: links, positions: &positions, into: &text, text: { $1.append($0) }, date: { $1.append($0) })
            let label = presentation.footnoteLabel(index + 1)
            let first = "  " + label + String(repeating: " ", count: width - label.count + 2)
            paragraph(String(decoding: text.bytes, as: UTF8.self), first: first, indent: String(repeating: " ", count: first.count), into: &lines)
        }
    }

    private func sources(into lines: inout [String]) {
        guard !matrix.sources.isEmpty else { return }
        heading("Sources", into: &lines)
        for source in matrix.sources {
            var text = source.title
            if let details = presentation.sourceDetails(source) { text += (options.ascii ? " - " : " — ") + details }
            if let url = source.url { text += " <" + url + ">" }
            paragraph(text, first: "  " + (options.ascii ? "* " : "• "), indent: "    ", into: &lines)
        }
    }

    private func heading(_ text: String, into lines: inout [String]) {
        lines.append("")
        paragraph(text, style: Style.heading, into: &lines)
    }

    /// Text wrapped to the width after `first` (its first line) and `indent` (the rest).
    private func paragraph(_ text: String, style: String? = nil, first: String = "", indent: String = "", into lines: inout [String]) {
        let room = max(2, options.width - DisplayWidth.of(indent))
        for (index, line) in TextWrapping.lines(text, width: room).enumerated() {
            lines.append((index == 0 ? first : indent) + BoxTable.styled(line, style, pad: 0, color: options.color))
        }
    }
}
