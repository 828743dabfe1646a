/// Writes the criterion rows of a table whose columns are tools, visiting the cells a few rows
/// at a time, tool by tool, instead of row by row.
///
/// A tool keeps its cells (and the texts they point to) together in memory, so a row that
/// crosses thousands of tools touches a new place in memory for every cell, and by the next
/// row those places have left the cache: at 5,000 × 100 the row-by-row walk took half as long
/// again as the same cells written tool by tool. Here the cells of a block of rows are
/// written tool by tool: the first row of the block straight into the output, the others into
/// held-back buffers that follow it. The bytes are exactly those of the row-by-row walk, as
/// long as writing a cell depends only on its criterion and tool.
struct RowBlockWriter {
    /// At most this many rows are written together.
    static let maximumRows = 8
    /// About how many bytes the held-back rows may take; a block of wide rows is shorter.
    static let heldBackBudget = 8 << 20

    /// Rows held back behind the first row of a block; kept from one call to the next, so that
    /// a table whose groups each make a call grows them only once.
    private var held: [ByteBuffer] = []
    /// How many rows the next block takes; the first block is two rows, which measures how
    /// wide a row is.
    private var blockSize = 2
    /// About how many bytes the held-back rows may take.
    private let budget: Int

    /// - Parameter budget: The ``heldBackBudget``, given only by tests.
    init(budget: Int = heldBackBudget) {
        self.budget = budget
    }

    /// Writes each row: `start(criterion)`, then `cell(criterion, tool)` for every tool in
    /// order, then `end(criterion)`; rows in the order of `criteria`.
    mutating func write(
        rows criteria: [Int], toolCount: Int, into output: inout ByteBuffer, start: (Int, inout ByteBuffer) -> Void,
        cell: (Int, Int, inout ByteBuffer) -> Void, end: (Int, inout ByteBuffer) -> Void
    ) {
        var first = 0
        while first < criteria.count {
            let block = criteria[first..<min(first + blockSize, criteria.count)]
            while held.count < block.count - 1 { held.append(ByteBuffer(capacity: 1 << 12)) }
            for index in 0..<block.count - 1 { held[index].removeAll() }
            start(block[first], &output)
            let before = output.count
            for tool in 0..<toolCount {
                cell(block[first], tool, &output)
                for (index, criterion) in block.dropFirst().enumerated() { cell(criterion, tool, &held[index]) }
            }
            end(block[first], &output)
            for (index, criterion) in block.dropFirst().enumerated() {
                start(criterion, &output)
                output.append(held[index])
                end(criterion, &output)
            }
            // Rows are about as wide as the first one's cells; a streaming output may have sent
            // part of it, so the held-back rows measure it when there are any.
            let rowBytes = block.count > 1 ? held[0].count : max(output.count - before, 1)
            blockSize = max(1, min(Self.maximumRows, 1 + budget / max(rowBytes, 1)))
            first += block.count
        }
    }
}
