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
    /// For number cells: whether the value is approximate or a bound. `nil` is exact.
    public var qualifier: Qualifier?
    /// For number cells: the upper end of a range `value`–`maximum`; greater than the value.
    public var maximum: Double?
    /// The release this cell describes, when it differs from its tool's ``Tool/version``.
    public var version: String?
    /// When this cell was last checked against its sources; overrides ``Tool/verified``.
    public var verified: CalendarDate?
    /// Whether the cited sources disagree about this cell; a disputed cell says how in its
    /// ``note`` and cites at least two sources.
    public var disputed: Bool

    /// Creates a cell.
    public init(
        _ value: Value, note: String? = nil, sources: [String] = [], qualifier: Qualifier? = nil,
        maximum: Double? = nil, version: String? = nil, verified: CalendarDate? = nil, disputed: Bool = false
    ) {
        self.value = value
        self.note = note
        self.sources = sources
        self.qualifier = qualifier
        self.maximum = maximum
        self.version = version
        self.verified = verified
        self.disputed = disputed
    }

    /// Whether the cell holds its value alone, which the format writes as a bare value.
    public var isBare: Bool {
        note == nil && sources.isEmpty && qualifier == nil && maximum == nil && version == nil
            && verified == nil && !disputed
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
