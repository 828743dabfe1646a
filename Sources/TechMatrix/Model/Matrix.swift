/// One comparison: tools assessed against criteria, with the sources that back the facts.
///
/// A `Matrix` is a plain value. Build one with the DSL (see ``Matrix/init(_:id:asOf:content:)``)
/// or decode one from `techmatrix/v2` (or v1) JSON with ``MatrixDecoder``; both give equal values.
///
/// ```swift
/// let matrix = Matrix("Service meshes", asOf: "2025-03-31") {
///     Summary("Five meshes compared on the OpenTelemetry demo.")
///     rexed
///     dataPlane; latency
///     istio; linkerd
/// }
/// ```
public struct Matrix: Sendable, Hashable {
    /// The identifier, also the file name of the matrix in `output/`.
    public var id: String
    /// The human title shown as the page heading.
    public var title: String
    /// Optional prose shown under the title.
    public var summary: String?
    /// Optional prose: where the facts come from and what the states mean.
    public var methodology: String?
    /// The date the matrix as a whole was last reviewed.
    public var asOf: CalendarDate?
    /// After how many days a claim's verified date makes it stale, for the commands that
    /// check freshness; from 1 to 3650.
    public var staleAfterDays: Int?
    /// Every source the matrix cites, in display order.
    public var sources: [Source]
    /// The criteria in display order.
    public var criteria: [Criterion]
    /// The tools in display order.
    public var tools: [Tool]
    /// Decision profiles in display order.
    public var profiles: [Profile]
    /// An optional closing judgement.
    public var verdict: String?

    /// Creates a matrix from its parts; prefer the DSL initialiser in matrix sources.
    public init(
        id: String, title: String, summary: String? = nil, methodology: String? = nil,
        asOf: CalendarDate? = nil, staleAfterDays: Int? = nil, sources: [Source] = [],
        criteria: [Criterion], tools: [Tool], profiles: [Profile] = [], verdict: String? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.methodology = methodology
        self.asOf = asOf
        self.staleAfterDays = staleAfterDays
        self.sources = sources
        self.criteria = criteria
        self.tools = tools
        self.profiles = profiles
        self.verdict = verdict
    }
}

extension Matrix {
    /// The criterion with the given id, if the matrix declares one.
    public func criterion(withID id: String) -> Criterion? {
        criteria.first { $0.id == id }
    }

    /// The source with the given id, if the matrix declares one.
    public func source(withID id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// A claim's verified date: the cell's own, else its tool's, else the matrix's `asOf`.
    /// - Parameters:
    ///   - cell: The claim's cell, or `nil` for a pro or con.
    ///   - tool: The tool the claim is about.
    public func verifiedDate(of cell: Cell?, in tool: Tool) -> CalendarDate? {
        cell?.verified ?? tool.verified ?? asOf
    }
}
