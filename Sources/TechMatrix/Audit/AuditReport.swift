/// The audit of one matrix: how much of it is known, how old it is, and every finding.
struct AuditReport: Sendable, Hashable {
    /// Where the staleness threshold came from.
    enum ThresholdOrigin: String, Sendable, Hashable {
        /// The matrix's own `staleAfterDays`.
        case matrix
        /// The command's `--max-age`.
        case option
        /// The built-in default of ``Matrix/defaultStaleAfterDays`` days.
        case `default`
    }

    /// Assessed cells of one tool or one criterion.
    struct CoverageRow: Sendable, Hashable {
        /// The tool's or criterion's id.
        var id: String
        /// The tool's or criterion's name, as written.
        var name: String
        /// Its cells.
        var coverage: Coverage
    }

    /// The matrix's id.
    var matrixID: String
    /// The matrix's title.
    var title: String
    /// The day staleness is counted back from.
    var today: CalendarDate
    /// The matrix's `asOf` date.
    var asOf: CalendarDate?
    /// A claim older than this many days is stale.
    var staleAfterDays: Int
    /// Where ``staleAfterDays`` came from.
    var thresholdOrigin: ThresholdOrigin
    /// Assessed cells out of all cells.
    var coverage: Coverage
    /// Per tool, in display order.
    var toolCoverage: [CoverageRow]
    /// Per criterion, in display order.
    var criterionCoverage: [CoverageRow]
    /// The earliest verified date of any claim.
    var oldestVerified: CalendarDate?
    /// Every finding, errors first, then in document order.
    var findings: [AuditFinding]

    /// The number of findings of a severity.
    func count(_ severity: AuditFinding.Severity) -> Int {
        findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// The rows with the fewest assessed cells, emptiest first, at most `limit`, leaving out
    /// complete ones.
    static func emptiest(_ rows: [CoverageRow], limit: Int = 3) -> [CoverageRow] {
        let incomplete = rows.enumerated().filter { $0.element.coverage.assessed < $0.element.coverage.total }
        let sorted = incomplete.sorted {
            let (left, right) = ($0.element.coverage, $1.element.coverage)
            // Compare assessed / total as fractions without rounding; ties keep display order.
            let (a, b) = (left.assessed * right.total, right.assessed * left.total)
            return a != b ? a < b : $0.offset < $1.offset
        }
        return sorted.prefix(limit).map(\.element)
    }
}
