/// One thing an audit found in a matrix: what kind it is, how serious, where, and a message
/// that names tools and criteria as the matrix writes them.
struct AuditFinding: Sendable, Hashable {
    /// What was found. The raw values are the stable names of the JSON report.
    enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A `verified`, `published` or `accessed` date later than the matrix's `asOf`.
        case dateAfterAsOf = "date-after-as-of"
        /// An assessed cell that cites no source.
        case unsourcedCell = "unsourced-cell"
        /// A pro or con that cites no source.
        case unsourcedRemark = "unsourced-remark"
        /// Claims whose verified date is older than the staleness threshold.
        case staleClaim = "stale-claim"
        /// Claims with no verified date at all: no cell, tool or `asOf` date.
        case unverifiedClaim = "unverified-claim"
        /// A source that no cell, pro or con cites, directly or through `reports`.
        case uncitedSource = "uncited-source"
        /// A source with neither a URL nor an event: a reader cannot find it.
        case sourceWithoutLocation = "source-without-location"
        /// A web source (one with a URL) without the date it was read.
        case webSourceWithoutAccessed = "web-source-without-accessed"
        /// A tool that does not say which release its cells describe.
        case toolWithoutVersion = "tool-without-version"
        /// A profile requirement that most tools cannot be judged on: their cells are not assessed.
        case unjudgeableRequirement = "unjudgeable-requirement"
        /// Claims whose only sources report on other sources (second-hand).
        case secondHandClaim = "second-hand-claim"
        /// A cell whose sources disagree.
        case disputedCell = "disputed-cell"
        /// A cited source published longer ago than the staleness threshold.
        case oldSource = "old-source"

        /// How serious this kind of finding is.
        var severity: Severity {
            switch self {
            case .dateAfterAsOf, .unsourcedCell, .unsourcedRemark: .error
            case .staleClaim, .unverifiedClaim, .uncitedSource, .sourceWithoutLocation, .webSourceWithoutAccessed,
                .toolWithoutVersion, .unjudgeableRequirement:
                .warning
            case .secondHandClaim, .disputedCell, .oldSource: .info
            }
        }
    }

    /// How serious a finding is: errors contradict the matrix's own claims of evidence,
    /// warnings ask for work, information is for the reader to weigh.
    enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Something the matrix claims that its own data contradicts, or a claim without evidence.
        case error
        /// Something to review: old, unverified, unfindable or unused.
        case warning
        /// Something a reader should know when weighing the matrix.
        case info

        /// Errors first, then warnings, then information.
        static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// What was found.
    var kind: Kind
    /// Where in the `techmatrix/v2` document: `tools[2].values.latency`.
    var path: JSONPath
    /// What is wrong, naming tools, criteria and sources as written.
    var message: String

    /// How serious the finding is; follows from its kind.
    var severity: Severity { kind.severity }

    /// Creates a finding.
    init(_ kind: Kind, at path: JSONPath, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }
}
