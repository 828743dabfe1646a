/// Writes the criterion rows of a table whose columns are tools, visiting the cells a few rows
/// at a time, tool by tool, instead of row by row.
///
/// A tool keeps its cells (and the texts they point to) together in memory, so a row that
/// crosses thousands of tools touches a new place in memory for every cell, and by the next
/// row those places have left the cache: at 5,000 × 100 the row-by-row walk took half as long
/// again as the same cells written tool by tool. Here the cells of a block of rows are written
/// tool by tool: the first row of the block straight into the output, the others into
/// held-back buffers that follow it. The bytes are exactly those of the row-by-row walk as long
/// as what `start`, `cell` and `end` write depends only on their criterion and tool, not on the
/// order of the calls nor on what the buffer already holds (a held-back row's `start` runs
/// after every cell of its block).
///
/// The held-back rows take about 4 MB: a block has as many rows as fit, measured by the widest
/// row so far, and grows one doubling at a time from one row, so a table of wide rows holds few
/// or none back. A later row wider than any before can take a block to about twice that.
struct RowBlockWriter {
    /// At most this many rows are written together.
    static let maximumRows = 8
    /// About how many bytes the held-back rows may take; a block of wide rows is shorter.
    static let heldBackBudget = 4 << 20

    /// Rows held back behind the first row of a block; kept from one call to the next, so that
    /// a table whose groups each make a call grows them only once.
    private var held: [ByteBuffer] = []
    /// How many rows the next block takes; the first block is one row, which measures how
    /// wide a row is before any is held back, and each block is at most twice the last.
    private var blockSize = 1
    /// The widest row written so far, in bytes. Rows differ in width by their criterion's
    /// kind (an HTML support row carries a drawn mark in every cell), so blocks are sized by
    /// the widest, not the last.
    private var widestRow = 1
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
            // A new held-back row gets room for the widest row and a little more, so it seldom
            // grows (growing doubles, and holds the old and the new storage at once).
            while held.count < block.count - 1 { held.append(ByteBuffer(capacity: max(1 << 12, widestRow + widestRow / 8))) }
            for index in 0..<block.count - 1 { held[index].removeAll() }
            start(block[first], &output)
            let before = output.written
            for tool in 0..<toolCount {
                cell(block[first], tool, &output)
                for (index, criterion) in block.dropFirst().enumerated() { cell(criterion, tool, &held[index]) }
            }
            widestRow = max(widestRow, output.written - before)
            end(block[first], &output)
            for (index, criterion) in block.dropFirst().enumerated() {
                widestRow = max(widestRow, held[index].written)
                start(criterion, &output)
                output.append(held[index])
                end(criterion, &output)
            }
            // Blocks grow one doubling at a time, so that rows of every width have been seen
            // before many are held back; held-back rows a smaller block no longer needs are
            // let go.
            blockSize = max(1, min(Self.maximumRows, 2 * block.count, 1 + budget / widestRow))
            if held.count > blockSize - 1 { held.removeLast(held.count - (blockSize - 1)) }
            first += block.count
        }
    }
}
