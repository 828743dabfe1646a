/// One assessed fact: a tool's value for a criterion, with how sure it is, which release it
/// describes, when it was checked and who said it.
///
/// A missing cell means *not assessed*, which is different from ``Support/no``.
public struct Cell: Sendable, Hashable {
    /// The value; its shape must fit the criterion's kind.
    public var value: Value
    /// An optional remark shown as a footnote.
    public var note: String?
    /// Ids of the matrix sources that back the value.
    public var sources: [String]
    /// The members most cells leave out, held apart so that a cell stays small and cheap to
    /// copy; `nil` when all of them are at their defaults.
    private var details: Details?

    /// Creates a cell.
    public init(
        _ value: Value, note: String? = nil, sources: [String] = [], qualifier: Qualifier? = nil,
        maximum: Double? = nil, version: String? = nil, verified: CalendarDate? = nil, disputed: Bool = false
    ) {
        self.value = value
        self.note = note
        self.sources = sources
        details = Details.make(qualifier: qualifier, maximum: maximum, version: version, verified: verified, disputed: disputed)
    }

    /// For number cells: whether the value is approximate or a bound. `nil` is exact.
    public var qualifier: Qualifier? {
        get { details?.qualifier }
        set { update(qualifier: newValue) }
    }
    /// For number cells: the upper end of a range `value`–`maximum`; greater than the value.
    public var maximum: Double? {
        get { details?.maximum }
        set { update(maximum: newValue) }
    }
    /// The release this cell describes, when it differs from its tool's ``Tool/version``.
    public var version: String? {
        get { details?.version }
        set { update(version: newValue) }
    }
    /// When this cell was last checked against its sources; overrides ``Tool/verified``.
    public var verified: CalendarDate? {
        get { details?.verified }
        set { update(verified: newValue) }
    }
    /// Whether the cited sources disagree about this cell; a disputed cell says how in its
    /// ``note`` and cites at least two sources.
    public var disputed: Bool {
        get { details?.disputed ?? false }
        set { update(disputed: newValue) }
    }

    /// Whether the cell has any of ``qualifier``, ``maximum``, ``version``, ``verified`` or
    /// ``disputed``; most cells have none, and checks of them can be skipped.
    var hasDetails: Bool { details != nil }

    /// Whether the cell holds its value alone, which the format writes as a bare value.
    public var isBare: Bool {
        note == nil && sources.isEmpty && details == nil
    }

    /// Replaces the details with one member changed.
    private mutating func update(
        qualifier: Qualifier?? = nil, maximum: Double?? = nil, version: String?? = nil, verified: CalendarDate?? = nil, disputed: Bool? = nil
    ) {
        details = Details.make(
            qualifier: qualifier ?? self.qualifier, maximum: maximum ?? self.maximum, version: version ?? self.version,
            verified: verified ?? self.verified, disputed: disputed ?? self.disputed)
    }

    /// The members a cell seldom has. Immutable, so cells that share one never see each
    /// other's changes; compared and hashed by content.
    private final class Details: Sendable, Hashable {
        let qualifier: Qualifier?
        let maximum: Double?
        let version: String?
        let verified: CalendarDate?
        let disputed: Bool

        private init(qualifier: Qualifier?, maximum: Double?, version: String?, verified: CalendarDate?, disputed: Bool) {
            self.qualifier = qualifier
            self.maximum = maximum
            self.version = version
            self.verified = verified
            self.disputed = disputed
        }

        /// The details, or `nil` when every member is at its default (so that equal cells
        /// hold equal `details`).
        static func make(qualifier: Qualifier?, maximum: Double?, version: String?, verified: CalendarDate?, disputed: Bool) -> Details? {
            if qualifier == nil, maximum == nil, version == nil, verified == nil, !disputed { return nil }
            return Details(qualifier: qualifier, maximum: maximum, version: version, verified: verified, disputed: disputed)
        }

        static func == (lhs: Details, rhs: Details) -> Bool {
            lhs.qualifier == rhs.qualifier && lhs.maximum == rhs.maximum && lhs.version == rhs.version && lhs.verified == rhs.verified
                && lhs.disputed == rhs.disputed
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(qualifier)
            hasher.combine(maximum)
            hasher.combine(version)
            hasher.combine(verified)
            hasher.combine(disputed)
        }
    }
}

extension Cell {
    /// A cell's value, one case per criterion kind.
    public enum Value: Sendable, Hashable {
        /// Free text, for a `text` criterion.
        case text(String)
        /// Yes, partial, preview or no, for a `support` criterion.
        case support(Support)
        /// A finite number, for a `number` criterion.
        case number(Double)
        /// A whole number from 0 to the scale, for a `rating` criterion.
        case rating(Int)
    }

    /// How a number cell's value is meant: approximately, or as a bound.
    public enum Qualifier: String, Sendable, Hashable, CaseIterable {
        /// About the value: "about 15 ms".
        case about
        /// The value is an upper bound: "up to 10 ms".
        case atMost = "at-most"
        /// The value is a lower bound: "at least 3".
        case atLeast = "at-least"
    }

    /// The interval a number or rating cell stands for when values are compared: exact and
    /// `about` values are points, a range is `[value, maximum]`, `at-most v` is `(-∞, v]` and
    /// `at-least v` is `[v, +∞)`. `nil` for text and support cells.
    public var interval: ClosedRange<Double>? {
        switch value {
        case .rating(let rating): return Double(rating)...Double(rating)
        case .number(let number):
            switch qualifier {
            case .atMost: return -Double.infinity...number
            case .atLeast: return number...Double.infinity
            case .about, nil:
                if let maximum, maximum >= number { return number...maximum }
                return number...number
            }
        case .text, .support: return nil
        }
    }
}

extension Cell.Value {
    /// The value as a phrase for messages: `the string "fast"`, `support value "yes"`,
    /// `the number 15`, `the rating 3`.
    var phrase: String {
        switch self {
        case .text(let text): "the string " + Quoting.quoted(text)
        case .support(let support): "support value \"\(support.rawValue)\""
        case .number(let number): "the number " + NumberFormatting.json(number)
        case .rating(let rating): "the rating \(rating)"
        }
    }
}
