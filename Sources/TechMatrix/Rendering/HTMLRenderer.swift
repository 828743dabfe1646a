/// Renders a matrix as one self-contained HTML page (or, with `fragment`, just the table and
/// its notes): a semantic, accessible table with group rows, footnotes with back-links,
/// bar charts for numbers and ratings, pros and cons as cards, and a small script that sorts,
/// filters and shows only the rows that differ. Without the script the page is complete.
struct HTMLRenderer {
    let matrix: Matrix
    let options: RenderOptions
    let presentation: Presentation

    /// Where a footnote is referenced: a cell (`c3-7`: criterion 3, tool 7), a pro (`p`) or
    /// a con (`n`) (`p7-0`: tool 7, its first pro). Written out as the id of the reference.
    struct NotePlace: Equatable {
        var letter: UInt8
        var first: Int
        var second: Int

        func write(into output: inout ByteBuffer) {
            output.append(letter)
            output.appendDecimal(first)
            output.append(UInt8(ascii: "-"))
            output.appendDecimal(second)
        }
    }

    /// The letter of a reference from a pro (`p`) or a con (`n`).
    static func noteLetter(_ kind: Presentation.RemarkList.Kind) -> UInt8 {
        kind == .pros ? UInt8(ascii: "p") : UInt8(ascii: "n")
    }

    /// The start of every id: the matrix id, escaped, and `--`; written once, copied at each id.
    private let anchorPrefix: ByteBuffer
    /// Writes the cells' values with their units escaped once.
    private let values: ValueWriter

    init(matrix: Matrix, options: RenderOptions) {
        self.matrix = matrix
        self.options = options
        var prefix = ByteBuffer(capacity: matrix.id.utf8.count + 2)
        HTMLEscaping.attribute(matrix.id, into: &prefix)
        prefix.append("--")
        anchorPrefix = prefix
        values = ValueWriter(matrix, plain: options.plainSymbols) { HTMLEscaping.text($0, into: &$1) }
        presentation = Presentation(matrix, plain: options.plainSymbols, orientation: options.orientation, remarks: !options.fragment)
    }

    func render(into output: inout ByteBuffer) {
        if options.fragment {
            if options.fragmentStyle {
                output.append("<style>")
                output.append(HTMLAssets.fragmentStyle)
                output.append("</style>\n")
            }
            output.append("<div class=\"tm-fragment\">\n")
            table(into: &output)
            notes(into: &output)
            output.append("</div>\n")
            return
        }
        output.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        output.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n")
        output.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        HTMLEscaping.attribute(hasFitSection ? FitFinderAssets.contentSecurityPolicy : HTMLAssets.contentSecurityPolicy, into: &output)
        output.append("\">\n<title>")
        HTMLEscaping.text(matrix.title, into: &output)
        output.append("</title>\n<style>")
        output.append(HTMLAssets.style)
        if hasFitSection { output.append("</style>\n<style>" + FitFinderAssets.style) }
        output.append("</style>\n</head>\n<body>\n<header>\n<h1 class=\"tm-prose\">")
        HTMLEscaping.text(matrix.title, into: &output)
        output.append("</h1>\n")
        if let summary = matrix.summary { prose(summary, into: &output) }
        output.append("<p class=\"tm-meta\">")
        if let asOf = matrix.asOf {
            output.append("As of <time datetime=\"")
            HTMLEscaping.attribute(asOf.text, into: &output)
            output.append("\">")
            HTMLEscaping.text(asOf.text, into: &output)
            output.append("</time>. ")
        }
        HTMLEscaping.text(presentation.freshness, into: &output)
        output.append("</p>\n")
        output.append("</header>\n<main>\n")
        output.append("<div class=\"tm-controls\" hidden>\n<label>Filter tools <input type=\"search\" class=\"tm-filter\" autocomplete=\"off\"></label>\n<label><input type=\"checkbox\" class=\"tm-differ\"> Show only rows that differ</label>\n</div>\n")
        table(into: &output)
        if matrix.tools.count <= HTMLCharts.maximumTools {
            HTMLCharts(matrix: matrix, plain: options.plainSymbols, grid: presentation.grid).render(into: &output)
        }
        cards(into: &output)
        whichOneFits(into: &output)
        if let verdict = matrix.verdict {
            output.append("<section>\n<h2>Verdict</h2>\n")
            prose(verdict, into: &output)
            output.append("</section>\n")
        }
        notes(into: &output)
        sources(into: &output)
        output.append("</main>\n<script>")
        output.append(HTMLAssets.script)
        output.append("</script>\n<script>")
        output.append(HTMLAssets.freshnessScript)
        if hasFitSection { output.append("</script>\n<script>" + FitFinderAssets.script) }
        output.append("</script>\n</body>\n</html>\n")
    }

    private func prose(_ text: String, into output: inout ByteBuffer) {
        output.append("<p class=\"tm-prose\">")
        HTMLEscaping.text(text, into: &output)
        output.append("</p>\n")
    }

    // MARK: Table

    private var orientation: RenderOptions.Orientation { presentation.orientation }

    private func table(into output: inout ByteBuffer) {
        output.append("<div class=\"tm-wrap\">\n<table class=\"tm-matrix\" id=\"")
        anchor("table", into: &output)
        output.append("\" data-orientation=\"")
        output.append(orientation.rawValue)
        output.append("\"")
        if !options.fragment {
            // What the freshness script needs to decide, in the reader's browser, which claims are old.
            output.append(" data-stale-after=\"")
            output.appendDecimal(matrix.staleAfterDays ?? Matrix.defaultStaleAfterDays)
            output.append("\"")
            if let asOf = matrix.asOf, asOf.isValid {
                output.append(" data-as-of=\"")
                output.append(asOf.text)
                output.append("\"")
            }
        }
        output.append(">\n<caption>")
        HTMLEscaping.text(matrix.title, into: &output)
        output.append("</caption>\n")
        switch orientation {
        case .toolsAsColumns: toolsAsColumns(into: &output)
        case .toolsAsRows: toolsAsRows(into: &output)
        }
        output.append("</table>\n</div>\n")
        descriptions(into: &output)
        key(into: &output)
    }

    private func toolsAsColumns(into output: inout ByteBuffer) {
        output.append("<thead>\n<tr><th scope=\"col\">Criterion</th>")
        for tool in matrix.tools {
            output.append("<th scope=\"col\" data-name=\"")
            HTMLEscaping.attribute(tool.name, into: &output)
            output.append("\">")
            toolName(tool, into: &output)
            output.append("</th>")
        }
        output.append("</tr>\n</thead>\n<tbody>\n")
        for group in presentation.groups {
            if presentation.hasGroups {
                output.append("<tr class=\"tm-group\"><th scope=\"colgroup\" colspan=\"\(matrix.tools.count + 1)\">")
                HTMLEscaping.text(group.name ?? "Other", into: &output)
                output.append("</th></tr>\n")
            }
            // Row by row: HTML cells are long enough that holding rows back to write them tool by
            // tool (as Markdown does, see RowBlockWriter) measured no faster, and cost memory.
            for criterionIndex in group.criteria {
                let criterion = matrix.criteria[criterionIndex]
                output.append("<tr><th scope=\"row\"")
                describedBy(criterion, into: &output)
                output.append(">")
                sortButton(criterion, into: &output)
                output.append("</th>")
                for toolIndex in matrix.tools.indices {
                    presentation.grid.prefetch(criterionIndex, toolIndex + CellGrid.toolsAhead)
                    cell(criterionIndex, toolIndex, into: &output)
                }
                output.append("</tr>\n")
            }
        }
        output.append("</tbody>\n")
    }

    private func toolsAsRows(into output: inout ByteBuffer) {
        output.append("<thead>\n")
        if presentation.hasGroups {
            output.append("<tr class=\"tm-group\"><td></td>")
            for group in presentation.groups {
                output.append("<th scope=\"colgroup\" colspan=\"\(group.criteria.count)\">")
                HTMLEscaping.text(group.name ?? "Other", into: &output)
                output.append("</th>")
            }
            output.append("</tr>\n")
        }
        output.append("<tr><th scope=\"col\">Tool</th>")
        for criterion in matrix.criteria {
            output.append("<th scope=\"col\"")
            describedBy(criterion, into: &output)
            output.append(">")
            sortButton(criterion, into: &output)
            output.append("</th>")
        }
        output.append("</tr>\n</thead>\n<tbody>\n")
        for (toolIndex, tool) in matrix.tools.enumerated() {
            output.append("<tr data-name=\"")
            HTMLEscaping.attribute(tool.name, into: &output)
            output.append("\"><th scope=\"row\">")
            toolName(tool, into: &output)
            output.append("</th>")
            for criterionIndex in matrix.criteria.indices { cell(criterionIndex, toolIndex, into: &output) }
            output.append("</tr>\n")
        }
        output.append("</tbody>\n")
    }

    private func toolName(_ tool: Tool, into output: inout ByteBuffer) {
        link(tool.name, url: tool.url, into: &output)
        if let version = tool.version {
            output.append(" <span class=\"tm-version\">")
            HTMLEscaping.text(version, into: &output)
            output.append("</span>")
        }
    }

    /// The criterion's name, as a button when the script can sort by it.
    private func sortButton(_ criterion: Criterion, into output: inout ByteBuffer) {
        if options.fragment {
            HTMLEscaping.text(criterion.name, into: &output)
        } else {
            output.append("<button type=\"button\" class=\"tm-sort\" data-key=\"")
            output.append(criterion.id)
            output.append("\" data-numeric=\"")
            switch criterion.kind {
            case .number, .rating, .support: output.append("true")
            case .text: output.append("false")
            }
            output.append("\"")
            if let better = criterion.kind.better {
                output.append(" data-better=\"")
                output.append(better.rawValue)
                output.append("\"")
            }
            output.append(">")
            HTMLEscaping.text(criterion.name, into: &output)
            output.append("</button>")
        }
    }

    /// ` aria-describedby="…"` pointing a criterion's header at its description, when it has one.
    private func describedBy(_ criterion: Criterion, into output: inout ByteBuffer) {
        guard criterion.description != nil else { return }
        output.append(" aria-describedby=\"")
        anchor("desc-" + criterion.id, into: &output)
        output.append("\"")
    }

    /// The criteria's descriptions, under the table: the headers hold only the names and point
    /// here with `aria-describedby`, so a screen reader does not read a description before every
    /// cell and a program reading the table gets the name alone.
    private func descriptions(into output: inout ByteBuffer) {
        guard matrix.criteria.contains(where: { $0.description != nil }) else { return }
        output.append("<dl class=\"tm-descriptions\">\n")
        for criterion in matrix.criteria {
            guard let description = criterion.description else { continue }
            output.append("<dt>")
            HTMLEscaping.text(criterion.name, into: &output)
            output.append("</dt><dd id=\"")
            anchor("desc-" + criterion.id, into: &output)
            output.append("\">")
            HTMLEscaping.text(description, into: &output)
            output.append("</dd>\n")
        }
        output.append("</dl>\n")
    }

    /// Writes an id, or the target of a link to one: the matrix id, `--` (which no id holds),
    /// then `name`. Two matrices embedded in one page never share an id, and a page and its
    /// fragment use the same ones.
    func anchor(_ name: String, into output: inout ByteBuffer) {
        output.append(anchorPrefix)
        HTMLEscaping.attribute(name, into: &output)
    }

    /// ``anchor(_:into:)`` for a fixed name that needs no escaping (`note-`, `ref-`).
    func fixedAnchor(_ name: StaticString, into output: inout ByteBuffer) {
        output.append(anchorPrefix)
        output.append(name)
    }

    private func cell(_ criterionIndex: Int, _ toolIndex: Int, into output: inout ByteBuffer) {
        let position = presentation.grid.position(criterionIndex, toolIndex)
        guard position >= 0 else {
            output.append("<td class=\"tm-na\" title=\"not assessed\">")
            output.append(Presentation.notAssessed)
            output.append("</td>")
            return
        }
        let marks = presentation.marks(criterionIndex, toolIndex)
        cell(presentation.grid.tableCell(tool: toolIndex, position), marks, criterionIndex, toolIndex, into: &output)
    }

    /// An assessed cell of the table.
    private func cell(
        _ cell: Cell, _ marks: (footnote: Int?, isBest: Bool), _ criterionIndex: Int, _ toolIndex: Int, into output: inout ByteBuffer
    ) {
        let kind = matrix.criteria[criterionIndex].kind
        let best = marks.isBest
        // Up to three classes: the support level, best, disputed, written as they come.
        var classCount = 0
        func addClass(_ name: StaticString) {
            output.append(classCount == 0 ? " class=\"" : " ")
            output.append(name)
            classCount += 1
        }
        output.append("<td")
        if case .support(let support) = cell.value {
            switch support {
            case .yes: addClass("tm-yes")
            case .partial: addClass("tm-partial")
            case .preview: addClass("tm-preview")
            case .no: addClass("tm-no")
            }
        }
        if best { addClass("tm-best") }
        if cell.disputed { addClass("tm-disputed") }
        if classCount > 0 { output.append("\"") }
        // Sort keys for the script; a text cell sorts by its own text.
        switch cell.value {
        case .support(let support):
            output.append(" data-sort=\"")
            switch support {
            case .yes: output.append("2")
            case .partial, .preview: output.append("1")
            case .no: output.append("0")
            }
            output.append("\"")
        case .number(let number):
            output.append(" data-sort=\"")
            NumberFormatting.appendJSON(number, into: &output)
            output.append("\"")
        case .rating(let rating):
            output.append(" data-sort=\"")
            output.appendDecimal(rating)
            output.append("\"")
        case .text:
            break
        }
        // The claim's own verified date (the cell's, else its tool's); the matrix's asOf date
        // stands under the title for every other cell.
        if let verified = cell.verified ?? matrix.tools[toolIndex].verified, verified.isValid {
            output.append(" data-verified=\"")
            output.append(verified.text)
            output.append("\" title=\"Verified ")
            output.append(verified.text)
            output.append("\"")
        }
        output.append(">")
        if best { output.append("<strong>") }
        if case .rating(let rating) = cell.value, case .rating(let scale, _) = kind, !options.plainSymbols {
            // The space is inside the hidden span, so the stars and `3/5` stay apart without the
            // stylesheet and the cell's text is the value alone.
            output.append("<span class=\"tm-stars\" aria-hidden=\"true\">")
            for star in 0..<max(0, scale) { output.append(star < rating ? "★" : "☆") }
            output.append(" </span>")
        }
        if case .support(let support) = cell.value {
            // A drawn mark beside the word, never an emoji that needs a colour font; the word is the text.
            if !options.plainSymbols { HTMLSupportMark.write(support, into: &output) }
            output.append(Presentation.supportLabel(support, plain: true))
        } else {
            values.write(cell, criterionIndex: criterionIndex, kind: kind, into: &output) { HTMLEscaping.text($0, into: &$1) }
        }
        if best { output.append("</strong>") }
        if let annotation = Presentation.annotation(of: cell, toolAt: toolIndex, of: matrix.tools) {
            output.append(" <span class=\"tm-annotation\">")
            HTMLEscaping.text(annotation, into: &output)
            output.append("</span>")
        }
        if let number = marks.footnote {
            footnoteReference(number, from: NotePlace(letter: UInt8(ascii: "c"), first: criterionIndex, second: toolIndex), into: &output)
        }
        output.append("</td>")
    }

    /// A footnote marker; only the first reference to a note gets an id, the back-link's target.
    func footnoteReference(_ number: Int, from place: NotePlace, into output: inout ByteBuffer) {
        // The label is letters and digits: nothing in it needs escaping.
        output.append("<sup><a href=\"#")
        fixedAnchor("note-", into: &output)
        presentation.appendFootnoteLabel(number, into: &output)
        if firstReference(number) == place {
            output.append("\" id=\"")
            referenceAnchor(place, into: &output)
        }
        output.append("\" aria-label=\"note ")
        presentation.appendFootnoteLabel(number, into: &output)
        output.append("\">")
        presentation.appendFootnoteLabel(number, into: &output)
        output.append("</a></sup>")
    }

    /// The id of a first reference to a note (`service-meshes--ref-c3-7`), the back-link's target.
    func referenceAnchor(_ place: NotePlace, into output: inout ByteBuffer) {
        fixedAnchor("ref-", into: &output)
        place.write(into: &output)
    }

    private func key(into output: inout ByteBuffer) {
        output.append("<p class=\"tm-key\">\(Presentation.notAssessed) not assessed")
        if presentation.hasBestMarks { output.append("; <strong>bold</strong>: the best value in its row") }
        if presentation.hasQualifiers { output.append("; ≈ about, ≤ up to, ≥ at least, – a range") }
        output.append(".</p>\n")
        if !options.fragment {
            // Shown by the freshness script when it marks a cell; hidden (and never needed) without it.
            output.append("<p class=\"tm-key tm-stale-key\" hidden><span class=\"tm-stale-sample\">Dashed outline</span>: verified more than ")
            output.appendDecimal(matrix.staleAfterDays ?? Matrix.defaultStaleAfterDays)
            output.append(" days before today, possibly out of date. Cells marked: <span class=\"tm-stale-count\">0</span>.</p>\n")
        }
        if let methodology = matrix.methodology, !options.fragment {
            output.append("<section class=\"tm-methodology\">\n<h2>Methodology</h2>\n")
            prose(methodology, into: &output)
            output.append("</section>\n")
        }
    }
}
