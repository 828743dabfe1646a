/// A tool's cell for one criterion, as written inside a ``Tool`` block by calling a typed
/// criterion: `latency(15, sources: rexed)`.
public struct Assessment: Sendable, Hashable {
    /// The id of the assessed criterion.
    public var criterionID: String
    /// The value with its note and sources.
    public var cell: Cell
    /// The criterion and the sources as declared, so that a matrix can list them.
    var criterion: Criterion
    var cited: [Source]

    init(_ criterion: Criterion, _ cell: Cell, cited: [Source]) {
        criterionID = criterion.id
        self.cell = cell
        self.criterion = criterion
        self.cited = cited
    }

    /// The assessment the typed criteria's common arguments describe.
    init(
        _ criterion: Criterion, _ value: Cell.Value, quantity: Quantity? = nil, note: String?, version: String?,
        verified: CalendarDate?, disputed: Bool, sources: [Source]
    ) {
        let cell = Cell(
            value, note: note, sources: sources.map(\.id), qualifier: quantity?.qualifier, maximum: quantity?.maximum,
            version: version, verified: verified, disputed: disputed)
        self.init(criterion, cell, cited: sources)
    }
}
