/// One row (or column) of the comparison: what every tool is assessed on.
public struct Criterion: Sendable, Hashable {
    /// The identifier that tools' cells are keyed by.
    public var id: String
    /// The name shown in the table header or label cell, exactly as written.
    public var name: String
    /// An optional group; consecutive criteria of one group are shown under one group row.
    public var group: String?
    /// Optional prose explaining what is assessed.
    public var description: String?
    /// What shape of value a cell of this criterion holds.
    public var kind: Kind

    /// Creates a criterion; in matrix sources prefer ``Criterion/text(_:id:group:description:)``
    /// and its siblings, which give typed cells.
    public init(id: String, name: String, group: String? = nil, description: String? = nil, kind: Kind) {
        self.id = id
        self.name = name
        self.group = group
        self.description = description
        self.kind = kind
    }
}

extension Criterion {
    /// The shape of value a criterion's cells hold.
    public enum Kind: Sendable, Hashable {
        /// Free text.
        case text
        /// Yes, partial or no.
        case support
        /// A finite number, with an optional unit and an optional better direction.
        case number(unit: String?, better: Better?)
        /// A whole number from 0 to `scale` (1 to 10), with an optional better direction.
        case rating(scale: Int, better: Better?)

        /// The spec's name of the kind: `text`, `support`, `number` or `rating`.
        public var name: String {
            switch self {
            case .text: "text"
            case .support: "support"
            case .number: "number"
            case .rating: "rating"
            }
        }

        /// Which direction is better, for numbers and ratings.
        public var better: Better? {
            switch self {
            case .text, .support: nil
            case .number(_, let better), .rating(_, let better): better
            }
        }
    }

    /// Which end of a number or rating scale is the better one.
    public enum Better: String, Sendable, Hashable, CaseIterable {
        /// Smaller values are better (latency, cost).
        case lower
        /// Larger values are better (ratings, throughput).
        case higher
    }
}
