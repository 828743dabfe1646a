internal import CacheHints

/// The one way renderers read a matrix's cells: by criterion and tool position, in display
/// order. It records where each cell sits in its tool's ``Tool/cellValues`` (4 bytes a pair)
/// and keeps no copy of the cells: a renderer reads each cell from its tool's array.
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
    /// Where each tool's cells lie in memory, for ``prefetch(_:_:)`` alone. A prefetch is a hint
    /// that never faults and never changes a result, so these are never read through; and
    /// ``columns`` holds the arrays, unchanged, for as long as the grid lives.
    private let cellAddresses: [Int]
    /// `positions[criterion * criterionStride + tool * toolStride]`, -1 for *not assessed*.
    private var positions: [Int32]
    private let criterionStride: Int
    private let toolStride: Int

    init(_ matrix: Matrix, layout: Layout = .toolMajor) {
        columns = matrix.tools.map(\.cellValues)
        cellAddresses = columns.map { cells in cells.withUnsafeBytes { Int(bitPattern: $0.baseAddress) } }
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

    /// The tool's cells, as its ``Tool/cellValues``, for a walk that reads a few of them in a row.
    func cells(ofTool toolIndex: Int) -> [Cell] { columns[toolIndex] }

    /// The tool's cell at `position` in its cells, as a table cell shows it: without its note
    /// and sources, which the table shows as a footnote mark (see ``Presentation/marks(_:_:)``).
    /// Copying a whole cell retains its note and sources too, each an atomic write to memory
    /// that is rarely in the cache, and for most cells the note and sources are all there is
    /// beside the value; so a cell without details is copied as its value alone.
    func tableCell(tool toolIndex: Int, _ position: Int) -> Cell {
        let cells = columns[toolIndex]
        return cells[position].hasDetails ? cells[position] : Cell(cells[position].value)
    }

    /// How many tools ahead a walk of one criterion across the tools asks for cells.
    static let toolsAhead = 8
    /// How many tools ahead a walk of a block of criteria (up to ``RowBlockWriter/maximumRows``
    /// cells of each tool, side by side) asks for them: fewer tools, about as many cells.
    static let toolsAheadInBlocks = 4

    /// Asks the processor to start loading the tool's cell for the criterion into the cache,
    /// with its tool's array header, which reading the cell checks. A table that walks a
    /// criterion across many tools meets every cell in a new place; asking a few tools ahead
    /// (``toolsAhead``) overlaps those waits instead of taking them one after another.
    @inline(__always)
    func prefetch(_ criterionIndex: Int, _ toolIndex: Int) {
        guard toolIndex < cellAddresses.count else { return }
        let position = self.position(criterionIndex, toolIndex)
        guard position >= 0 else { return }
        let base = cellAddresses[toolIndex]
        techmatrix_prefetch(UnsafeRawPointer(bitPattern: base &- 16))
        techmatrix_prefetch(UnsafeRawPointer(bitPattern: base &+ position &* MemoryLayout<Cell>.stride))
        techmatrix_prefetch(UnsafeRawPointer(bitPattern: base &+ (position &+ 1) &* MemoryLayout<Cell>.stride &- 1))
    }

    /// ``prefetch(_:_:)`` for each of a block's criteria, for the tool ``toolsAheadInBlocks``
    /// after `toolIndex`.
    @inline(__always)
    func prefetch(_ block: some Sequence<Int>, aheadOf toolIndex: Int) {
        for criterionIndex in block { prefetch(criterionIndex, toolIndex + Self.toolsAheadInBlocks) }
    }

    /// Where the tool's cell for the criterion is in its ``Tool/cellValues``, or -1 for *not
    /// assessed*.
    func position(_ criterionIndex: Int, _ toolIndex: Int) -> Int {
        Int(positions[criterionIndex * criterionStride + toolIndex * toolStride])
    }
}
