/// What speaks for a tool, written inside a ``Tool`` block.
///
/// ```swift
/// Pro("Rich L7 traffic management", sources: rexed)
/// ```
public struct Pro: Sendable, Hashable {
    /// The model value.
    public var remark: Remark
    var cited: [Source]

    /// Creates a pro.
    /// - Parameters:
    ///   - text: One sentence, exactly as shown.
    ///   - sources: The sources that back it; without them the tool's `citing:` applies.
    public init(_ text: String, sources: Source...) {
        remark = Remark(text, sources: sources.map(\.id))
        cited = sources
    }
}

/// What speaks against a tool, written inside a ``Tool`` block.
///
/// ```swift
/// Con("Adds about 15 ms per request", sources: rexed)
/// ```
public struct Con: Sendable, Hashable {
    /// The model value.
    public var remark: Remark
    var cited: [Source]

    /// Creates a con.
    /// - Parameters:
    ///   - text: One sentence, exactly as shown.
    ///   - sources: The sources that back it; without them the tool's `citing:` applies.
    public init(_ text: String, sources: Source...) {
        remark = Remark(text, sources: sources.map(\.id))
        cited = sources
    }
}
