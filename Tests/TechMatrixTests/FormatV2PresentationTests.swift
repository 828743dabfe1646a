import BuiltinMatrices
import TechMatrixTestSupport
import Testing

@testable import TechMatrix

/// How v2 values are shown and compared, and how the diff reports v2 members.
@Suite("Format v2: best values by interval, qualified text, and diffs of every new member")
struct FormatV2PresentationTests {
    static let latency = Criterion(id: "latency", name: "Latency", kind: .number(unit: "ms", better: .lower))
    static let throughput = Criterion(id: "rps", name: "Throughput", kind: .number(unit: nil, better: .higher))

    static func best(_ cells: [Cell?], criterion: Criterion = latency) -> [Bool] {
        let tools = cells.enumerated().map { index, cell in
            Tool(id: "t\(index)", name: "T\(index)", cells: cell.map { ["\(criterion.id)": $0] } ?? [:])
        }
        let matrix = Matrix(id: "m", title: "M", criteria: [criterion], tools: tools)
        let presentation = Presentation(matrix, plain: false)
        return tools.indices.map { presentation.entry(0, $0).isBest }
    }

    @Test("Best values follow the interval rule: never a lone value, never a bound beside an equal bound")
    func bestByInterval() {
        #expect(Self.best([Cell(.number(5)), nil]) == [false, false], "one assessed value is never best")
        #expect(Self.best([Cell(.number(5)), Cell(.number(5))]) == [false, false], "all equal: none is best")
        #expect(Self.best([Cell(.number(5)), Cell(.number(9))]) == [true, false])
        #expect(Self.best([Cell(.number(10), qualifier: .atMost), Cell(.number(10), qualifier: .atMost)]) == [false, false])
        #expect(Self.best([Cell(.number(10), qualifier: .atMost), Cell(.number(12))]) == [true, false], "(-∞, 10] is below 12")
        #expect(Self.best([Cell(.number(10), qualifier: .atMost), Cell(.number(8))]) == [false, false], "(-∞, 10] straddles 8")
        #expect(Self.best([Cell(.number(2), maximum: 5), Cell(.number(5))]) == [true, false], "[2, 5] is nowhere worse than 5; 5 is worse than 2")
        #expect(Self.best([Cell(.number(2), maximum: 6), Cell(.number(5))]) == [false, false], "[2, 6] overlaps 5")
        #expect(Self.best([Cell(.number(15), qualifier: .about), Cell(.number(20))]) == [true, false], "about v is the point v")
        #expect(Self.best([Cell(.number(100), qualifier: .atLeast), Cell(.number(50))], criterion: Self.throughput) == [true, false])
    }

    @Test(
        "Qualified numbers, ranges and preview read as a person would write them",
        arguments: [
            (Cell(.number(15), qualifier: .about), "≈ 15 ms", "about 15 ms"),
            (Cell(.number(10), qualifier: .atMost), "≤ 10 ms", "up to 10 ms"),
            (Cell(.number(3), qualifier: .atLeast), "≥ 3 ms", "at least 3 ms"),
            (Cell(.number(10), maximum: 20), "10–20 ms", "10 to 20 ms"),
            (Cell(.number(10), qualifier: .about, maximum: 20), "≈ 10–20 ms", "about 10 to 20 ms"),
        ])
    func qualifiedText(cell: Cell, symbols: String, words: String) {
        #expect(Presentation.text(of: cell, criterion: Self.latency, plain: false) == symbols)
        #expect(Presentation.text(of: cell, criterion: Self.latency, plain: true) == words)
    }

    @Test("Preview has its own mark; a cell's other release and a dispute are said beside the value")
    func previewAndAnnotations() {
        #expect(Presentation.supportLabel(.preview, plain: false) == "◇ Preview")
        #expect(Presentation.supportLabel(.preview, plain: true) == "Preview")
        let tool = Tool(id: "t", name: "Istio", version: "1.25")
        #expect(Presentation.annotation(of: Cell(.support(.yes), version: "1.24", disputed: true), in: tool) == "(in 1.24; disputed)")
        #expect(Presentation.annotation(of: Cell(.support(.yes), version: "1.25"), in: tool) == nil, "same release as the tool")
        #expect(Presentation.toolLabel(tool) == "Istio · 1.25")
    }

    @Test("The diff reports a change of every v2 member")
    func diffOfEveryMember() {
        let source = Source("Talk", id: "talk")
        let old = Matrix(
            id: "m", title: "M", sources: [source, Source("Post", id: "post")],
            criteria: [Self.latency], tools: [Tool(id: "t", name: "T", cells: ["latency": Cell(.number(15))])])
        var new = old
        new.methodology = "How."
        new.staleAfterDays = 180
        new.sources[1].accessed = "2025-04-02"
        new.sources[1].reports = "talk"
        new.tools[0].version = "1.25"
        new.tools[0].verified = "2025-04-02"
        new.tools[0].cells["latency"] = Cell(.number(15), note: "n", sources: ["talk", "post"], qualifier: .about, maximum: 20, version: "1.24", verified: "2025-04-01", disputed: true)
        new.profiles = [Profile(id: "p", name: "P", weights: ["latency": 2])]
        let lines = MatrixDiff(old: old, new: new).text()
        for expected in [
            #"~ methodology: (none) → "How.""#, #"~ staleAfterDays: (none) → "180""#,
            #"~ source post accessed: (none) → "2025-04-02""#, #"~ source post reports: (none) → "talk""#,
            #"~ tool T version: (none) → "1.25""#, #"~ tool T verified: (none) → "2025-04-02""#,
            #"~ T / Latency: 15 ms → ≈ 15–20 ms [note: "n"; sources: talk, post; version: "1.24"; verified: 2025-04-01; disputed]"#,
            #"+ profile p: "P""#,
        ] {
            #expect(lines.contains(expected), "missing: \(expected)\n\(lines)")
        }
        var renamed = new
        renamed.profiles[0].weights["latency"] = 3
        renamed.profiles[0].requirements["latency"] = .atMost(10)
        let profileLines = MatrixDiff(old: new, new: renamed).text()
        #expect(profileLines.contains(#"~ profile p require: (none) → "latency: {\"atMost\": 10}""#), "\(profileLines)")
        #expect(profileLines.contains(#"~ profile p weights: "latency: 2" → "latency: 3""#), "\(profileLines)")
    }

    @Test("A tool's remark lists: pros before cons, an empty list left out, each remark with the footnote of its sources")
    func remarkLists() {
        let source = Source("Write-up", id: "w", url: "https://example.org/w")
        let tools = [
            Tool(id: "a", name: "A", pros: [Remark("fast", sources: ["w"]), Remark("small")], cons: [Remark("young", sources: ["w"])]),
            Tool(id: "b", name: "B", cons: [Remark("slow")]),
            Tool(id: "c", name: "C"),
        ]
        let matrix = Matrix(id: "m", title: "M", sources: [source], criteria: [Self.latency], tools: tools)
        let presentation = Presentation(matrix, plain: false)
        let first = presentation.remarkLists(0)
        #expect(first.map(\.kind) == [.pros, .cons])
        #expect(first.map(\.kind.title) == ["Pros", "Cons"])
        #expect(first[0].items.map(\.remark.text) == ["fast", "small"])
        let fast = first[0].items[0].footnote
        #expect(fast != nil)
        #expect(first[0].items[1].footnote == nil)
        #expect(first[1].items[0].footnote == fast, "the same sources on one tool's remarks share a footnote")
        #expect(presentation.footnoteLabel(fast!) == "P1a")
        #expect(presentation.remarkLists(1).map(\.kind) == [.cons])
        #expect(presentation.remarkLists(2).isEmpty)
        #expect(Presentation(matrix, plain: false, remarks: false).remarkLists(0).isEmpty)
    }

    @Test("The freshness line counted from the grid says what the model's coverage and oldest date say")
    func freshnessAgreesWithTheModel() throws {
        let generated = (0..<200).map { MatrixGenerator.matrix(seed: $0) }.filter { $0.problems().isEmpty }
        #expect(generated.count > 100)
        for matrix in BuiltinMatrices.all + generated {
            var expected = matrix.coverage.sentence
            if let oldest = matrix.oldestVerifiedDate { expected += "; the oldest claim was verified on " + oldest.text }
            #expect(Presentation(matrix, plain: false).freshness == expected + ".", "\(matrix.id)")
        }
    }
}
