/// A pro or a con: one sentence with the sources that back it.
public struct Remark: Sendable, Hashable {
    /// The sentence, exactly as written.
    public var text: String
    /// Ids of the matrix sources that back it.
    public var sources: [String]

    /// Creates a remark.
    public init(_ text: String, sources: [String] = []) {
        self.text = text
        self.sources = sources
    }
}
