/// Small inline SVG bar charts, one per number or rating criterion with at least one
/// assessed value, drawn under the table. Bars start at zero (or at the smallest value when
/// it is negative); not-assessed tools are listed without a bar. Criteria whose assessed
/// values are all equal get no chart. Matrices with more than
/// ``maximumTools`` tools get no charts.
struct HTMLCharts {
    /// Above this many tools a bar per tool stops being readable, so no charts are drawn.
    static let maximumTools = 50

    let matrix: Matrix
    let plain: Bool
    /// Where the cells are.
    let grid: CellGrid

    func render(into output: inout ByteBuffer) {
        // A chart is drawn only where the assessed values differ; bars of equal length say nothing.
        let charted = matrix.criteria.indices.filter { index in
            switch matrix.criteria[index].kind {
            case .number, .rating: Set(values(index).compactMap { $0 }).count > 1
            default: false
            }
        }
        guard !charted.isEmpty else { return }
        output.append("<section>\n<h2>Charts</h2>\n<div class=\"tm-charts\">\n")
        for index in charted { chart(index, into: &output) }
        output.append("</div>\n</section>\n")
    }

    private func values(_ criterionIndex: Int) -> [Double?] {
        matrix.tools.indices.map { toolIndex in
            switch grid.cell(criterionIndex, toolIndex)?.value {
            case .number(let number): number
            case .rating(let rating): Double(rating)
            default: nil
            }
        }
    }

    private func chart(_ criterionIndex: Int, into output: inout ByteBuffer) {
        let criterion = matrix.criteria[criterionIndex]
        let values = values(criterionIndex)
        var top = values.compactMap { $0 }.max() ?? 1
        if case .rating(let scale, _) = criterion.kind { top = Double(scale) }
        let bottom = min(0, values.compactMap { $0 }.min() ?? 0)
        let span = max(top - bottom, .leastNormalMagnitude)
        let rowHeight = 22
        let labelWidth = 130
        let barWidth = 200
        let height = rowHeight * matrix.tools.count + 4
        output.append("<figure class=\"tm-chart\">\n<figcaption>")
        HTMLEscaping.text(criterion.name, into: &output)
        if let better = criterion.kind.better { output.append(better == .lower ? " (lower is better)" : " (higher is better)") }
        output.append("</figcaption>\n<svg viewBox=\"0 0 \(labelWidth + barWidth + 90) \(height)\" role=\"img\" aria-label=\"")
        HTMLEscaping.attribute("Bar chart of " + criterion.name, into: &output)
        output.append("\">\n")
        for (index, tool) in matrix.tools.enumerated() {
            let y = index * rowHeight + 2
            output.append("<text x=\"0\" y=\"\(y + 15)\">")
            HTMLEscaping.text(Self.truncated(tool.name), into: &output)
            output.append("</text>")
            if let value = values[index], let cell = grid.cell(criterionIndex, index) {
                let width = Int(((value - bottom) / span * Double(barWidth)).rounded())
                output.append("<rect class=\"tm-bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(max(width, 1))\" height=\"\(rowHeight - 8)\" rx=\"2\"></rect>")
                output.append("<text x=\"\(labelWidth + max(width, 1) + 6)\" y=\"\(y + 15)\">")
                HTMLEscaping.text(Presentation.text(of: cell, criterion: criterion, plain: plain), into: &output)
                output.append("</text>")
            } else {
                output.append("<text x=\"\(labelWidth)\" y=\"\(y + 15)\">not assessed</text>")
            }
            output.append("\n")
        }
        output.append("</svg>\n</figure>\n")
    }

    /// Long tool names are cut to fit the label column; the full name is in the table.
    static func truncated(_ name: String) -> String {
        let flat = name.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 }
        return flat.count > 18 ? String(flat.prefix(17)) + "…" : String(flat)
    }
}
