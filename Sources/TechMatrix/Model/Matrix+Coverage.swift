/// How much of a matrix is known: assessed cells out of all cells, and how old its claims are.
extension Matrix {
    /// After how many days a claim is stale when the matrix has no ``staleAfterDays``: the
    /// threshold the audit and the pages' freshness marks use.
    public static let defaultStaleAfterDays = 365

    /// Assessed cells out of every tool × criterion pair.
    public var coverage: Coverage {
        // One pass over the cells each tool holds; a cell for a criterion the matrix does not
        // declare (which validation refuses) is not counted.
        let declared = Set(criteria.map(\.id))
        var assessed = 0
        for tool in tools {
            for id in tool.cellIDs where declared.contains(id) { assessed += 1 }
        }
        return Coverage(assessed: assessed, total: tools.count * criteria.count)
    }

    /// The earliest verified date of any claim (an assessed cell, a pro or a con), each claim
    /// dated by its cell's `verified`, else its tool's, else ``asOf``; `nil` when no claim has
    /// a valid one.
    public var oldestVerifiedDate: CalendarDate? {
        var oldest = OldestClaim(asOf: asOf)
        let declared = Set(criteria.map(\.id))
        for tool in tools {
            oldest.add(tool) { consider in
                for (id, cell) in zip(tool.cellIDs, tool.cellValues) where declared.contains(id) { consider(cell) }
            }
        }
        return oldest.date
    }
}

/// The rule of ``Matrix/oldestVerifiedDate``, tool by tool, for callers that already know
/// which of a tool's cells are assessed (a renderer's grid) and need not look ids up again.
struct OldestClaim {
    let asOf: CalendarDate?
    /// The earliest valid date so far; `nil` while there is none.
    private(set) var date: CalendarDate?

    init(asOf: CalendarDate?) { self.asOf = asOf }

    /// Takes in `tool`'s claims: `assessedCells` hands each of its assessed cells to the
    /// function it is given. A cell without its own date, or a pro or con, dates the claim by
    /// the tool's date, else the matrix's.
    mutating func add(_ tool: Tool, assessedCells: ((Cell) -> Void) -> Void) {
        var inherits = !tool.pros.isEmpty || !tool.cons.isEmpty
        assessedCells { cell in
            if let verified = cell.verified { consider(verified) } else { inherits = true }
        }
        if inherits { consider(tool.verified ?? asOf) }
    }

    private mutating func consider(_ candidate: CalendarDate?) {
        guard let candidate, candidate.isValid else { return }
        if date.map({ candidate.text < $0.text }) ?? true { date = candidate }
    }
}

/// A count of assessed cells out of all cells.
public struct Coverage: Sendable, Hashable {
    /// Cells that hold a value.
    public var assessed: Int
    /// Every cell there could be.
    public var total: Int

    /// Creates a count.
    public init(assessed: Int, total: Int) {
        self.assessed = assessed
        self.total = total
    }

    /// The whole percentage assessed, rounded down so that it never claims more than is known;
    /// 100 for an empty count.
    public var percent: Int { total == 0 ? 100 : assessed * 100 / total }

    /// "31 of 40 cells assessed".
    public var sentence: String { "\(assessed) of \(total) cell\(total == 1 ? "" : "s") assessed" }
}
