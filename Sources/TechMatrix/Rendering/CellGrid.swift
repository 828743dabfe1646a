/// The one way renderers read a matrix's cells: by criterion and tool position, in display
/// order. It records where each cell sits in its tool's ``Tool/cellValues`` (tool-major,
/// 4 bytes a pair) and copies no cell, so a renderer borrows each cell from its tool.
struct CellGrid {
    let matrix: Matrix
    /// `positions[tool * criteria + criterion]`, -1 for *not assessed*.
    private var positions: [Int32]
    private let criterionCount: Int

    init(_ matrix: Matrix) {
        self.matrix = matrix
        let ids = matrix.criteria.map(\.id)
        var byID: [String: Int] = [:]
        for (index, id) in ids.enumerated() where byID[id] == nil { byID[id] = index }
        criterionCount = ids.count
        positions = Array(repeating: -1, count: ids.count * matrix.tools.count)
        for (toolIndex, tool) in matrix.tools.enumerated() {
            tool.cellPositions(ids, byID: byID, into: &positions, at: toolIndex * ids.count)
        }
    }

    /// The cell of a tool for a criterion, by position; `nil` is not assessed.
    func cell(_ criterionIndex: Int, _ toolIndex: Int) -> Cell? {
        let position = self.position(criterionIndex, toolIndex)
        return position < 0 ? nil : matrix.tools[toolIndex].cellValues[position]
    }

    /// Where a tool's cell for a criterion sits in its ``Tool/cellValues``, or -1 for *not
    /// assessed*. Renderers pass `matrix.tools[tool].cellValues[position]` straight on, which
    /// borrows the cell instead of copying it.
    func position(_ criterionIndex: Int, _ toolIndex: Int) -> Int {
        Int(positions[toolIndex * criterionCount + criterionIndex])
    }
}
