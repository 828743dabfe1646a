/// Renders a matrix as RFC 4180 CSV: UTF-8 (with a byte order mark only when asked), CRLF
/// after every record, a header row, and one row per tool (or per criterion when transposed,
/// or per tool and criterion in the long format). User text is hardened against formula
/// injection unless `rawCSV` is set. Fields are written straight into the output.
struct CSVRenderer {
    let matrix: Matrix
    let options: RenderOptions
    /// Where the cells are. CSV needs no footnotes or best marks, so it reads the grid without
    /// building a ``Presentation``.
    let grid: CellGrid
    /// Whether any tool states a version, which then gets a column (or row) of its own.
    let hasVersions: Bool
    /// Typed values written straight into their field. Each is a whole field, so CSV's escaping
    /// of the whole field is what ValueWriter's contract asks for; a unit that needs quotes
    /// sends its criterion's cells through the whole-text path.
    private let values: ValueWriter

    init(matrix: Matrix, options: RenderOptions) {
        self.matrix = matrix
        self.options = options
        grid = CellGrid(matrix, layout: !options.longFormat && options.orientation == .toolsAsColumns ? .criterionMajor : .toolMajor)
        hasVersions = matrix.tools.contains { $0.version != nil }
        values = ValueWriter(matrix, plain: options.plainSymbols) { CSVEscaping.field($0, into: &$1) }
    }

    /// The cell of a tool for a criterion, as ``CellGrid/tableCell(tool:_:)`` gives it; `nil`
    /// is not assessed.
    private func cell(_ criterionIndex: Int, _ toolIndex: Int, into writer: inout RecordWriter) {
        // The tool is read in place: a `let` copy of it would retain every member per cell.
        let position = grid.position(criterionIndex, toolIndex)
        cell(position < 0 ? nil : grid.tableCell(tool: toolIndex, position), criterionIndex, toolIndex, into: &writer)
    }

    func render(into output: inout ByteBuffer) {
        if options.byteOrderMark { output.append("\u{FEFF}") }
        var writer = RecordWriter(output: output)
        if options.longFormat {
            renderLong(into: &writer)
        } else if options.orientation == .toolsAsColumns {
            renderCriteriaAsRows(into: &writer)
        } else {
            renderToolsAsRows(into: &writer)
        }
        output = writer.output
    }

    /// Writes fields separated by commas and records ended by CRLF.
    struct RecordWriter {
        var output: ByteBuffer
        private var atRecordStart = true

        init(output: ByteBuffer) { self.output = output }

        mutating func field(_ text: String) {
            beginField()
            CSVEscaping.field(text, into: &output)
        }

        /// A field of user text, with a leading `'` when `hardened` and the text could run as a
        /// formula (see ``CSVEscaping/hardened(_:)``).
        mutating func field(userText text: String, hardened: Bool) {
            beginField()
            CSVEscaping.field(text, hardened: hardened, into: &output)
        }

        /// Starts a field that the caller writes into ``output``, already escaped.
        mutating func beginField() {
            if !atRecordStart { output.append(0x2C) }
            atRecordStart = false
        }

        mutating func field(_ text: StaticString) {
            beginField()
            output.append(text)
        }

        mutating func endRecord() {
            output.append("\r\n")
            atRecordStart = true
        }
    }

    /// User text, hardened unless raw output was asked for.
    private func text(_ value: String) -> String {
        options.rawCSV ? value : CSVEscaping.hardened(value)
    }

    /// The cell as the table shows it, with its annotation: `≈ 15 ms (in 1.24; disputed)`.
    /// Text values are hardened, typed values never.
    private func cell(_ cell: Cell?, _ criterionIndex: Int, _ toolIndex: Int, into writer: inout RecordWriter) {
        guard let cell else {
            writer.field(Presentation.notAssessed)
            return
        }
        guard let annotation = Presentation.annotation(of: cell, toolAt: toolIndex, of: matrix.tools) else {
            // Most cells: the value is the whole field, written without making its text.
            if case .text(let value) = cell.value {
                writer.field(userText: value, hardened: !options.rawCSV)
            } else {
                writer.beginField()
                values.write(cell, criterionIndex: criterionIndex, kind: matrix.criteria[criterionIndex].kind, into: &writer.output) {
                    CSVEscaping.field($0, into: &$1)
                }
            }
            return
        }
        var shown: String
        if case .text(let value) = cell.value {
            shown = text(value)
        } else {
            shown = Presentation.text(of: cell, criterion: matrix.criteria[criterionIndex], plain: options.plainSymbols)
        }
        shown += " " + annotation
        writer.field(shown)
    }

    private func remarks(_ remarks: [Remark]) -> String {
        switch remarks.count {
        case 0: ""
        case 1: text(remarks[0].text)
        default: text(remarks.map(\.text).joined(separator: "\n"))
        }
    }

    private func renderToolsAsRows(into writer: inout RecordWriter) {
        writer.field("Tool")
        if hasVersions { writer.field("Version") }
        for criterion in matrix.criteria { writer.field(text(criterion.name)) }
        writer.field("Pros")
        writer.field("Cons")
        writer.endRecord()
        for (toolIndex, tool) in matrix.tools.enumerated() {
            writer.field(text(tool.name))
            if hasVersions { writer.field(tool.version.map(text) ?? "") }
            for criterionIndex in matrix.criteria.indices { cell(criterionIndex, toolIndex, into: &writer) }
            writer.field(remarks(tool.pros))
            writer.field(remarks(tool.cons))
            writer.endRecord()
        }
    }

    private func renderCriteriaAsRows(into writer: inout RecordWriter) {
        writer.field("Criterion")
        for tool in matrix.tools { writer.field(text(tool.name)) }
        writer.endRecord()
        if hasVersions {
            writer.field("Version")
            for tool in matrix.tools { writer.field(tool.version.map(text) ?? "") }
            writer.endRecord()
        }
        for (criterionIndex, criterion) in matrix.criteria.enumerated() {
            writer.field(text(criterion.name))
            for toolIndex in matrix.tools.indices {
                grid.prefetch(criterionIndex, toolIndex + CellGrid.toolsAhead)
                cell(criterionIndex, toolIndex, into: &writer)
            }
            writer.endRecord()
        }
        writer.field("Pros")
        for tool in matrix.tools { writer.field(remarks(tool.pros)) }
        writer.endRecord()
        writer.field("Cons")
        for tool in matrix.tools { writer.field(remarks(tool.cons)) }
        writer.endRecord()
    }

    /// The tidy shape: one row per tool and criterion, not-assessed pairs included with
    /// `assessed` false, values raw (`yes`, `15`, `3`), sources as ids separated by spaces, and
    /// the claim's qualifier, range end, version (the cell's, else the tool's), verified date
    /// (the cell's, else the tool's, else the matrix's) and whether it is disputed, so that a
    /// spreadsheet can filter on them.
    private func renderLong(into writer: inout RecordWriter) {
        let columns = [
            "tool_id", "tool", "criterion_id", "criterion", "group", "kind", "assessed", "value", "unit", "scale", "note", "sources",
            "qualifier", "max", "version", "verified", "disputed",
        ]
        for name in columns {
            writer.field(name)
        }
        writer.endRecord()
        for (toolIndex, tool) in matrix.tools.enumerated() {
            let toolName = text(tool.name)
            for (criterionIndex, criterion) in matrix.criteria.enumerated() {
                let position = grid.position(criterionIndex, toolIndex)
                let cell = position < 0 ? nil : tool.cellValues[position]
                writer.field(tool.id)
                writer.field(toolName)
                writer.field(criterion.id)
                writer.field(text(criterion.name))
                writer.field(criterion.group.map(text) ?? "")
                writer.field(criterion.kind.name)
                writer.field(cell == nil ? "false" : "true")
                switch cell?.value {
                case .text(let value): writer.field(text(value))
                case .support(let support): writer.field(support.rawValue)
                case .number(let number): writer.field(NumberFormatting.json(number))
                case .rating(let rating): writer.field(String(rating))
                case nil: writer.field("")
                }
                switch criterion.kind {
                case .number(let unit, _):
                    writer.field(unit.map(text) ?? "")
                    writer.field("")
                case .rating(let scale, _):
                    writer.field("")
                    writer.field(String(scale))
                case .text, .support:
                    writer.field("")
                    writer.field("")
                }
                writer.field(cell?.note.map(text) ?? "")
                writer.field(cell?.sources.joined(separator: " ") ?? "")
                writer.field(cell?.qualifier?.rawValue ?? "")
                writer.field(cell?.maximum.map(NumberFormatting.json) ?? "")
                writer.field(cell.map { ($0.version ?? tool.version).map(text) ?? "" } ?? "")
                writer.field(cell.map { matrix.verifiedDate(of: $0, in: tool)?.text ?? "" } ?? "")
                writer.field(cell.map { $0.disputed ? "true" : "false" } ?? "")
                writer.endRecord()
            }
        }
    }
}
