/// One assessed fact: a tool's value for a criterion, with an optional note and sources.
///
/// A missing cell means *not assessed*, which is different from ``Support/no``.
public struct Cell: Sendable, Hashable {
    /// The value; its shape must fit the criterion's kind.
    public var value: Value
    /// An optional remark shown as a footnote.
    public var note: String?
    /// Ids of the matrix sources that back the value.
    public var sources: [String]

    /// Creates a cell.
    public init(_ value: Value, note: String? = nil, sources: [String] = []) {
        self.value = value
        self.note = note
        self.sources = sources
    }
}

extension Cell {
    /// A cell's value, one case per criterion kind.
    public enum Value: Sendable, Hashable {
        /// Free text, for a `text` criterion.
        case text(String)
        /// Yes, partial or no, for a `support` criterion.
        case support(Support)
        /// A finite number, for a `number` criterion.
        case number(Double)
        /// A whole number from 0 to the scale, for a `rating` criterion.
        case rating(Int)
    }
}
