/// The one way renderers read a matrix's cells: by criterion and tool position, in display
/// order. It records where each cell sits in its tool's ``Tool/cellValues`` (4 bytes a pair)
/// and copies no cell, so a renderer borrows each cell from its tool.
///
/// The positions are laid out in the order the renderer walks the table: criterion-major when
/// each row is a criterion across all tools, tool-major when each row is a tool. A row of
/// 20,000 tools then reads its positions and the tools' cell arrays one after the other,
/// instead of one cache line of each per cell.
struct CellGrid {
    /// Which index changes fastest as the renderer walks the cells.
    enum Layout {
        /// Rows are criteria: the tools of one criterion are side by side.
        case criterionMajor
        /// Rows are tools: the criteria of one tool are side by side.
        case toolMajor
    }

    /// Each tool's cells, side by side, so that a row does not read every tool's whole record.
    private let columns: [[Cell]]
    /// `positions[criterion * criterionStride + tool * toolStride]`, -1 for *not assessed*.
    private var positions: [Int32]
    private let criterionStride: Int
    private let toolStride: Int

    init(_ matrix: Matrix, layout: Layout = .toolMajor) {
        columns = matrix.tools.map(\.cellValues)
        let ids = matrix.criteria.map(\.id)
        var byID: [String: Int] = [:]
        for (index, id) in ids.enumerated() where byID[id] == nil { byID[id] = index }
        let toolCount = matrix.tools.count
        positions = Array(repeating: -1, count: ids.count * toolCount)
        switch layout {
        case .toolMajor:
            criterionStride = 1
            toolStride = ids.count
            for (toolIndex, tool) in matrix.tools.enumerated() {
                tool.cellPositions(ids, byID: byID, into: &positions, at: toolIndex * ids.count)
            }
        case .criterionMajor:
            criterionStride = toolCount
            toolStride = 1
            var toolPositions = Array(repeating: Int32(-1), count: ids.count)
            for (toolIndex, tool) in matrix.tools.enumerated() {
                tool.cellPositions(ids, byID: byID, into: &toolPositions, at: 0)
                for criterionIndex in ids.indices { positions[criterionIndex * toolCount + toolIndex] = toolPositions[criterionIndex] }
            }
        }
    }

    /// The tool's cell for the criterion, borrowed from the tool; `nil` when not assessed.
    func cell(_ criterionIndex: Int, _ toolIndex: Int) -> Cell? {
        let position = self.position(criterionIndex, toolIndex)
        return position < 0 ? nil : columns[toolIndex][position]
    }

    /// The tool's cells, as its ``Tool/cellValues``. Renderers pass
    /// `grid.cells(ofTool: tool)[position]` straight on, which borrows the cell instead of
    /// copying it.
    func cells(ofTool toolIndex: Int) -> [Cell] { columns[toolIndex] }

    /// Where the tool's cell for the criterion is in its ``Tool/cellValues``, or -1 for *not
    /// assessed*.
    func position(_ criterionIndex: Int, _ toolIndex: Int) -> Int {
        Int(positions[criterionIndex * criterionStride + toolIndex * toolStride])
    }
}
