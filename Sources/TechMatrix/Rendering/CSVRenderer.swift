/// Renders a matrix as RFC 4180 CSV: UTF-8 (with a byte order mark only when asked), CRLF
/// after every record, a header row, and one row per tool (or per criterion when transposed,
/// or per tool and criterion in the long format). User text is hardened against formula
/// injection unless `rawCSV` is set.
struct CSVRenderer {
    let matrix: Matrix
    let options: RenderOptions
    let presentation: Presentation

    init(matrix: Matrix, options: RenderOptions) {
        self.matrix = matrix
        self.options = options
        presentation = Presentation(matrix, plain: options.plainSymbols)
    }

    func render(into output: inout ByteBuffer) {
        if options.byteOrderMark { output.append("\u{FEFF}") }
        if options.longFormat {
            renderLong(into: &output)
        } else if options.orientation == .toolsAsColumns {
            renderCriteriaAsRows(into: &output)
        } else {
            renderToolsAsRows(into: &output)
        }
    }

    /// User text, hardened unless raw output was asked for.
    private func text(_ value: String) -> String {
        options.rawCSV ? value : CSVEscaping.hardened(value)
    }

    /// A cell as shown: text values hardened, typed values never.
    private func cell(_ criterion: Criterion, _ tool: Tool) -> String {
        guard let cell = tool.cells[criterion.id] else { return Presentation.notAssessed }
        let shown = Presentation.text(of: cell.value, criterion: criterion, plain: options.plainSymbols)
        if case .text = cell.value { return text(shown) }
        return shown
    }

    private func remarks(_ remarks: [Remark]) -> String {
        text(remarks.map(\.text).joined(separator: "\n"))
    }

    private func record(_ fields: [String], into output: inout ByteBuffer) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(0x2C) }
            CSVEscaping.field(field, into: &output)
        }
        output.append("\r\n")
    }

    private func renderToolsAsRows(into output: inout ByteBuffer) {
        record(["Tool"] + matrix.criteria.map { text($0.name) } + ["Pros", "Cons"], into: &output)
        for tool in matrix.tools {
            record([text(tool.name)] + matrix.criteria.map { cell($0, tool) } + [remarks(tool.pros), remarks(tool.cons)], into: &output)
        }
    }

    private func renderCriteriaAsRows(into output: inout ByteBuffer) {
        record(["Criterion"] + matrix.tools.map { text($0.name) }, into: &output)
        for criterion in matrix.criteria {
            record([text(criterion.name)] + matrix.tools.map { cell(criterion, $0) }, into: &output)
        }
        record(["Pros"] + matrix.tools.map { remarks($0.pros) }, into: &output)
        record(["Cons"] + matrix.tools.map { remarks($0.cons) }, into: &output)
    }

    /// The tidy shape: one row per tool and criterion, not-assessed pairs included with
    /// `assessed` false, values raw (`yes`, `15`, `3`), sources as ids separated by spaces.
    private func renderLong(into output: inout ByteBuffer) {
        record(["tool_id", "tool", "criterion_id", "criterion", "group", "kind", "assessed", "value", "unit", "scale", "note", "sources"], into: &output)
        for tool in matrix.tools {
            for criterion in matrix.criteria {
                let cell = tool.cells[criterion.id]
                var unit = ""
                var scale = ""
                switch criterion.kind {
                case .number(let u, _): unit = u.map(text) ?? ""
                case .rating(let s, _): scale = String(s)
                case .text, .support: break
                }
                let value: String = switch cell?.value {
                case .text(let value): text(value)
                case .support(let support): support.rawValue
                case .number(let number): NumberFormatting.json(number)
                case .rating(let rating): String(rating)
                case nil: ""
                }
                record([
                    tool.id, text(tool.name), criterion.id, text(criterion.name), criterion.group.map(text) ?? "",
                    criterion.kind.name, cell == nil ? "false" : "true", value, unit, scale,
                    cell?.note.map(text) ?? "", cell?.sources.joined(separator: " ") ?? "",
                ], into: &output)
            }
        }
    }
}
