/// A table drawn with box characters (or `+`, `-` and `|`) for a terminal, fitted to a width:
/// columns get what their text needs when it fits, and share what there is when it does not,
/// each cell wrapped by ``TextWrapping``. A span row runs across every column (a group's name,
/// a tool's name above its values).
struct BoxTable {
    /// One cell's content: its text and the ANSI SGR parameters it is shown with (`"1"` bold, `"32"`
    /// green), used only when colour is on.
    struct Entry {
        var text: String
        var style: String?

        init(_ text: String, style: String? = nil) {
            self.text = text
            self.style = style
        }
    }

    /// A row of one cell per column, or one cell across all of them.
    enum Row {
        case cells([Entry])
        case span(Entry)
    }

    /// The characters a table is drawn with.
    struct Frame {
        var horizontal, vertical: String
        /// Corners and junctions: top, middle and bottom rows; left, inner and right columns.
        var top: (String, String, String), middle: (String, String, String), bottom: (String, String, String)
        /// Inner junctions of a line that closes columns above (`┴`) or opens them below (`┬`).
        var closing: String, opening: String

        static let unicode = Frame(
            horizontal: "─", vertical: "│", top: ("┌", "┬", "┐"), middle: ("├", "┼", "┤"), bottom: ("└", "┴", "┘"),
            closing: "┴", opening: "┬")
        static let ascii = Frame(
            horizontal: "-", vertical: "|", top: ("+", "+", "+"), middle: ("+", "+", "+"), bottom: ("+", "+", "+"),
            closing: "+", opening: "+")
    }

    /// The number of columns; every `cells` row has this many.
    let columns: Int
    var rows: [Row]

    init(columns: Int, rows: [Row] = []) {
        self.columns = max(1, columns)
        self.rows = rows
    }

    /// The column widths (text only, without padding and borders) for a table at most
    /// `width` columns wide. Columns get their widest line when everything fits; otherwise
    /// each gets its widest word (up to 16), and what is left goes, a column at a time, to the
    /// narrowest column that wants more. Only when even that cannot fit do the columns
    /// share the width evenly and break words; at 2 columns each, a table may be wider.
    func columnWidths(fitting width: Int) -> [Int] {
        var wanted = Array(repeating: 1, count: columns)
        var least = Array(repeating: 1, count: columns)
        for row in rows {
            switch row {
            case .cells(let cells):
                for (index, cell) in cells.prefix(columns).enumerated() {
                    let measure = TextWrapping.measure(cell.text)
                    wanted[index] = max(wanted[index], measure.line)
                    least[index] = max(least[index], min(measure.word, 16))
                }
            case .span:
                // A span wraps to whatever width the columns give it.
                continue
            }
        }
        least = zip(least, wanted).map { max(2, min($0, $1)) }
        wanted = zip(wanted, least).map { max($0, $1) }
        let available = width - (3 * columns + 1)
        if wanted.reduce(0, +) <= available { return wanted }
        if least.reduce(0, +) <= available {
            // Water filling: each column of text left over goes to the narrowest column that
            // still wants more, so wide texts share the room evenly and short ones keep theirs.
            var widths = least
            var left = available - least.reduce(0, +)
            while left > 0 {
                guard let index = widths.indices.filter({ widths[$0] < wanted[$0] }).min(by: { widths[$0] < widths[$1] }) else { break }
                widths[index] += 1
                left -= 1
            }
            return widths
        }
        let share = max(2, available / columns)
        var widths = Array(repeating: share, count: columns)
        var left = available - share * columns
        var index = 0
        while left > 0, index < columns {
            widths[index] += 1
            left -= 1
            index += 1
        }
        return widths
    }

    /// The table's lines, each at most `width` display columns unless the table cannot be
    /// narrower (see ``columnWidths(fitting:)``).
    func lines(width: Int, frame: Frame, color: Bool) -> [String] {
        guard !rows.isEmpty else { return [] }
        let widths = columnWidths(fitting: width)
        let inner = widths.reduce(0, +) + 3 * (widths.count - 1)
        var output: [String] = []
        func rule(_ ends: (String, String, String), above: Row?, below: Row?) -> String {
            // Whether the columns run on above and below the line; the top and bottom lines
            // have one side only, which then stands for both.
            let columnsAbove = above.map { !Self.isSpan($0) }
            let columnsBelow = below.map { !Self.isSpan($0) }
            let junction: String
            switch (columnsAbove ?? columnsBelow ?? false, columnsBelow ?? columnsAbove ?? false) {
            case (true, true): junction = ends.1
            case (true, false): junction = frame.closing
            case (false, true): junction = frame.opening
            case (false, false): junction = frame.horizontal
            }
            let segments = widths.map { String(repeating: frame.horizontal, count: $0 + 2) }
            return ends.0 + segments.joined(separator: junction) + ends.2
        }
        output.append(rule(frame.top, above: nil, below: rows.first))
        for (rowIndex, row) in rows.enumerated() {
            if rowIndex > 0 { output.append(rule(frame.middle, above: rows[rowIndex - 1], below: row)) }
            switch row {
            case .span(let cell):
                for text in TextWrapping.lines(cell.text, width: inner) {
                    output.append(frame.vertical + " " + Self.styled(text, cell.style, pad: inner, color: color) + " " + frame.vertical)
                }
            case .cells(let cells):
                let wrapped = widths.indices.map { index in
                    index < cells.count ? TextWrapping.lines(cells[index].text, width: widths[index]) : [""]
                }
                let height = wrapped.map(\.count).max() ?? 1
                for lineIndex in 0..<height {
                    var line = frame.vertical
                    for (index, columnWidth) in widths.enumerated() {
                        let text = lineIndex < wrapped[index].count ? wrapped[index][lineIndex] : ""
                        let style = index < cells.count ? cells[index].style : nil
                        line += " " + Self.styled(text, style, pad: columnWidth, color: color) + " " + frame.vertical
                    }
                    output.append(line)
                }
            }
        }
        output.append(rule(frame.bottom, above: rows.last, below: nil))
        return output
    }

    private static func isSpan(_ row: Row) -> Bool {
        if case .span = row { return true }
        return false
    }

    /// The text in its style (when colour is on and the text is not empty), padded with spaces
    /// to `pad` display columns outside the escape codes.
    static func styled(_ text: String, _ style: String?, pad: Int, color: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, pad - DisplayWidth.of(text)))
        guard color, let style, !text.isEmpty else { return text + padding }
        return "\u{1B}[" + style + "m" + text + "\u{1B}[0m" + padding
    }
}
