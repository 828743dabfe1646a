import Testing

@testable import TechMatrix

@Suite("The DSL builds plain model values")
struct DSLTests {
    static let talk = Source("A talk", id: "talk")
    static let latency = Criterion.number("Added latency", unit: "ms", better: .lower, group: "Performance")
    static let mtls = Criterion.support("mTLS", group: "Security")
    static let notes = Criterion.text("Notes")

    enum Flavour { case sidecar, ambient }

    static func mesh(_ flavour: Flavour, measured: Double?, extras: [String]) -> Tool {
        Tool("Istio \(flavour)") {
            if let measured { latency(measured, note: "demo", sources: talk) }
            switch flavour {
            case .sidecar: mtls(.yes)
            case .ambient: mtls(.partial, note: "ztunnel")
            }
            if extras.isEmpty { notes("none") } else { notes(extras.joined(separator: ", ")) }
            for extra in extras { Pro(extra) }
            Con("Complex", sources: talk)
        }
    }

    @Test("if let, switch, if/else and for work inside a tool block")
    func controlFlow() {
        let tool = Self.mesh(.ambient, measured: 3, extras: ["a", "b"])
        #expect(
            tool
                == Tool(
                    id: "istio-ambient", name: "Istio ambient",
                    cells: [
                        "added-latency": Cell(.number(3), note: "demo", sources: ["talk"]),
                        "mtls": Cell(.support(.partial), note: "ztunnel"),
                        "notes": Cell(.text("a, b")),
                    ],
                    pros: [Remark("a"), Remark("b")], cons: [Remark("Complex", sources: ["talk"])]))
        let bare = Self.mesh(.sidecar, measured: nil, extras: [])
        #expect(bare.cells["added-latency"] == nil)
        #expect(bare.cells["notes"] == Cell(.text("none")))
        #expect(bare.pros.isEmpty)
    }

    @Test("A matrix block collects summary, sources, criteria, tools and verdict in order")
    func matrixBlock() {
        let tools = [Self.mesh(.sidecar, measured: 15, extras: []), Self.mesh(.ambient, measured: 3, extras: ["x"])]
        let includeNotes = true
        let matrix = Matrix("Service meshes", asOf: "2025-03-31") {
            Summary("First paragraph.")
            Summary("Second paragraph.")
            Self.talk
            Self.latency
            Self.mtls
            if includeNotes { Self.notes }
            tools
            Verdict("It depends.")
        }
        #expect(matrix.id == "service-meshes")
        #expect(matrix.summary == "First paragraph.\n\nSecond paragraph.")
        #expect(matrix.criteria.map(\.id) == ["added-latency", "mtls", "notes"])
        #expect(matrix.tools.map(\.id) == ["istio-sidecar", "istio-ambient"])
        #expect(matrix.verdict == "It depends.")
        #expect(matrix.problems() == [])
    }

    @Test("Two builds of the same declarations are equal values")
    func equality() {
        #expect(Self.mesh(.sidecar, measured: 15, extras: ["a"]) == Self.mesh(.sidecar, measured: 15, extras: ["a"]))
        #expect(Self.mesh(.sidecar, measured: 15, extras: ["a"]) != Self.mesh(.sidecar, measured: 16, extras: ["a"]))
    }

    @Test("A DSL matrix and the same matrix decoded from JSON are equal")
    func dslEqualsDecoded() throws {
        let matrix = Matrix("Service meshes") {
            Self.talk
            Self.latency
            Self.mtls
            Self.notes
            Self.mesh(.sidecar, measured: 15, extras: ["Rich"])
        }
        let decoded = try MatrixDecoder().decode(MatrixEncoder().encode(matrix))
        #expect(decoded == matrix)
    }
}

@Suite("Ids are derived from names by the documented slug rule")
struct SlugTests {
    @Test(
        "Slugs",
        arguments: [
            ("Istio Ambient", "istio-ambient"),
            ("Café Mesh 2.0", "cafe-mesh-2-0"),
            ("What's new", "whats-new"),
            ("Linkerd’s mirror", "linkerds-mirror"),
            ("  --L7 resilience (retries, circuit breaking)--  ", "l7-resilience-retries-circuit-breaking"),
            ("ﬁle", "file"),
            ("日本", ""),
            ("C++", "c"),
            (String(repeating: "ab ", count: 40), String(repeating: "ab-", count: 21) + "a"),
        ])
    func slug(name: String, expected: String) {
        #expect(Slug.make(from: name) == expected)
        #expect(expected.isEmpty || Slug.isValid(expected))
    }

    @Test(
        "Valid ids",
        arguments: [
            ("a", true), ("a-b-1", true), ("-a", false), ("a-", false), ("a--b", false), ("A", false), ("", false), (String(repeating: "a", count: 64), true),
            (String(repeating: "a", count: 65), false),
        ])
    func validity(id: String, valid: Bool) {
        #expect(Slug.isValid(id) == valid)
    }
}

@Suite("DSL: sources that report on others")
struct DSLReportsTests {
    static let talk = Source("The talk", id: "talk", event: "Conf")
    static let writeUp = Source("The write-up", id: "write-up", event: "Conf", reports: talk)
    static let criterion = Criterion.support("Retries")

    @Test("A matrix that cites a write-up lists the talk it reports, right after it, without listing it by hand")
    func reportedSourceIsCollected() {
        let matrix = Matrix("M", asOf: "2025-01-01") {
            Tool("A") { Self.criterion(.yes, sources: Self.writeUp) }
        }
        #expect(matrix.sources.map(\.id) == ["write-up", "talk"])
        #expect(matrix.problems() == [])
    }

    @Test("A listed talk keeps its place; a listed write-up brings its talk along")
    func listedOrderIsKept() {
        let other = Source("Docs", id: "docs", url: "https://example.org/docs")
        let matrix = Matrix("M", asOf: "2025-01-01") {
            other
            Self.writeUp
            Tool("A") { Self.criterion(.yes, sources: other) }
        }
        #expect(matrix.sources.map(\.id) == ["docs", "write-up", "talk"])
        let listed = Matrix("M", asOf: "2025-01-01") {
            Self.talk
            Tool("A") { Self.criterion(.yes, sources: Self.writeUp) }
        }
        #expect(listed.sources.map(\.id) == ["talk", "write-up"])
    }
}
