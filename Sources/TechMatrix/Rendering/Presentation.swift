/// What every renderer shows, computed once per matrix: cell texts, the best values of each
/// row, the numbered footnotes, and the criteria grouped into consecutive runs.
struct Presentation {
    /// A numbered footnote: a note, the sources behind it, or both. Identical footnotes share
    /// one number.
    struct Footnote: Hashable {
        var note: String?
        var sources: [String]
    }

    /// A run of consecutive criteria that share a group (or have none).
    struct Group {
        var name: String?
        var criteria: [Int]
    }

    let matrix: Matrix
    let plain: Bool
    private(set) var footnotes: [Footnote] = []
    private var footnoteNumbers: [Footnote: Int] = [:]
    /// Every cell, criterion-major (`cells[criterion * tools + tool]`), looked up once in
    /// tool-major order so that each tool's dictionary is walked while it is in cache, and
    /// then read row by row as the tables are written.
    private var cells: [Cell?] = []
    /// `labelFootnotes[criterion]`: the criterion's description, when shown as a footnote.
    private(set) var labelFootnotes: [Int?] = []
    /// `cellFootnotes[criterion][tool]`.
    private(set) var cellFootnotes: [[Int?]] = []
    /// `best[criterion][tool]`.
    private(set) var best: [[Bool]] = []
    /// `proFootnotes[tool][pro]` and likewise for cons.
    private(set) var proFootnotes: [[Int?]] = []
    private(set) var conFootnotes: [[Int?]] = []
    private(set) var groups: [Group] = []

    /// - Parameter descriptionsAsFootnotes: Number criterion descriptions as footnotes on the
    ///   criterion's label, for formats that cannot show them beside the name.
    init(_ matrix: Matrix, plain: Bool, descriptionsAsFootnotes: Bool = false) {
        self.matrix = matrix
        self.plain = plain
        let ids = matrix.criteria.map(\.id)
        let toolCount = matrix.tools.count
        cells = Array(repeating: nil, count: ids.count * toolCount)
        for toolIndex in matrix.tools.indices {
            let toolCells = matrix.tools[toolIndex].cells
            for criterionIndex in ids.indices { cells[criterionIndex * toolCount + toolIndex] = toolCells[ids[criterionIndex]] }
        }
        for (index, criterion) in matrix.criteria.enumerated() {
            labelFootnotes.append(descriptionsAsFootnotes ? criterion.description.flatMap { footnote(note: $0, sources: []) } : nil)
            var row: [Int?] = []
            row.reserveCapacity(toolCount)
            for toolIndex in 0..<toolCount {
                if let cell = cells[index * toolCount + toolIndex], cell.note != nil || !cell.sources.isEmpty {
                    row.append(footnote(note: cell.note, sources: cell.sources))
                } else {
                    row.append(nil)
                }
            }
            cellFootnotes.append(row)
            best.append(Self.bestMarks(criterion, cells: cells[(index * toolCount)..<((index + 1) * toolCount)]))
        }
        for tool in matrix.tools {
            proFootnotes.append(tool.pros.map { footnote(note: nil, sources: $0.sources) })
            conFootnotes.append(tool.cons.map { footnote(note: nil, sources: $0.sources) })
        }
        for (index, criterion) in matrix.criteria.enumerated() {
            if let last = groups.last, last.name == criterion.group {
                groups[groups.count - 1].criteria.append(index)
            } else {
                groups.append(Group(name: criterion.group, criteria: [index]))
            }
        }
    }

    /// Whether any criterion has a group; without groups no group rows are shown.
    var hasGroups: Bool { matrix.criteria.contains { $0.group != nil } }

    /// Whether any cell is marked best.
    var hasBestMarks: Bool { best.contains { $0.contains(true) } }

    private mutating func footnote(note: String?, sources: [String]) -> Int? {
        if note == nil, sources.isEmpty { return nil }
        let key = Footnote(note: note, sources: sources)
        if let number = footnoteNumbers[key] { return number }
        footnotes.append(key)
        footnoteNumbers[key] = footnotes.count
        return footnotes.count
    }

    /// Marks the best values of a number or rating row: the lowest or highest, when at least
    /// two tools are assessed and their values are not all equal.
    private static func bestMarks(_ criterion: Criterion, cells: ArraySlice<Cell?>) -> [Bool] {
        guard criterion.kind.better != nil else { return Array(repeating: false, count: cells.count) }
        let values: [Double?] = cells.map { cell in
            switch cell?.value {
            case .number(let number): number
            case .rating(let rating): Double(rating)
            default: nil
            }
        }
        let assessed = values.compactMap { $0 }
        guard let better = criterion.kind.better, assessed.count >= 2,
              let target = better == .lower ? assessed.min() : assessed.max(),
              assessed.contains(where: { $0 != target }) else {
            return Array(repeating: false, count: cells.count)
        }
        return values.map { $0 == target }
    }

    /// The cell of a tool for a criterion, by position; `nil` is not assessed.
    func cell(_ criterionIndex: Int, _ toolIndex: Int) -> Cell? {
        cells[criterionIndex * matrix.tools.count + toolIndex]
    }

    /// A value as shown: `✅ Yes` (or `Yes` when plain), `15 ms`, `3/5`, or the text itself.
    static func text(of value: Cell.Value, criterion: Criterion, plain: Bool) -> String {
        switch value {
        case .text(let text): return text
        case .support(let support): return supportLabel(support, plain: plain)
        case .number(let number):
            let shown = NumberFormatting.json(number)
            guard case .number(let unit?, _) = criterion.kind, !unit.isEmpty else { return shown }
            return unit.hasPrefix("%") ? shown + unit : shown + " " + unit
        case .rating(let rating):
            if case .rating(let scale, _) = criterion.kind { return "\(rating)/\(scale)" }
            return String(rating)
        }
    }

    /// `✅ Yes`, `◐ Partial`, `❌ No`, or the word alone when plain.
    static func supportLabel(_ support: Support, plain: Bool) -> String {
        switch support {
        case .yes: plain ? "Yes" : "✅ Yes"
        case .partial: plain ? "Partial" : "◐ Partial"
        case .no: plain ? "No" : "❌ No"
        }
    }

    /// The mark shown for *not assessed*.
    static let notAssessed = "—"

    /// Source titles for a footnote, in citation order.
    func sources(of footnote: Footnote) -> [Source] {
        footnote.sources.compactMap { matrix.source(withID: $0) }
    }
}
