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
    /// What speaks for the tool, in display order.
    public var pros: [Remark]
    /// What speaks against the tool, in display order.
    public var cons: [Remark]
    /// The criterion ids of the cells, one per cell and none twice; `cellValues[i]` is the
    /// cell for `cellIDs[i]`. Decoded tools hold them in the order the document lists them
    /// (almost always the criteria's order), so that walking a tool's cells beside the
    /// criteria finds each one at the next position instead of hashing its id. The order is
    /// not part of the value: ``==`` compares the cells as a map from id to cell.
    private(set) var cellIDs: [String] = []
    /// The cells, parallel to ``cellIDs``.
    private(set) var cellValues: [Cell] = []
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
        self.pros = pros
        self.cons = cons
        self.cells = cells
    }

    /// Cells keyed by criterion id. A criterion with no cell is *not assessed*.
    ///
    /// Reading or writing this map converts the tool's cells as a whole; to look up one cell,
    /// ``subscript(_:)`` is cheaper.
    public var cells: [String: Cell] {
        get { Dictionary(uniqueKeysWithValues: zip(cellIDs, cellValues)) }
        set {
            // Keep the order of the cells that stay, then add new ones by id.
            var ids: [String] = []
            var values: [Cell] = []
            ids.reserveCapacity(newValue.count)
            values.reserveCapacity(newValue.count)
            for id in cellIDs {
                if let cell = newValue[id] {
                    ids.append(id)
                    values.append(cell)
                }
            }
            if ids.count < newValue.count {
                let kept = Set(ids)
                for id in newValue.keys.filter({ !kept.contains($0) }).sorted() {
                    ids.append(id)
                    values.append(newValue[id]!)
                }
            }
            cellIDs = ids
            cellValues = values
        }
    }

    /// The cell for a criterion, or `nil` when the tool is not assessed on it.
    public subscript(criterion: Criterion) -> Cell? {
        cell(for: criterion.id)
    }

    /// The number of cells: the criteria the tool is assessed on.
    var cellCount: Int { cellIDs.count }

    /// The cell for a criterion id, or `nil`.
    func cell(for criterionID: String) -> Cell? {
        cellIndex(of: criterionID).map { cellValues[$0] }
    }

    /// The position of a criterion's cell in ``cellIDs``, or `nil`.
    func cellIndex(of criterionID: String) -> Int? {
        cellIDs.firstIndex(of: criterionID)
    }

    /// Sets the cell for a criterion, replacing and returning any cell it had.
    @discardableResult
    mutating func setCell(_ cell: consuming Cell, for criterionID: String) -> Cell? {
        if let index = cellIndex(of: criterionID) {
            let old = cellValues[index]
            cellValues[index] = cell
            return old
        }
        appendCell(cell, for: criterionID)
        return nil
    }

    /// Appends a cell for a criterion the tool has no cell for yet; the caller makes sure of
    /// that (the fast reader refuses a criterion that appears twice).
    mutating func appendCell(_ cell: consuming Cell, for criterionID: String) {
        cellIDs.append(criterionID)
        cellValues.append(cell)
    }

    /// Puts the cells in the order of `ranks` (one rank per cell, all different).
    mutating func sortCells(byRank ranks: [Int]) {
        let order = cellIDs.indices.sorted { ranks[$0] < ranks[$1] }
        cellIDs = order.map { cellIDs[$0] }
        cellValues = order.map { cellValues[$0] }
    }

    /// Sets the cells, in criterion order, from a reader's scratch arrays, each copied into
    /// storage of its own size: a reader that reserved room for every criterion would leave a
    /// tenth of it spare when a tenth of the cells are unassessed (3 MB with 5,000 tools).
    mutating func setCells(ids: [String], values: [Cell]) {
        cellIDs = Self.exactCopy(ids)
        cellValues = Self.exactCopy(values)
    }

    /// A copy of `elements` in storage of their own size (`Array(_:)` would share the storage).
    private static func exactCopy<Element>(_ elements: [Element]) -> [Element] {
        Array(unsafeUninitializedCapacity: elements.count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: elements)
        }
    }

    /// For each of `criterionIDs`, the position of its cell in ``cellValues``, or -1 when the
    /// tool is not assessed on it. Cells held in the criteria's order are found at the next
    /// position or a few beyond it, by comparing ids that are usually the very same strings;
    /// any other order falls back to `byID`.
    /// - Parameters:
    ///   - criterionIDs: The matrix's criterion ids in display order.
    ///   - byID: Each criterion id's first position in `criterionIDs`.
    ///   - positions: Receives one entry per criterion; written from `offset` on.
    func cellPositions(_ criterionIDs: [String], byID: [String: Int], into positions: inout [Int32], at offset: Int) {
        for index in criterionIDs.indices { positions[offset + index] = -1 }
        var next = 0
        let count = criterionIDs.count
        for (cellIndex, id) in cellIDs.enumerated() {
            var found = -1
            var probe = next
            let limit = min(count, next + 4)
            while probe < limit {
                if criterionIDs[probe] == id {
                    found = probe
                    break
                }
                probe += 1
            }
            if found < 0 { found = byID[id] ?? -1 }
            guard found >= 0 else { continue }
            if positions[offset + found] < 0 { positions[offset + found] = Int32(cellIndex) }
            next = found + 1
        }
    }

    /// Compares tools as values: cells as a map from criterion id to cell, in any order.
    public static func == (lhs: Tool, rhs: Tool) -> Bool {
        guard lhs.id == rhs.id, lhs.name == rhs.name, lhs.url == rhs.url, lhs.summary == rhs.summary,
            lhs.version == rhs.version, lhs.verified == rhs.verified, lhs.pros == rhs.pros, lhs.cons == rhs.cons,
            lhs.cellIDs.count == rhs.cellIDs.count
        else { return false }
        if lhs.cellIDs == rhs.cellIDs { return lhs.cellValues == rhs.cellValues }
        for (index, id) in lhs.cellIDs.enumerated() {
            guard let other = rhs.cellIndex(of: id), rhs.cellValues[other] == lhs.cellValues[index] else { return false }
        }
        return true
    }

    /// Hashes what ``==`` compares; the cells in an order-independent way, as a dictionary does.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(name)
        hasher.combine(url)
        hasher.combine(summary)
        hasher.combine(version)
        hasher.combine(verified)
        hasher.combine(pros)
        hasher.combine(cons)
        var cellsHash = 0
        for (index, id) in cellIDs.enumerated() {
            var cellHasher = Hasher()
            cellHasher.combine(id)
            cellHasher.combine(cellValues[index])
            cellsHash ^= cellHasher.finalize()
        }
        hasher.combine(cellIDs.count)
        hasher.combine(cellsHash)
    }
}
