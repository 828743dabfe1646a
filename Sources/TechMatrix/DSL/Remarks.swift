/// Something that speaks for a tool; written inside a ``Tool`` block.
///
/// ```swift
/// Pro("Rich L7 traffic management", sources: rexed)
/// ```
public struct Pro: Sendable, Hashable {
    /// The pro as a model value.
    public var remark: Remark

    /// Creates a pro.
    /// - Parameters:
    ///   - text: One sentence, exactly as it should be shown.
    ///   - sources: The sources that back it.
    public init(_ text: String, sources: Source...) {
        remark = Remark(text, sources: sources.map(\.id))
    }
}

/// Something that speaks against a tool; written inside a ``Tool`` block.
///
/// ```swift
/// Con("Adds about 15 ms per call", sources: rexed)
/// ```
public struct Con: Sendable, Hashable {
    /// The con as a model value.
    public var remark: Remark

    /// Creates a con.
    /// - Parameters:
    ///   - text: One sentence, exactly as it should be shown.
    ///   - sources: The sources that back it.
    public init(_ text: String, sources: Source...) {
        remark = Remark(text, sources: sources.map(\.id))
    }
}
