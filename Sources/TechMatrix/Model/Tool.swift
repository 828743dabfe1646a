/// One compared tool: the release it describes, when it was checked, its cells, pros and cons.
public struct Tool: Sendable, Hashable {
    /// The identifier, unique within the matrix.
    public var id: String
    /// The name shown in headers, exactly as written.
    public var name: String
    /// The project's home page, an absolute `http` or `https` URL.
    public var url: String?
    /// Optional prose about the tool.
    public var summary: String?
    /// The release the tool's cells describe, as the project names it (`1.25`, `v2.3.0`).
    public var version: String?
    /// When the tool's cells were last checked against their sources; a cell's own
    /// ``Cell/verified`` overrides it.
    public var verified: CalendarDate?
    /// Cells keyed by criterion id. A criterion with no cell is *not assessed*.
    public var cells: [String: Cell]
    /// What speaks for the tool, in display order.
    public var pros: [Remark]
    /// What speaks against the tool, in display order.
    public var cons: [Remark]
    /// What the DSL block that declared the tool cited; not part of the value.
    var declaration = Declaration()

    /// Creates a tool from its parts; in matrix sources prefer the DSL initialiser.
    public init(
        id: String, name: String, url: String? = nil, summary: String? = nil, version: String? = nil,
        verified: CalendarDate? = nil, cells: [String: Cell] = [:], pros: [Remark] = [], cons: [Remark] = []
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.summary = summary
        self.version = version
        self.verified = verified
        self.cells = cells
        self.pros = pros
        self.cons = cons
    }

    /// The cell for a criterion, or `nil` when the tool is not assessed on it.
    public subscript(criterion: Criterion) -> Cell? {
        cells[criterion.id]
    }
}
