/// One comparison: tools assessed against criteria, with the sources that back the facts.
///
/// A `Matrix` is a plain value. Build one with the DSL (see ``Matrix/init(_:id:asOf:content:)``)
/// or decode one from `techmatrix/v1` JSON with ``MatrixDecoder``; both give equal values.
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
    /// The date the facts were last checked.
    public var asOf: CalendarDate?
    /// Every source the matrix cites, in display order.
    public var sources: [Source]
    /// The criteria in display order.
    public var criteria: [Criterion]
    /// The tools in display order.
    public var tools: [Tool]
    /// An optional closing judgement.
    public var verdict: String?

    /// Creates a matrix from its parts; prefer the DSL initialiser in matrix sources.
    public init(
        id: String, title: String, summary: String? = nil, asOf: CalendarDate? = nil,
        sources: [Source] = [], criteria: [Criterion], tools: [Tool], verdict: String? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.asOf = asOf
        self.sources = sources
        self.criteria = criteria
        self.tools = tools
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
}
