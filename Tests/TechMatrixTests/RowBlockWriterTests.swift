import Testing

@testable import TechMatrix

/// ``RowBlockWriter`` visits cells a block of rows at a time, tool by tool; the bytes must be
/// those of writing each row across all its tools in turn.
@Suite("Rows written a block at a time read as rows written one by one")
struct RowBlockWriterTests {
    /// The row-by-row walk, written out plainly.
    static func rowByRow(_ criteria: [Int], toolCount: Int, cell: (Int, Int) -> String) -> String {
        var text = ""
        for criterion in criteria {
            text += "<r\(criterion)>"
            for tool in 0..<toolCount { text += cell(criterion, tool) }
            text += "</r>\n"
        }
        return text
    }

    static func blocked(_ criteria: [Int], toolCount: Int, budget: Int, cell: @escaping (Int, Int) -> String) -> (text: String, visits: [(Int, Int)]) {
        var output = ByteBuffer(capacity: 16)
        var visits: [(Int, Int)] = []
        var writer = RowBlockWriter(budget: budget)
        writer.write(rows: criteria, toolCount: toolCount, into: &output) { criterion, output in
            output.append("<r\(criterion)>")
        } cell: { criterion, tool, output in
            visits.append((criterion, tool))
            output.append(cell(criterion, tool))
        } end: { _, output in
            output.append("</r>\n")
        }
        return (output.string, visits)
    }

    @Test("Any number of rows and tools, narrow and wide cells, large and tiny budgets", arguments: [0, 1, 2, 3, 8, 9, 17, 40])
    func sameBytes(rowCount: Int) {
        let criteria = (0..<rowCount).map { $0 * 3 + 1 }
        for toolCount in [0, 1, 2, 7, 300] {
            for budget in [RowBlockWriter.heldBackBudget, 5_000, 1] {
                let cell: (Int, Int) -> String = { criterion, tool in
                    (criterion + tool) % 5 == 0 ? String(repeating: "é|", count: 40) : "[\(criterion),\(tool)]"
                }
                let (text, visits) = Self.blocked(criteria, toolCount: toolCount, budget: budget, cell: cell)
                #expect(text == Self.rowByRow(criteria, toolCount: toolCount, cell: cell), "\(rowCount) rows, \(toolCount) tools, budget \(budget)")
                // Every cell is written exactly once.
                #expect(visits.count == criteria.count * toolCount)
                #expect(Set(visits.map { "\($0.0),\($0.1)" }).count == visits.count)
            }
        }
    }

    @Test("One writer used for several runs of rows, as a table's groups use it, keeps each run's bytes")
    func severalRuns() {
        let runs = [[0, 1, 2], [3], [], [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], [15, 16]]
        let cell: (Int, Int) -> String = { criterion, tool in tool == 1 ? String(repeating: "w", count: criterion * 7) : "<\(criterion)>" }
        for budget in [RowBlockWriter.heldBackBudget, 150, 1] {
            var writer = RowBlockWriter(budget: budget)
            var output = ByteBuffer(capacity: 16)
            for run in runs {
                writer.write(rows: run, toolCount: 4, into: &output) { criterion, output in
                    output.append("<r\(criterion)>")
                } cell: { criterion, tool, output in
                    output.append(cell(criterion, tool))
                } end: { _, output in
                    output.append("</r>\n")
                }
            }
            #expect(output.string == Self.rowByRow(Array(0...16), toolCount: 4, cell: cell), "budget \(budget)")
        }
    }

    @Test("Cells are visited tool by tool within a block; blocks double from one row and shrink when rows are wide")
    func visitingOrder() {
        let criteria = Array(0..<20)
        /// The visits of blocks of these sizes, each tool by tool.
        func visits(_ sizes: [Int], toolCount: Int) -> [[Int]] {
            var visits: [[Int]] = [], first = 0
            for size in sizes {
                for tool in 0..<toolCount { for row in first..<first + size { visits.append([row, tool]) } }
                first += size
            }
            return visits
        }
        // Narrow rows: a first block of one row, which measures a row, then blocks that double
        // up to the maximum size.
        let narrow = Self.blocked(criteria, toolCount: 3, budget: RowBlockWriter.heldBackBudget) { _, _ in "x" }.visits
        #expect(RowBlockWriter.maximumRows == 8)
        #expect(narrow.map { [$0.0, $0.1] } == visits([1, 2, 4, 8, 5], toolCount: 3))
        // Rows of 30 bytes under a budget of 60: one row in the output and at most two held back.
        let wide = Self.blocked(criteria, toolCount: 3, budget: 60) { _, _ in String(repeating: "y", count: 10) }.visits
        #expect(wide.map { [$0.0, $0.1] } == visits([1, 2, 3, 3, 3, 3, 3, 2], toolCount: 3))
        // A wide row among narrow ones (row 4, held back in the third block) shrinks every
        // block after it to one row.
        let mixed = Self.blocked(criteria, toolCount: 3, budget: 60) { row, _ in row == 4 ? String(repeating: "w", count: 40) : "n" }.visits
        #expect(mixed.map { [$0.0, $0.1] } == visits([1, 2, 4] + Array(repeating: 1, count: 13), toolCount: 3))
        // A budget smaller than a row: one row at a time, as the plain walk.
        let single = Self.blocked(criteria, toolCount: 3, budget: 1) { _, _ in "zz" }.visits
        #expect(single.map(\.0) == criteria.flatMap { [$0, $0, $0] })
    }
}
