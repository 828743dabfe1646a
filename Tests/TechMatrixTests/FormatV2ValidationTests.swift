import Testing

@testable import TechMatrix

/// One test per rule that `techmatrix/v2` adds: a v2 document that breaks the rule, and the
/// exact diagnostic; the same rules on DSL-built matrices; and v1 documents read under v1 rules.
@Suite("Format v2: every new rule, on documents and on DSL matrices")
struct FormatV2ValidationTests {
    /// A valid v2 document that uses every member v2 adds.
    static let document = #"""
        {
          "format": "techmatrix/v2",
          "id": "service-meshes",
          "title": "Service meshes",
          "methodology": "Latency from the talk.",
          "asOf": "2025-04-01",
          "staleAfterDays": 365,
          "sources": [
            { "id": "rexed-2025", "title": "The Service Mesh Wars", "published": "2025-03-31" },
            { "id": "mares-day-two", "title": "Day Two", "url": "https://example.org/day-two", "published": "2025-04-01",
              "accessed": "2025-04-01", "reports": "rexed-2025" }
          ],
          "criteria": [
            { "id": "latency", "name": "Added latency", "kind": "number", "unit": "ms", "better": "lower" },
            { "id": "mtls", "name": "Mutual TLS", "kind": "support" },
            { "id": "setup", "name": "Ease of setup", "kind": "rating", "scale": 5, "better": "higher" },
            { "id": "notes", "name": "Notes", "kind": "text" }
          ],
          "tools": [
            { "id": "istio", "name": "Istio", "version": "1.25", "verified": "2025-04-01",
              "values": {
                "latency": { "value": 15, "qualifier": "about", "note": "OpenTelemetry demo", "sources": ["mares-day-two"] },
                "mtls": { "value": "yes", "version": "1.24", "verified": "2025-03-30", "sources": ["mares-day-two"] },
                "setup": 3
              } },
            { "id": "cilium", "name": "Cilium",
              "values": {
                "latency": { "value": 2, "max": 5 },
                "mtls": { "value": "preview", "disputed": true, "note": "The docs call it beta.", "sources": ["mares-day-two", "rexed-2025"] }
              } }
          ],
          "profiles": [
            { "id": "latency-sensitive", "name": "Latency-sensitive services", "description": "Every millisecond counts.",
              "require": { "mtls": "yes", "latency": { "atMost": 5 }, "setup": 2 }, "weights": { "latency": 3, "setup": 1 } }
          ]
        }
        """#

    @Test("The v2 fixture is valid and reads every new member")
    func fixtureIsValid() throws {
        let matrix = try MatrixDecoder().decode(Self.document)
        #expect(matrix.methodology == "Latency from the talk.")
        #expect(matrix.staleAfterDays == 365)
        #expect(matrix.sources[1].accessed == "2025-04-01" && matrix.sources[1].reports == "rexed-2025")
        #expect(matrix.tools[0].version == "1.25" && matrix.tools[0].verified == "2025-04-01")
        #expect(matrix.tools[0].cells["latency"] == Cell(.number(15), note: "OpenTelemetry demo", sources: ["mares-day-two"], qualifier: .about))
        #expect(matrix.tools[0].cells["mtls"] == Cell(.support(.yes), sources: ["mares-day-two"], version: "1.24", verified: "2025-03-30"))
        #expect(matrix.tools[1].cells["latency"] == Cell(.number(2), maximum: 5))
        #expect(matrix.tools[1].cells["mtls"]?.disputed == true)
        #expect(matrix.tools[1].cells["mtls"]?.value == .support(.preview))
        #expect(
            matrix.profiles == [
                Profile(
                    id: "latency-sensitive", name: "Latency-sensitive services", description: "Every millisecond counts.",
                    requirements: ["mtls": .support(.yes), "latency": .atMost(5), "setup": .minimum(2)], weights: ["latency": 3, "setup": 1])
            ])
    }

    @Test("The fast path reads the v2 fixture without falling back, and agrees with the full reader")
    func fastPath() throws {
        let bytes = Array(Self.document.utf8)
        let fast = bytes.withUnsafeBufferPointer(FastDocumentReader.read)
        #expect(fast != nil)
        #expect(fast == (try MatrixDecoder().decode(Self.document)))
        let canonical = Array(MatrixEncoder().encode(try #require(fast)).utf8)
        #expect(canonical.withUnsafeBufferPointer(FastDocumentReader.read) == fast)
    }

    static func diagnostics(replacing old: String, with new: String) -> [String] {
        #expect(document.contains(old), "fixture does not contain \(old)")
        return Fixtures.diagnostics(document.replacingOccurrences(of: old, with: new))
    }

    typealias Case = (old: String, new: String, expected: [String])

    static let cases: [Case] = [
        // qualifier and max
        (#""qualifier": "about""#, #""qualifier": "roughly""#, [#"tools[0].values.latency.qualifier: qualifier must be "about", "at-most" or "at-least", got "roughly""#]),
        (#""qualifier": "about""#, #""qualifier": 1"#, [#"tools[0].values.latency.qualifier: qualifier must be "about", "at-most" or "at-least", got 1"#]),
        (#""value": "yes", "version""#, #""value": "yes", "qualifier": "about", "version""#, [#"tools[0].values.mtls.qualifier: "qualifier" does not apply to a support criterion"#]),
        (#""value": 2, "max": 5"#, #""value": 12, "max": 10"#, ["tools[1].values.latency.max: 10 is not greater than the value 12"]),
        (#""value": 2, "max": 5"#, #""value": 2, "max": 2"#, ["tools[1].values.latency.max: 2 is not greater than the value 2"]),
        (#""value": 2, "max": 5"#, #""value": 2, "max": "5""#, [#"tools[1].values.latency.max: expected a number, got "5""#]),
        (
            #""value": 2, "max": 5"#, #""value": 2, "max": 5, "qualifier": "at-most""#,
            [#"tools[1].values.latency.max: a range (max) cannot be combined with the qualifier "at-most"; only "about" qualifies a range"#]
        ),
        (#""value": 2, "max": 5"#, #""value": 2, "max": 5, "qualifier": "about""#, []),
        (#""setup": 3"#, #""setup": { "value": 3, "max": 4 }"#, [#"tools[0].values.setup.max: "max" does not apply to a rating criterion"#]),
        // preview
        (#""value": "preview""#, #""value": "beta""#, [#"tools[1].values.mtls.value: expected "yes", "partial", "preview" or "no" for criterion "mtls", got "beta""#]),
        // disputed
        (#""disputed": true"#, #""disputed": false"#, ["tools[1].values.mtls.disputed: disputed must be true when present, got false; leave it out for an undisputed cell"]),
        (#""disputed": true, "note": "The docs call it beta.", "#, #""disputed": true, "#, ["tools[1].values.mtls.disputed: a disputed cell needs a note that says how its sources disagree"]),
        (#""sources": ["mares-day-two", "rexed-2025"]"#, #""sources": ["rexed-2025"]"#, ["tools[1].values.mtls.disputed: a disputed cell needs at least two sources, but cites 1"]),
        // versions and verified dates
        (#""version": "1.25""#, #""version": " ""#, ["tools[0].version: must not be empty or only white space"]),
        (#""version": "1.25""#, #""version": "1.25\nrc""#, [#"tools[0].version: "1.25\nrc" is not a version: at most 64 characters on one line"#]),
        (
            #""version": "1.24""#, #""version": "\#(String(repeating: "9", count: 65))""#,
            [#"tools[0].values.mtls.version: "999999999999999999999999999999999999999999999999999999999999…" is not a version: at most 64 characters on one line"#]
        ),
        (#""verified": "2025-04-01","#, #""verified": "2025-04-31","#, [#"tools[0].verified: "2025-04-31" is not a real date written YYYY-MM-DD"#]),
        (#""verified": "2025-03-30""#, #""verified": "yesterday""#, [#"tools[0].values.mtls.verified: "yesterday" is not a real date written YYYY-MM-DD"#]),
        // sources
        (#""accessed": "2025-04-01""#, #""accessed": "2025-4-1""#, [#"sources[1].accessed: "2025-4-1" is not a real date written YYYY-MM-DD"#]),
        (#""reports": "rexed-2025""#, #""reports": "rexed-2052""#, [#"sources[1].reports: no source has id "rexed-2052"; did you mean "rexed-2025"?"#]),
        (#""reports": "rexed-2025""#, #""reports": "mares-day-two""#, [#"sources[1].reports: source "mares-day-two" reports on itself: "mares-day-two" reports on "mares-day-two""#]),
        (
            #""published": "2025-03-31" }"#, #""published": "2025-03-31", "reports": "mares-day-two" }"#,
            [
                #"sources[0].reports: source "rexed-2025" reports on itself: "rexed-2025" reports on "mares-day-two" reports on "rexed-2025""#,
                #"sources[1].reports: source "mares-day-two" reports on itself: "mares-day-two" reports on "rexed-2025" reports on "mares-day-two""#,
            ]
        ),
        // matrix members
        (#""staleAfterDays": 365"#, #""staleAfterDays": 0"#, ["staleAfterDays: staleAfterDays must be a whole number of days from 1 to 3650, got 0"]),
        (#""staleAfterDays": 365"#, #""staleAfterDays": 36.5"#, ["staleAfterDays: staleAfterDays must be a whole number of days from 1 to 3650, got 36.5"]),
        (
            #""methodology": "Latency from the talk.""#, #""methodology": "Bell\u0007""#,
            ["methodology: contains U+0007 at character 5, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)"]
        ),
        // profiles
        (#""id": "latency-sensitive""#, #""id": "Latency""#, [#"profiles[0].id: "Latency" is not a valid id (lowercase letters and digits in words joined by single hyphens, at most 64 characters)"#]),
        (#""name": "Latency-sensitive services""#, #""name": " ""#, ["profiles[0].name: must not be empty or only white space"]),
        (#""require": { "mtls": "yes", "latency": { "atMost": 5 }, "setup": 2 }, "#, #""require": {}, "#, []),
        (
            #""require": { "mtls": "yes", "latency": { "atMost": 5 }, "setup": 2 }, "weights": { "latency": 3, "setup": 1 }"#, #""require": {}, "weights": {}"#,
            [#"profiles[0]: a profile needs at least one requirement in "require" or one weight in "weights""#]
        ),
        (#""mtls": "yes", "latency""#, #""mtls": "no", "latency""#, [#"profiles[0].require.mtls: criterion "mtls" can only require "yes" or "partial", got "no""#]),
        (
            #"{ "atMost": 5 }"#, #"{ "atMost": 5, "atLeast": 1 }"#,
            [#"profiles[0].require.latency: criterion "latency" can only require "yes" or "partial", {"atMost": n} or {"atLeast": n}, or a whole-number rating, got an object"#]
        ),
        (#"{ "atMost": 5 }"#, #"5"#, [#"profiles[0].require.latency: criterion "latency" can only require {"atMost": n} or {"atLeast": n}, got 5"#]),
        (#""setup": 2 }"#, #""setup": 6 }"#, [#"profiles[0].require.setup: criterion "setup" can only require a whole-number rating from 0 to 5, got 6"#]),
        (#""setup": 2 }"#, #""notes": "yes" }"#, [#"profiles[0].require.notes: criterion "notes" holds text, which cannot be required"#]),
        (#""setup": 2 }"#, #""setp": 2 }"#, [#"profiles[0].require.setp: no criterion has id "setp"; did you mean "setup"?"#]),
        (
            #""weights": { "latency": 3, "setup": 1 }"#, #""weights": { "latency": 11, "notes": 1 }"#,
            [
                #"profiles[0].weights.latency: a weight must be a number from 0 to 10, got 11"#,
                #"profiles[0].weights.notes: criterion "notes" holds text, which cannot be weighted"#,
            ]
        ),
        (#""weights": { "latency": 3, "setup": 1 }"#, #""weights": { "latency": "high" }"#, [#"profiles[0].weights.latency: a weight must be a number from 0 to 10, got "high""#]),
        (#""description": "Every millisecond counts.""#, #""descripton": "x""#, [#"profiles[0].descripton: unknown member "descripton"; did you mean "description"?"#]),
    ]

    @Test("A v2 document breaking one rule gets exactly its diagnostic", arguments: cases.indices)
    func rule(index: Int) {
        let (old, new, expected) = Self.cases[index]
        #expect(Self.diagnostics(replacing: old, with: new) == expected)
    }

    @Test(
        "A v1 document is read under the v1 rules: v2 members and preview are refused",
        arguments: [
            (#""verified": "2025-04-01""#, [#"tools[0].verified: member "verified" is new in techmatrix/v2, but this document's format is "techmatrix/v1"; change its format to "techmatrix/v2""#]),
            (#""staleAfterDays": 30"#, [#"staleAfterDays: member "staleAfterDays" is new in techmatrix/v2, but this document's format is "techmatrix/v1"; change its format to "techmatrix/v2""#]),
        ])
    func v1Rules(insertion: String, expected: [String]) {
        let target = insertion.hasPrefix(#""verified""#) ? #""id": "istio","# : #""id": "service-meshes","#
        let text = Fixtures.document(replacing: target, with: target + " " + insertion + ",")
        #expect(Fixtures.diagnostics(text) == expected)
    }

    @Test("preview is not a v1 support value")
    func v1Preview() {
        let text = Fixtures.document(replacing: #""retries": "yes""#, with: #""retries": "preview""#)
        #expect(Fixtures.diagnostics(text).count == 1)
        #expect(Fixtures.diagnostics(text).first?.hasSuffix(#"expected "yes", "partial" or "no" for criterion "retries", got "preview""#) == true)
    }

    @Test("A v1 document exports as v2 with equal content")
    func v1ExportsAsV2() throws {
        let v1 = try MatrixDecoder().decode(Fixtures.document)
        let exported = MatrixEncoder().encode(v1)
        #expect(exported.contains(#""format": "techmatrix/v2""#))
        #expect(try MatrixDecoder().decode(exported) == v1)
    }
}

/// The same v2 rules on matrices built with the DSL.
@Suite("Format v2 rules on DSL matrices")
struct FormatV2DSLTests {
    static let talk = Source("The Service Mesh Wars", id: "rexed-2025", published: "2025-03-31")
    static let writeUp = Source("Day Two", id: "mares-day-two", url: "https://example.org/day-two", accessed: "2025-04-01", reports: talk)
    static let latency = Criterion.number("Added latency", id: "latency", unit: "ms", better: .lower)
    static let mTLS = Criterion.support("Mutual TLS", id: "mtls")
    static let notes = Criterion.text("Notes")

    @Test("Qualifiers, ranges, preview, versions, dates, disputes and citing: build the same cells as the document")
    func builds() throws {
        let istio = Tool("Istio", version: "1.25", verified: "2025-04-01", citing: Self.writeUp) {
            Self.latency(.about(15), note: "OpenTelemetry demo")
            Self.mTLS(.yes, version: "1.24", verified: "2025-03-30")
        }
        let cilium = Tool("Cilium") {
            Self.latency(2...5)
            Self.mTLS(.preview, note: "The docs call it beta.", disputed: true, sources: Self.writeUp, Self.talk)
        }
        #expect(istio.cells["latency"] == Cell(.number(15), note: "OpenTelemetry demo", sources: ["mares-day-two"], qualifier: .about))
        #expect(istio.cells["mtls"] == Cell(.support(.yes), sources: ["mares-day-two"], version: "1.24", verified: "2025-03-30"))
        #expect(cilium.cells["latency"] == Cell(.number(2), maximum: 5))
        #expect(Tool("T") { Self.latency(.atMost(10)) }.cells["latency"]?.qualifier == .atMost)
        #expect(Tool("T") { Self.latency(.atLeast(3)) }.cells["latency"]?.qualifier == .atLeast)
        #expect(Tool("T") { Self.latency(.about(10...20)) }.cells["latency"] == Cell(.number(10), qualifier: .about, maximum: 20))
        let matrix = Matrix("Service meshes", asOf: "2025-04-01", staleAfterDays: 365) {
            Methodology("Latency from the talk.")
            istio
            cilium
            Profile("Latency-sensitive services", require: [Self.mTLS.required(.yes), Self.latency.required(atMost: 5)], weights: [Self.latency.weighted(3)])
        }
        #expect(matrix.problems() == [])
        #expect(matrix.sources.map(\.id) == ["mares-day-two", "rexed-2025"], "sources collected in order of first use")
        #expect(matrix.criteria.map(\.id) == ["latency", "mtls"], "criteria collected in order of first use")
        #expect(try MatrixDecoder().decode(MatrixEncoder().encode(matrix)) == matrix)
    }

    @Test("A shared fragment can be used inside a tool block")
    func fragment() {
        @ToolBuilder func shared() -> ToolContent {
            Self.notes("Envoy", sources: Self.talk)
            Pro("Rich L7", sources: Self.talk)
        }
        let tool = Tool("Istio") {
            shared()
            Self.latency(15, sources: Self.talk)
        }
        #expect(tool.cells["notes"] == Cell(.text("Envoy"), sources: ["rexed-2025"]))
        #expect(tool.pros == [Remark("Rich L7", sources: ["rexed-2025"])])
    }

    @Test("A repeated cell is reported, but two tools with equal cells are equal")
    func repeatedIsNotHiddenState() {
        let twice = Tool("Istio") {
            Self.latency(15); Self.latency(15)
        }
        let once = Tool("Istio") { Self.latency(15) }
        #expect(twice == once)
        let matrix = Matrix("M") { twice }
        #expect(matrix.problems().map(\.description) == [#"tools[0].values.latency: criterion "latency" is assessed more than once in this tool"#])
    }

    @Test(
        "The v2 rules apply to DSL cells and profiles",
        arguments: [
            (Cell(.number(12), maximum: 10), "tools[0].values.latency.max: 10 is not greater than the value 12"),
            (Cell(.number(2), qualifier: .atMost, maximum: 5), #"tools[0].values.latency.max: a range (max) cannot be combined with the qualifier "at-most"; only "about" qualifies a range"#),
            (Cell(.number(2), note: "They disagree.", sources: ["rexed-2025"], disputed: true), "tools[0].values.latency.disputed: a disputed cell needs at least two sources, but cites 1"),
            (Cell(.number(2), version: "1\n2"), #"tools[0].values.latency.version: "1\n2" is not a version: at most 64 characters on one line"#),
            (Cell(.number(2), verified: "2025-02-30"), #"tools[0].values.latency.verified: "2025-02-30" is not a real date written YYYY-MM-DD"#),
        ])
    func cellRules(cell: Cell, expected: String) {
        let tool = Tool(id: "istio", name: "Istio", cells: ["latency": cell])
        let matrix = Matrix(id: "m", title: "M", sources: [Self.talk], criteria: [Self.latency.criterion], tools: [tool])
        #expect(matrix.problems().map(\.description) == [expected])
    }

    @Test("Profile rules apply to DSL profiles")
    func profileRules() {
        let profile = Profile("Odd", require: [Self.mTLS.required(.no)], weights: [Self.latency.weighted(12)])
        let matrix = Matrix("M") {
            Tool("Istio") {
                Self.mTLS(.yes); Self.latency(1)
            }
            profile
        }
        #expect(
            matrix.problems().map(\.description) == [
                #"profiles[0].require.mtls: criterion "mtls" can only require "yes" or "partial", got "no""#,
                "profiles[0].weights.latency: a weight must be a number from 0 to 10, got 12",
            ])
    }
}
