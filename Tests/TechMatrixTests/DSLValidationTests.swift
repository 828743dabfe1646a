import Testing

@testable import TechMatrix

/// The same rules as the document tests, on matrices built with the DSL.
@Suite("Validation applies the spec's rules to DSL-built matrices")
struct DSLValidationTests {
    static let talk = Source("The Service Mesh Wars", id: "rexed-2025", url: "https://example.org/talk", published: "2025-03-31")
    static let dataPlane = Criterion.text("Data plane")
    static let retries = Criterion.support("Retries")
    static let latency = Criterion.number("Added latency", unit: "ms", better: .lower)
    static let setup = Criterion.rating("Ease of setup")

    static func matrix(
        title: String = "Service meshes", asOf: CalendarDate? = "2025-03-31",
        sources: [Source] = [talk], criteria: [Criterion] = [dataPlane.criterion, retries.criterion, latency.criterion, setup.criterion],
        tools: [Tool]
    ) -> Matrix {
        Matrix(title, asOf: asOf) {
            for source in sources { source }
            for criterion in criteria { criterion }
            tools
        }
    }

    static let istio = Tool("Istio", url: "https://istio.io") {
        latency(15, sources: talk)
        Pro("Rich L7 features", sources: talk)
    }

    @Test("A well-formed DSL matrix has no problems")
    func valid() {
        #expect(Self.matrix(tools: [Self.istio]).problems() == [])
    }

    @Test("Bad ids, blank and repeated names are reported with paths")
    func idsAndNames() {
        let tools = [
            Tool("日本", content: { Self.retries(.yes) }),
            Tool("Istio", id: "Bad_ID", content: { Self.retries(.no) }),
            Tool("Istio", content: { Self.retries(.no) }),
            Tool("  ", id: "blank", content: { Self.retries(.partial) }),
        ]
        #expect(
            Self.matrix(tools: tools).problems().map(\.description) == [
                #"tools[0].id: "" is not a valid id (lowercase letters and digits in words joined by single hyphens, at most 64 characters)"#,
                #"tools[1].id: "Bad_ID" is not a valid id (lowercase letters and digits in words joined by single hyphens, at most 64 characters)"#,
                #"tools[2].name: name "Istio" is used more than once"#,
                "tools[3].name: must not be empty or only white space",
            ])
    }

    @Test("Canonically equal criterion names are the same name")
    func canonicalEquivalence() {
        let a = Criterion.text("Caf\u{E9}", id: "a").criterion
        let b = Criterion.text("Cafe\u{301}", id: "b").criterion
        let problems = Self.matrix(criteria: [a, b], tools: [Tool("Istio") { Pro("x") }]).problems()
        #expect(problems == [Problem(JSONPath([.key("criteria"), .index(1), .key("name")]), .repeatedName("Cafe\u{301}"))])
    }

    @Test("Forbidden characters, bad dates and URLs are reported")
    func textDatesURLs() {
        let tool = Tool("Istio", url: "ftp://istio.io") {
            Self.dataPlane("sidecar\u{1B}[31m")
        }
        let source = Source("Talk", id: "talk", url: "https://example.org", published: "2025-02-30")
        let problems = Self.matrix(title: "Title\u{FFFF}", asOf: "2025-3-31", sources: [source], tools: [tool]).problems()
        #expect(
            problems.map(\.description) == [
                "title: contains U+FFFF at character 6, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)",
                #"asOf: "2025-3-31" is not a real date written YYYY-MM-DD"#,
                #"sources[0].published: "2025-02-30" is not a real date written YYYY-MM-DD"#,
                #"tools[0].url: "ftp://istio.io" is not an absolute http or https URL"#,
                "tools[0].values.data-plane: contains U+001B at character 8, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)",
            ])
    }

    @Test("Empty criteria and tools are reported")
    func emptyLists() {
        #expect(
            Self.matrix(criteria: [], tools: []).problems().map(\.description) == [
                "criteria: must hold at least one entry",
                "tools: must hold at least one entry",
            ])
    }

    @Test("Scales, ratings and numbers outside their ranges are reported")
    func ranges() {
        let wide = Criterion.rating("Wide", scale: 11)
        let tool = Tool("Istio") {
            Self.setup(6)
            Self.latency(.infinity)
            wide(3)
        }
        let problems = Self.matrix(criteria: [Self.setup.criterion, Self.latency.criterion, wide.criterion], tools: [tool]).problems()
        #expect(
            problems.map(\.description) == [
                "criteria[2].scale: scale must be an integral number from 1 to 10, got 11",
                #"tools[0].values.ease-of-setup: expected a whole number from 0 to 5 for criterion "ease-of-setup", got 6"#,
                "tools[0].values.added-latency: inf is not a finite number",
            ])
    }

    @Test("Criteria and sources that tools use but the matrix block does not list are listed after the listed ones")
    func collectsUnlisted() {
        let unlisted = Criterion.support("Retrys", id: "retrys")
        let stranger = Source("Someone else's talk", id: "rexed-2052")
        let tool = Tool("Istio") {
            unlisted(.yes)
            Self.dataPlane("Envoy", sources: stranger)
            Con("Heavy", sources: stranger)
        }
        let matrix = Self.matrix(criteria: [Self.dataPlane.criterion, Self.retries.criterion], tools: [tool])
        #expect(matrix.problems() == [])
        #expect(matrix.criteria.map(\.id) == ["data-plane", "retries", "retrys"])
        #expect(matrix.sources.map(\.id) == ["rexed-2025", "rexed-2052"])
    }

    @Test("A criterion or source a matrix does not hold gets suggestions")
    func unknownReferences() {
        let tool = Tool(
            id: "istio", name: "Istio",
            cells: [
                "retrys": Cell(.support(.yes)),
                "data-plane": Cell(.text("Envoy"), sources: ["rexed-2052"]),
            ], cons: [Remark("Heavy", sources: ["rexed-2052"])])
        let matrix = Matrix(id: "m", title: "M", sources: [Self.talk], criteria: [Self.dataPlane.criterion, Self.retries.criterion], tools: [tool])
        let problems = matrix.problems()
        #expect(
            problems.map(\.description) == [
                #"tools[0].values.data-plane.sources[0]: no source has id "rexed-2052"; did you mean "rexed-2025"?"#,
                #"tools[0].values.retrys: no criterion has id "retrys"; did you mean "retries"?"#,
                #"tools[0].cons[0].sources[0]: no source has id "rexed-2052"; did you mean "rexed-2025"?"#,
            ])
    }

    @Test("A tool block that assesses one criterion twice is reported")
    func repeatedCell() {
        let tool = Tool("Istio") {
            Self.retries(.yes)
            Self.retries(.no)
        }
        #expect(
            Self.matrix(tools: [tool]).problems().map(\.description) == [
                #"tools[0].values.retries: criterion "retries" is assessed more than once in this tool"#
            ])
    }

    @Test("validated() throws every problem as a ValidationError")
    func validatedThrows() {
        #expect(throws: ValidationError.self) { try Self.matrix(tools: []).validated() }
        #expect((try? Self.matrix(tools: [Self.istio]).validated()) != nil)
    }
}

@Suite("Problems in DSL matrices are named as the source declares them")
struct DSLProblemPlaceTests {
    static let docs = Source("Docs", id: "docs", url: "https://example.org/docs", accessed: "2025-01-01")
    static let retries = Criterion.support("Retries")
    static let latency = Criterion.number("Added latency", unit: "ms", better: .lower)

    @Test("A cell, a pro, a source and a criterion are named by the tool's and criterion's names, with the JSON path")
    func places() {
        let matrix = Matrix("M", asOf: "2025-01-01") {
            Self.retries
            Self.latency
            Tool("GitLab CI") {
                Self.retries(.yes, sources: Self.docs)
                Self.latency(.atMost(5), disputed: true, sources: Self.docs)
                Pro("bell \u{7}", sources: Self.docs)
            }
        }
        let lines = matrix.problems().map { $0.declarationDescription(in: matrix) }
        #expect(lines.contains { $0.hasPrefix("Tool(\"GitLab CI\"), \"Added latency\" (tools[0].values.added-latency") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("Tool(\"GitLab CI\"), Pro 1 (tools[0].pros[0]") }, "\(lines)")
        let path = JSONPath().appending("sources").appending(0)
        #expect(Problem.place(of: path, in: matrix) == "Source(\"Docs\")")
        #expect(Problem.place(of: JSONPath().appending("criteria").appending(1), in: matrix) == "Criterion \"Added latency\"")
        #expect(Problem.place(of: JSONPath().appending("asOf"), in: matrix) == nil)
    }
}
