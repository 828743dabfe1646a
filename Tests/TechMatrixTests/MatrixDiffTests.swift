import Testing

@testable import TechMatrix

@Suite("Semantic diff of two matrix revisions")
struct MatrixDiffTests {
    static let talk = Source("Talk", id: "talk")
    static let old = Matrix(
        id: "m", title: "Meshes", summary: "Old summary", asOf: "2025-01-01",
        sources: [talk, Source("Gone", id: "gone"), Source("Docs", id: "docs", url: "https://a.example")],
        criteria: [
            Criterion(id: "a", name: "A", kind: .text),
            Criterion(id: "b", name: "B", kind: .support),
            Criterion(id: "c", name: "C", kind: .number(unit: "ms", better: .lower)),
            Criterion(id: "d", name: "D", kind: .text),
        ],
        tools: [
            Tool(
                id: "x", name: "X", cells: ["a": Cell(.text("one")), "b": Cell(.support(.yes)), "c": Cell(.number(15), sources: ["talk"])],
                pros: [Remark("Fast")], cons: [Remark("Heavy")]),
            Tool(id: "y", name: "Y", cells: ["d": Cell(.text("dropped"))]),
            Tool(id: "z", name: "Z"),
        ],
        verdict: "Old verdict")

    static let new = Matrix(
        id: "m", title: "Service meshes", summary: "Old summary", asOf: "2025-02-01",
        sources: [talk, Source("Docs", id: "docs", url: "https://b.example"), Source("New", id: "new")],
        criteria: [
            Criterion(id: "b", name: "B", kind: .support),
            Criterion(id: "a", name: "A renamed", group: "G", kind: .text),
            Criterion(id: "c", name: "C", kind: .number(unit: "ms", better: .lower)),
            Criterion(id: "e", name: "E", kind: .rating(scale: 5, better: .higher)),
        ],
        tools: [
            Tool(id: "z", name: "Z"),
            Tool(
                id: "x", name: "X2", url: "https://x.example",
                cells: ["a": Cell(.text("one")), "c": Cell(.number(12), note: "rerun", sources: ["talk"]), "e": Cell(.rating(4))],
                pros: [Remark("Fast"), Remark("Small")], cons: []),
            Tool(id: "w", name: "W"),
        ],
        verdict: nil)

    @Test("Every kind of change is reported, keyed by id, in a stable order")
    func everyKind() {
        let diff = MatrixDiff(old: Self.old, new: Self.new)
        #expect(
            diff.changes == [
                .metadata(field: "title", old: "Meshes", new: "Service meshes"),
                .metadata(field: "asOf", old: "2025-01-01", new: "2025-02-01"),
                .metadata(field: "verdict", old: "Old verdict", new: nil),
                .sourceAdded(Source("New", id: "new")),
                .sourceRemoved(Source("Gone", id: "gone")),
                .sourceChanged(id: "docs", field: "url", old: "https://a.example", new: "https://b.example"),
                .criterionAdded(Criterion(id: "e", name: "E", kind: .rating(scale: 5, better: .higher))),
                .criterionRemoved(Criterion(id: "d", name: "D", kind: .text)),
                .criterionRenamed(id: "a", old: "A", new: "A renamed"),
                .criterionChanged(id: "a", field: "group", old: nil, new: "G"),
                .criterionMoved(id: "a", from: 0, to: 1),
                .toolAdded(Tool(id: "w", name: "W")),
                .toolRemoved(Tool(id: "y", name: "Y", cells: ["d": Cell(.text("dropped"))])),
                .toolRenamed(id: "x", old: "X", new: "X2"),
                .toolChanged(id: "x", field: "url", old: nil, new: "https://x.example"),
                .toolMoved(id: "x", from: 0, to: 1),
                .cellChanged(tool: "x", criterion: "b", old: Cell(.support(.yes)), new: nil),
                .cellChanged(tool: "x", criterion: "c", old: Cell(.number(15), sources: ["talk"]), new: Cell(.number(12), note: "rerun", sources: ["talk"])),
                .cellChanged(tool: "x", criterion: "e", old: nil, new: Cell(.rating(4))),
                .proAdded(tool: "x", Remark("Small")),
                .conRemoved(tool: "x", Remark("Heavy")),
            ])
    }

    @Test("Equal revisions have no changes")
    func equal() {
        #expect(MatrixDiff(old: Self.old, new: Self.old).isEmpty)
        #expect(MatrixDiff(old: Self.old, new: Self.old).text() == "m: no changes\n")
    }

    @Test("Inserting a tool moves nothing else")
    func insertionIsNotAMove() {
        var new = Self.old
        new.tools.insert(Tool(id: "first", name: "First"), at: 0)
        #expect(MatrixDiff(old: Self.old, new: new).changes == [.toolAdded(Tool(id: "first", name: "First"))])
    }

    @Test("The terminal listing shows old → new with units, notes and sources")
    func text() {
        var new = Self.old
        new.tools[0].cells["c"] = Cell(.number(12), note: "rerun", sources: ["talk"])
        new.tools[0].cells["b"] = nil
        #expect(
            MatrixDiff(old: Self.old, new: new).text() == """
                m: 2 changes
                  ~ X / B: ✅ Yes → not assessed
                  ~ X / C: 15 ms [sources: talk] → 12 ms [note: "rerun"; sources: talk]

                """)
    }

    @Test("The Markdown listing is a table whose user text is escaped")
    func markdown() {
        var new = Self.old
        new.tools[0].name = "X | *new*"
        #expect(
            MatrixDiff(old: Self.old, new: new).markdown() == """
                ### Changes to Meshes

                | Change | Where | Old | New |
                | --- | --- | --- | --- |
                | renamed | tool x | "X" | "X \\| \\*new\\*" |

                """)
    }

    @Test("The JSON listing is canonical and names each change's type")
    func json() throws {
        var new = Self.old
        new.tools[0].cells["c"] = nil
        let json = MatrixDiff(old: Self.old, new: new).json()
        let parsed = try JSONParser.parse(Array(json.utf8))
        guard case .object(let members) = parsed else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["changes", "equal", "new", "old"])
        #expect(json.contains(#""type": "cellChanged""#))
        #expect(json.contains(#""new": null"#))
    }

    @Test("An added tool is listed with its values, and rows are labelled by display name, in text and Markdown")
    func addedToolAndNames() {
        var new = Self.old
        new.tools.append(Tool(id: "k", name: "Kuma mesh", cells: ["b": Cell(.support(.partial)), "c": Cell(.number(3), qualifier: .about), "a": Cell(.text("sidecar"))]))
        new.tools[0].cells["c"] = Cell(.number(12), sources: ["talk"])
        let text = MatrixDiff(old: Self.old, new: new).text()
        #expect(
            text == """
                m: 2 changes
                  + tool Kuma mesh: "Kuma mesh"; A: "sidecar"; B: ◐ Partial; C: ≈ 3 ms
                  ~ X / C: 15 ms [sources: talk] → 12 ms [sources: talk]

                """)
        let markdown = MatrixDiff(old: Self.old, new: new).markdown()
        #expect(markdown.contains("| X / C |"), "\(markdown)")
        #expect(markdown.contains("Kuma mesh"), "\(markdown)")
        #expect(!markdown.contains("| x / c |"))
    }
}
