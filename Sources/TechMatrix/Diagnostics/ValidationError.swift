/// A matrix or document was refused; ``problems`` lists every problem found, not only the
/// first, in document order.
public struct ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every problem found.
    public var problems: [Problem]

    /// Creates an error from the problems found.
    public init(problems: [Problem]) { self.problems = problems }

    /// One problem a line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
