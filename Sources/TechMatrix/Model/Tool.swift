/// One compared tool: its assessed cells, pros and cons.
public struct Tool: Sendable, Hashable {
    /// The identifier, unique within the matrix.
    public var id: String
    /// The name shown in headers, exactly as written.
    public var name: String
    /// The project's home page, an absolute `http` or `https` URL.
    public var url: String?
    /// Optional prose about the tool.
    public var summary: String?
    /// Cells keyed by criterion id. A criterion with no cell is *not assessed*.
    public var cells: [String: Cell]
    /// What speaks for the tool, in display order.
    public var pros: [Remark]
    /// What speaks against the tool, in display order.
    public var cons: [Remark]
    /// Criterion ids a DSL block assessed more than once; validation reports them. Always
    /// empty for decoded tools, since JSON refuses a repeated member.
    var repeatedCriteria: [String] = []

    /// Creates a tool from its parts; in matrix sources prefer the DSL initialiser.
    public init(
        id: String, name: String, url: String? = nil, summary: String? = nil,
        cells: [String: Cell] = [:], pros: [Remark] = [], cons: [Remark] = []
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.summary = summary
        self.cells = cells
        self.pros = pros
        self.cons = cons
    }

    /// The cell for a criterion, or `nil` when the tool is not assessed on it.
    public subscript(criterion: Criterion) -> Cell? {
        cells[criterion.id]
    }
}
