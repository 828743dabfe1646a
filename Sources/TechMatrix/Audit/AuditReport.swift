/// The audit of one matrix: how much of it is known, how old it is, and every finding.
public struct AuditReport: Sendable, Hashable {
    /// Where the staleness threshold came from.
    public enum ThresholdOrigin: String, Sendable, Hashable {
        /// The matrix's own `staleAfterDays`.
        case matrix
        /// The command's `--max-age`.
        case option
        /// The built-in default of ``Matrix/defaultStaleAfterDays`` days.
        case `default`
    }

    /// Assessed cells of one tool or one criterion.
    public struct CoverageRow: Sendable, Hashable {
        /// The tool's or criterion's id.
        public var id: String
        /// The tool's or criterion's name, as written.
        public var name: String
        /// Its cells.
        public var coverage: Coverage
    }

    /// The matrix's id.
    public var matrixID: String
    /// The matrix's title.
    public var title: String
    /// The day staleness is counted back from.
    public var today: CalendarDate
    /// The matrix's `asOf` date.
    public var asOf: CalendarDate?
    /// A claim older than this many days is stale.
    public var staleAfterDays: Int
    /// Where ``staleAfterDays`` came from.
    public var thresholdOrigin: ThresholdOrigin
    /// Assessed cells out of all cells.
    public var coverage: Coverage
    /// Per tool, in display order.
    public var toolCoverage: [CoverageRow]
    /// Per criterion, in display order.
    public var criterionCoverage: [CoverageRow]
    /// The earliest verified date of any claim.
    public var oldestVerified: CalendarDate?
    /// Every finding, errors first, then in document order.
    public var findings: [AuditFinding]

    /// The number of findings of a severity.
    public func count(_ severity: AuditFinding.Severity) -> Int {
        findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// The rows with the fewest assessed cells, emptiest first, at most `limit`, leaving out
    /// complete ones.
    public static func emptiest(_ rows: [CoverageRow], limit: Int = 3) -> [CoverageRow] {
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
