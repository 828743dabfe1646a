import Testing

@testable import TechMatrix

/// The presentation numbers footnotes with a table that holds one line at a time and keeps
/// each footnote as what it was made from. These tests check it against a plain dictionary
/// model written here, on lines long enough to make the table grow several times.
@Suite("Footnote numbering: shared on a line, never across lines, first reference as owner")
struct FootnoteNumberingTests {
    /// One criterion row per `rows` entry; tool `t` of row `r` gets note `notes[r][t]` (nil: no note).
    static func matrix(_ rows: [[String?]], toolCount: Int) -> Matrix {
        let criteria = rows.indices.map { Criterion(id: "c\($0)", name: "C\($0)", kind: .text) }
        let tools = (0..<toolCount).map { toolIndex in
            var cells: [String: Cell] = [:]
            for (row, notes) in rows.enumerated() {
                cells["c\(row)"] = Cell(.text("x"), note: notes[toolIndex])
            }
            return Tool(id: "t\(toolIndex)", name: "T\(toolIndex)", cells: cells)
        }
        return Matrix(id: "m", title: "M", criteria: criteria, tools: tools)
    }

    @Test("3,000 cells on one row with 700 distinct notes get 700 footnotes, numbered in first-use order; a second row with the same notes gets its own")
    func longLines() {
        let toolCount = 3000
        let row: [String?] = (0..<toolCount).map { $0 % 11 == 5 ? nil : "note \(($0 * 7919) % 700)" }
        let matrix = Self.matrix([row, row], toolCount: toolCount)
        let presentation = Presentation(matrix, plain: false, orientation: .toolsAsColumns)
        // The model: per row, a dictionary from note to number, numbers counting up from 1.
        var expected: [[Int?]] = []
        var next = 1
        for notes in [row, row] {
            var seen: [String: Int] = [:]
            expected.append(
                notes.map { note in
                    guard let note else { return nil }
                    if let number = seen[note] { return number }
                    seen[note] = next
                    next += 1
                    return next - 1
                })
        }
        #expect(presentation.footnoteCount == next - 1)
        #expect(presentation.footnoteCount == 1400)
        for criterion in 0..<2 {
            let numbers = (0..<toolCount).map { presentation.entry(criterion, $0).footnote }
            #expect(numbers == expected[criterion])
        }
        // Labels run 1a, 1b, … in number order on each row; the owner is the first cell citing it.
        #expect(presentation.footnoteLabel(1) == "1a")
        #expect(presentation.footnoteLabel(700) == Presentation.label(.row(0), 699))
        #expect(presentation.footnoteLabel(701) == "2a")
        for number in 1...presentation.footnoteCount {
            let criterion = number <= 700 ? 0 : 1
            let firstTool = expected[criterion].firstIndex(of: number)!
            #expect(presentation.footnoteOwner(number) == .cell(criterion: criterion, tool: firstTool))
            #expect(presentation.footnote(number).note == row[firstTool])
            #expect(presentation.footnote(number).line == .row(criterion))
        }
    }

    @Test("With tools as rows, each tool's row numbers its own notes, and its pros' sources follow on their own line")
    func toolsAsRows() {
        let rows: [[String?]] = [["a", "b", "a"], ["a", "a", "c"], ["b", nil, "c"]]
        var matrix = Self.matrix(rows, toolCount: 3)
        matrix.sources = [Source("S", id: "s", url: "https://example.org/")]
        matrix.tools[1].pros = [Remark("Fast", sources: ["s"]), Remark("Small", sources: ["s"])]
        let presentation = Presentation(matrix, plain: false, orientation: .toolsAsRows)
        // Tool 0 reads a, a, b down its criteria; tool 1 b, a, (none); tool 2 a, c, c.
        let numbers = (0..<3).map { tool in (0..<3).map { presentation.entry($0, tool).footnote } }
        #expect(numbers == [[1, 1, 2], [3, 4, nil], [5, 6, 6]])
        #expect(presentation.footnoteOwner(2) == .cell(criterion: 2, tool: 0))
        #expect(presentation.footnoteOwner(6) == .cell(criterion: 1, tool: 2))
        // The two pros cite the same source: one footnote, owned by the first.
        let pros = presentation.remarkLists(1).first { $0.kind == .pros }!
        #expect(pros.items.map(\.footnote) == [7, 7])
        #expect(presentation.footnoteOwner(7) == .remark(.pros, tool: 1, index: 0))
        #expect(presentation.footnoteLabel(7) == "P2a")
        #expect(presentation.footnote(7).sources == ["s"])
        #expect(presentation.footnote(7).note == nil)
    }

    @Test("A description shown as a footnote is shared by a cell of its row that says the same, and owns it")
    func descriptionShared() {
        let criterion = Criterion(id: "c", name: "C", description: "Same words.", kind: .text)
        let tools = ["Same words.", "Other words."].enumerated().map { index, note in
            Tool(id: "t\(index)", name: "T\(index)", cells: ["c": Cell(.text("x"), note: note)])
        }
        let matrix = Matrix(id: "m", title: "M", criteria: [criterion], tools: tools)
        let presentation = Presentation(matrix, plain: false, descriptionsAsFootnotes: true, orientation: .toolsAsColumns)
        #expect(presentation.labelFootnote(0) == 1)
        #expect(presentation.entry(0, 0).footnote == 1)
        #expect(presentation.entry(0, 1).footnote == 2)
        #expect(presentation.footnoteOwner(1) == .description(criterion: 0))
        // In HTML the description is not a footnote, so the cell owns its note there and is
        // the back-link's target.
        let html = Renderer().render(matrix, as: .html)
        #expect(html.contains("id=\"m--ref-c0-0\""))
        #expect(html.contains("href=\"#m--ref-c0-0\""))
    }
}

@Suite("ByteHasher")
struct ByteHasherTests {
    static func hash(_ parts: [String]) -> UInt64 {
        var hasher = ByteHasher()
        for part in parts { hasher.combine(part) }
        return hasher.value
    }

    @Test("Equal bytes hash alike, whether the string is small, native or bridged from a substring")
    func equalBytes() {
        let long = String(repeating: "abcdefgh", count: 20) + "é"
        let fromSubstring = String(("x" + long).dropFirst())
        #expect(Self.hash([long]) == Self.hash([fromSubstring]))
        #expect(Self.hash(["short"]) == Self.hash([String("short")]))
    }

    @Test("Moving the boundary between two strings changes the hash, as does every prefix length")
    func boundaries() {
        #expect(Self.hash(["ab", "c"]) != Self.hash(["a", "bc"]))
        #expect(Self.hash(["", "abc"]) != Self.hash(["abc", ""]))
        let text = "The quick brown fox jumps over the lazy dog, 0123456789."
        let hashes = (0...text.utf8.count).map { Self.hash([String(text.prefix($0))]) }
        #expect(Set(hashes).count == hashes.count)
    }

    @Test("20,000 distinct strings of 0 to 40 bytes get 20,000 distinct hashes")
    func distinct() {
        var generator = Mulberry32(seed: 7)
        var texts = Set<String>()
        while texts.count < 20_000 {
            let length = Int(generator.nextUInt32() % 41)
            texts.insert(String((0..<length).map { _ in Character(UnicodeScalar(UInt8(97 + generator.nextUInt32() % 4))) }))
        }
        #expect(Set(texts.map { Self.hash([$0]) }).count == texts.count)
    }
}
