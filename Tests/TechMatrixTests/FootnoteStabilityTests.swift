import BuiltinMatrices
import Testing

@testable import TechMatrix

/// A change to one note or citation changes a bounded number of lines in the Markdown and
/// HTML renderings, so that a matrix's history in git shows what changed and nothing else.
/// Counts come from a longest-common-subsequence line diff of the committed built-in
/// service-mesh matrix before and after the edit.
@Suite("Footnote labels stay put when one note changes")
struct FootnoteStabilityTests {
    static let meshes = BuiltinMatrices.all.first { $0.id == "service-meshes" }!

    /// `(removed, added)` lines between two texts, by a longest common subsequence of lines.
    static func changedLines(_ old: String, _ new: String) -> (removed: Int, added: Int) {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        var previous = Array(repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        let common = previous[b.count]
        return (a.count - common, b.count - common)
    }

    /// The matrix with `edit` applied to the cell of `tool` for `criterion` (both by name).
    static func editing(_ matrix: Matrix, tool toolName: String, criterion criterionName: String, _ edit: (inout Cell) -> Void) -> Matrix {
        var matrix = matrix
        let toolIndex = matrix.tools.firstIndex { $0.name == toolName }!
        let criterionID = matrix.criteria.first { $0.name == criterionName }!.id
        var cell = matrix.tools[toolIndex].cell(for: criterionID)!
        edit(&cell)
        _ = matrix.tools[toolIndex].setCell(cell, for: criterionID)
        return matrix
    }

    static func renderings(_ matrix: Matrix, _ options: RenderOptions = RenderOptions()) -> [(String, String)] {
        [("md", Renderer(options: options).render(matrix, as: .markdown)), ("html", Renderer(options: options).render(matrix, as: .html))]
    }

    @Test("Adding a note to the first cell changes its note's line alone, in Markdown and HTML")
    func noteOnFirstCell() {
        let edited = Self.editing(Self.meshes, tool: "Istio (sidecar mode)", criterion: "Data-plane model") { $0.note = "A note added by the test." }
        for ((format, before), (_, after)) in zip(Self.renderings(Self.meshes), Self.renderings(edited)) {
            // The cell keeps its label (1a), so the table is untouched; only the note's text changes.
            let changed = Self.changedLines(before, after)
            #expect(changed.removed == 1 && changed.added == 1, "\(format): \(changed)")
            #expect(after.contains("A note added by the test."))
        }
    }

    @Test("With tools as rows, likewise only the note's line changes")
    func noteWithToolsAsRows() {
        let edited = Self.editing(Self.meshes, tool: "Kuma", criterion: "Retries") { $0.note = "A note added by the test." }
        let options = RenderOptions(orientation: .toolsAsRows)
        for ((format, before), (_, after)) in zip(Self.renderings(Self.meshes, options), Self.renderings(edited, options)) {
            let changed = Self.changedLines(before, after)
            #expect(changed.removed == 1 && changed.added == 1, "\(format): \(changed)")
        }
    }

    @Test("A note on a cell whose footnote its row shares adds one note and relabels only that row's later notes")
    func noteOnSharedFootnote() {
        // Linkerd's and Kuma's effort cells cite the same write-up with nothing else: one label.
        let edited = Self.editing(Self.meshes, tool: "Linkerd", criterion: "Install and configuration effort") { $0.note = "A note added by the test." }
        for ((format, before), (_, after)) in zip(Self.renderings(Self.meshes), Self.renderings(edited)) {
            let changed = Self.changedLines(before, after)
            // The row's line changes; its one note becomes two (one rewritten, one added).
            #expect(changed.removed == 2 && changed.added == 3, "\(format): \(changed)")
        }
    }

    @Test("Adding a citation to a pro changes the pro's line and its tool's own notes only")
    func citationOnPro() {
        var edited = Self.meshes
        let index = edited.tools.firstIndex { $0.name == "Linkerd" }!
        #expect(edited.tools[index].pros.count >= 1 && edited.tools[index].pros[0].sources.count == 1)
        edited.tools[index].pros[0].sources.append(edited.sources.last!.id)
        for ((format, before), (_, after)) in zip(Self.renderings(Self.meshes), Self.renderings(edited)) {
            // Linkerd's first pro gets a footnote of its own, so its cons that shared P3a with
            // it move to P3d and P3e: four con lines, and the notes P3a and P3d rewritten with
            // P3e added. Nothing outside Linkerd's pros, cons and notes.
            let changed = Self.changedLines(before, after)
            #expect(changed.removed == 6 && changed.added == 7, "\(format): \(changed)")
            let otherTools = edited.tools.filter { $0.name != "Linkerd" }
            // No other tool's pro and con markers move.
            for tool in otherTools {
                for remark in tool.pros + tool.cons {
                    let line = before.split(separator: "\n").first { $0.contains(remark.text) }
                    if let line { #expect(after.contains(line), "\(format): \(line)") }
                }
            }
        }
    }

    @Test("Labels: a line's number and letters, H for the header row, P for a tool's pros and cons")
    func labels() {
        #expect(Presentation.label(.row(0), 0) == "1a")
        #expect(Presentation.label(.row(11), 1) == "12b")
        #expect(Presentation.label(.row(2), 25) == "3z")
        #expect(Presentation.label(.row(2), 26) == "3aa")
        #expect(Presentation.label(.row(2), 27) == "3ab")
        #expect(Presentation.label(.row(2), 26 + 26 * 26) == "3aaa")
        #expect(Presentation.label(.header, 0) == "Ha")
        #expect(Presentation.label(.remarks(1), 2) == "P2c")
    }

    @Test("Labels past one letter: 26 × 27 + 1 footnotes on one line end at zz and aaa")
    func longLabels() {
        #expect(Presentation.label(.row(0), 26 + 26 * 26 - 1) == "1zz")
        #expect(Presentation.label(.row(0), 51) == "1az")
        #expect(Presentation.label(.row(0), 52) == "1ba")
        #expect(Presentation.label(.remarks(9), 26 + 26 * 26 + 26 * 26 * 26) == "P10aaaa")
    }

    @Test("Notes identical only up to Unicode normal form keep their own footnotes, each with its own bytes")
    func normalFormsStayApart() {
        let composed = "caf\u{E9} demo.", decomposed = "cafe\u{301} demo."
        let criterion = Criterion(id: "c", name: "C", kind: .text)
        let tools = [composed, decomposed, composed].enumerated().map { index, note in
            Tool(id: "t\(index)", name: "T\(index)", cells: ["c": Cell(.text("x"), note: note)])
        }
        let matrix = Matrix(id: "m", title: "M", criteria: [criterion], tools: tools)
        let markdown = Renderer().render(matrix, as: .markdown)
        #expect(markdown.contains("| x<sup>1a</sup> | x<sup>1b</sup> | x<sup>1a</sup> |"), "\(markdown)")
        let notes = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("- **1") }
        #expect(notes.count == 2)
        #expect(Array(notes[0].utf8) == Array(("- **1a** " + composed).utf8))
        #expect(Array(notes[1].utf8) == Array(("- **1b** " + decomposed).utf8))
    }
}
