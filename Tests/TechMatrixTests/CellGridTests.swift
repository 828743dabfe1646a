import Testing

@testable import TechMatrix

/// The cell grid hands the table renderers their cells. A table cell is copied without the
/// note and sources it does not show, unless the cell has details; and the prefetch hints it
/// gives for tools ahead must be harmless at every edge of the grid.
@Suite("Cell grid: table cells keep what a table shows; prefetch hints are safe at the edges")
struct CellGridTests {
    /// Cells of every kind, with and without a note, sources and each detail, in a varied order
    /// and with gaps, so that positions differ from criterion indices.
    static func matrix(toolCount: Int) -> Matrix {
        let criteria = [
            Criterion(id: "text", name: "Text", kind: .text),
            Criterion(id: "support", name: "Support", kind: .support),
            Criterion(id: "number", name: "Number", kind: .number(unit: "ms", better: .lower)),
            Criterion(id: "rating", name: "Rating", kind: .rating(scale: 5, better: .higher)),
        ]
        let sources = [Source("One", id: "one"), Source("Two", id: "two")]
        let tools = (0..<toolCount).map { index in
            var cells: [String: Cell] = [:]
            let note: String? = index % 3 == 0 ? nil : "note \(index)"
            let cited = index % 2 == 0 ? [] : ["one", "two"]
            if index % 5 != 4 { cells["text"] = Cell(.text("text \(index)"), note: note, sources: cited) }
            cells["support"] = Cell(.support(Support.allCases[index % Support.allCases.count]), note: note, disputed: index % 7 == 3)
            if index % 4 != 1 {
                cells["number"] = Cell(
                    .number(Double(index) + 0.5), sources: cited, qualifier: index % 6 == 2 ? .about : nil,
                    maximum: index % 8 == 5 ? Double(index) + 9 : nil, version: index % 9 == 7 ? "2.\(index)" : nil)
            }
            cells["rating"] = Cell(.rating(index % 6), note: note, verified: index % 10 == 6 ? CalendarDate("2026-11-0\(index % 9 + 1)") : nil)
            return Tool(id: "t\(index)", name: "T\(index)", cells: cells)
        }
        return Matrix(id: "m", title: "M", sources: sources, criteria: criteria, tools: tools)
    }

    @Test("A table cell is the whole cell when it has details, else its value alone", arguments: [CellGrid.Layout.criterionMajor, .toolMajor])
    func tableCells(layout: CellGrid.Layout) {
        let matrix = Self.matrix(toolCount: 60)
        let grid = CellGrid(matrix, layout: layout)
        var bare = 0, detailed = 0, dropped = 0
        for (toolIndex, tool) in matrix.tools.enumerated() {
            for (criterionIndex, criterion) in matrix.criteria.enumerated() {
                let position = grid.position(criterionIndex, toolIndex)
                guard let original = tool.cells[criterion.id] else {
                    #expect(position == -1)
                    continue
                }
                let cell = grid.tableCell(tool: toolIndex, position)
                if original.hasDetails {
                    #expect(cell == original)
                    detailed += 1
                } else {
                    #expect(cell == Cell(original.value))
                    bare += 1
                    if original.note != nil || !original.sources.isEmpty { dropped += 1 }
                }
                // Whatever is kept, a table shows the same thing for it.
                #expect(Presentation.text(of: cell, criterion: criterion, plain: false) == Presentation.text(of: original, criterion: criterion, plain: false))
                #expect(Presentation.annotation(of: cell, in: tool) == Presentation.annotation(of: original, in: tool))
                #expect(cell.verified == original.verified)
            }
        }
        // The matrix exercises both branches, and bare cells that had a note or sources to drop.
        #expect(bare > 20 && detailed > 20 && dropped > 20)
    }

    @Test("Prefetch hints past the last tool, for cells not assessed and on empty grids do nothing", arguments: [0, 1, 7, 8, 9, 17])
    func prefetchEdges(toolCount: Int) {
        let matrix = Self.matrix(toolCount: toolCount)
        for layout in [CellGrid.Layout.criterionMajor, .toolMajor] {
            let grid = CellGrid(matrix, layout: layout)
            for criterionIndex in matrix.criteria.indices {
                for toolIndex in 0..<toolCount + 20 { grid.prefetch(criterionIndex, toolIndex) }
            }
            // The grid still answers as before.
            for toolIndex in 0..<toolCount {
                for (criterionIndex, criterion) in matrix.criteria.enumerated() {
                    #expect(grid.cell(criterionIndex, toolIndex) == matrix.tools[toolIndex].cells[criterion.id])
                }
            }
        }
        let presentation = Presentation(matrix, plain: false, orientation: .toolsAsColumns)
        for number in -CellGrid.toolsAhead...presentation.footnoteCount + 20 { presentation.prefetchFootnote(after: number) }
    }
}
