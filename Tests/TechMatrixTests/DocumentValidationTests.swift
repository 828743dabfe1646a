import Testing
@testable import TechMatrix

/// One test per rule of matrix-json-v1.md: a document that breaks the rule, and the exact
/// diagnostic (JSON path and message).
@Suite("Decoding refuses every broken rule with its path")
struct DocumentValidationTests {
    typealias Case = (old: String, new: String, expected: [String])

    @Test("The fixture document is valid")
    func fixtureIsValid() throws {
        let matrix = try MatrixDecoder().decode(Fixtures.document)
        #expect(matrix.tools.count == 3)
        #expect(matrix.tools[0].cells["latency"] == Cell(.number(15), sources: ["rexed-2025"]))
        #expect(matrix.tools[2].cells["retries"] == nil, "absent key is not assessed")
    }

    static let cases: [Case] = [
        // format
        (#""format": "techmatrix/v1","#, "", [#"format: missing required member "format""#]),
        (#""format": "techmatrix/v1""#, #""format": "techmatrix/v3""#, [#"format: expected format "techmatrix/v2" (or "techmatrix/v1"), got "techmatrix/v3""#]),
        (#""format": "techmatrix/v1""#, #""format": "techmatrix/v1", "$schema": 5"#, ["$schema: expected a string, got 5"]),
        // ids
        (#""id": "service-meshes""#, #""id": "Service_Meshes""#, [#"id: "Service_Meshes" is not a valid id (lowercase letters and digits in words joined by single hyphens, at most 64 characters)"#]),
        (#""id": "service-meshes""#, #""id": "a--b""#, [#"id: "a--b" is not a valid id (lowercase letters and digits in words joined by single hyphens, at most 64 characters)"#]),
        (#""id": "service-meshes""#, #""id": "\#(String(repeating: "a", count: 65))""#, [#"id: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" is not a valid id (lowercase letters and digits in words joined by single hyphens, at most 64 characters)"#]),
        (#""id": "linkerd""#, #""id": "istio""#, [#"tools[1].id: id "istio" is used more than once"#]),
        (#""id": "retries""#, #""id": "dataplane""#, [#"tools[1].values.retries: no criterion has id "retries""#, #"criteria[1].id: id "dataplane" is used more than once"#]),
        (#"{ "id": "dataplane""#, #"{ "name": "Data plane 2", "id": "dataplane""#, [#"criteria[0].name: member "name" appears more than once"#]),
        // names and titles
        (#""title": "Service meshes""#, #""title": " \u2003\t""#, ["title: must not be empty or only white space"]),
        (#""title": "Service meshes""#, #""title": """#, ["title: must not be empty or only white space"]),
        (#""name": "Retries""#, #""name": "Data plane""#, [#"criteria[1].name: name "Data plane" is used more than once"#]),
        (#""name": "Data plane""#, #""name": "Caf\u00e9""#, []),
        (#""name": "Retries""#, #""name": "Cafe\u0301""#, []),
        (#""name": "Linkerd""#, #""name": "Istio""#, [#"tools[1].name: name "Istio" is used more than once"#]),
        (#""title": "The Service Mesh Wars""#, #""title": "\n""#, ["sources[0].title: must not be empty or only white space"]),
        // text characters
        (#""title": "Service meshes""#, #""title": "Bell\u0007""#, ["title: contains U+0007 at character 5, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)"]),
        (#""title": "Service meshes""#, #""title": "Del\u007f""#, ["title: contains U+007F at character 4, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)"]),
        (#""title": "Service meshes""#, #""title": "Next\u0085line""#, ["title: contains U+0085 at character 5, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)"]),
        (#""title": "Service meshes""#, #""title": "x\ufdd0""#, ["title: contains U+FDD0 at character 2, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)"]),
        (#""title": "Service meshes""#, #""title": "x\uFFFE""#, ["title: contains U+FFFE at character 2, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)"]),
        (#""title": "Service meshes""#, #""title": "x\ud83f\udfff""#, ["title: contains U+1FFFF at character 2, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)"]),
        (#""title": "Service meshes""#, #""title": "tab\tnew\nline\r\n""#, []),
        (#""dataplane": "eBPF""#, #""dataplane": "e\u0000BPF""#, ["tools[2].values.dataplane: contains U+0000 at character 2, which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)"]),
        // dates and URLs
        (#""asOf": "2025-03-31""#, #""asOf": "2025-02-29""#, [#"asOf: "2025-02-29" is not a real date written YYYY-MM-DD"#]),
        (#""asOf": "2025-03-31""#, #""asOf": "2024-02-29""#, []),
        (#""asOf": "2025-03-31""#, #""asOf": "31/03/2025""#, [#"asOf: "31/03/2025" is not a real date written YYYY-MM-DD"#]),
        (#""published": "2025-03-31""#, #""published": "2025-13-01""#, [#"sources[0].published: "2025-13-01" is not a real date written YYYY-MM-DD"#]),
        (#""url": "https://istio.io""#, #""url": "ftp://istio.io""#, [#"tools[0].url: "ftp://istio.io" is not an absolute http or https URL"#]),
        (#""url": "https://istio.io""#, #""url": "javascript:alert(1)""#, [#"tools[0].url: "javascript:alert(1)" is not an absolute http or https URL"#]),
        (#""url": "https://example.org/talk""#, #""url": "https://""#, [#"sources[0].url: "https://" is not an absolute http or https URL"#]),
        (#""url": "https://example.org/talk""#, #""url": "HTTPS://example.org/a b""#, [#"sources[0].url: "HTTPS://example.org/a b" is not an absolute http or https URL"#]),
        // lists
        (#""tools": ["#, #""tools": [], "x": ["#, [#"x: unknown member "x""#, "tools: must hold at least one entry"]),
        (#""criteria": ["#, #""criteria": "none", "y": ["#, [#"y: unknown member "y""#, #"criteria: expected an array, got "none""#]),
        // kinds
        (#""kind": "number""#, #""kind": "numbr""#, [#"criteria[2].kind: unknown kind "numbr"; expected text, support, number or rating; did you mean "number"?"#]),
        (#""scale": 5"#, #""scale": 11"#, ["criteria[3].scale: scale must be an integral number from 1 to 10, got 11"]),
        (#""scale": 5"#, #""scale": 2.5"#, ["criteria[3].scale: scale must be an integral number from 1 to 10, got 2.5"]),
        (#""scale": 5"#, #""scale": 4.0"#, []),
        (#""unit": "ms""#, #""unit": "ms", "scale": 3"#, [#"criteria[2].scale: "scale" does not apply to a number criterion"#]),
        (#""kind": "support" }"#, #""kind": "support", "better": "higher" }"#, [#"criteria[1].better: "better" does not apply to a support criterion"#]),
        (#""better": "lower""#, #""better": "less""#, [#"criteria[2].better: better must be "lower" or "higher", got "less""#]),
        (#""scale": 5"#, #""scale": 5, "unit": "points""#, [#"criteria[3].unit: "unit" does not apply to a rating criterion"#]),
        // cells
        (#""dataplane": "eBPF""#, #""dataplan": "eBPF""#, [#"tools[2].values.dataplan: no criterion has id "dataplan"; did you mean "dataplane"?"#]),
        (#"{ "value": 15, "sources""#, #"{ "value": "fast", "sources""#, [#"tools[0].values.latency.value: expected a number for criterion "latency", got "fast""#]),
        (#""retries": "yes""#, #""retries": "maybe""#, [#"tools[1].values.retries: expected "yes", "partial" or "no" for criterion "retries", got "maybe""#]),
        (#""retries": "yes""#, #""retries": true"#, [#"tools[1].values.retries: expected "yes", "partial" or "no" for criterion "retries", got true"#]),
        (#""dataplane": "eBPF""#, #""dataplane": 3"#, [#"tools[2].values.dataplane: expected a string for criterion "dataplane", got 3"#]),
        (#""setup": 4"#, #""setup": 6"#, [#"tools[1].values.setup: expected a whole number from 0 to 5 for criterion "setup", got 6"#]),
        (#""setup": 4"#, #""setup": 3.5"#, [#"tools[1].values.setup: expected a whole number from 0 to 5 for criterion "setup", got 3.5"#]),
        (#""setup": 4"#, #""setup": -1"#, [#"tools[1].values.setup: expected a whole number from 0 to 5 for criterion "setup", got -1"#]),
        (#""setup": 4"#, #""setup": 3.0"#, []),
        (#"{ "value": 15, "sources""#, #"{ "value": 1e400, "sources""#, ["tools[0].values.latency.value: 1e400 is not a finite number"]),
        (#"{ "value": 15, "sources""#, #"{ "note": "n", "sources""#, [#"tools[0].values.latency.value: missing required member "value""#]),
        (#"{ "value": 15, "sources""#, #"{ "value": 15, "notes": "x", "sources""#, [#"tools[0].values.latency.notes: unknown member "notes"; did you mean "note"?"#]),
        (#""values": { "retries""#, #""valuse": { "retries""#, [#"tools[1].valuse: unknown member "valuse"; did you mean "values"?"#]),
        (#""values": { "retries": "yes","#, #""values": { "retries": "yes", "retries": "no","#, [#"tools[1].values.retries: member "retries" appears more than once"#]),
        // sources
        (#""sources": ["rexed-2025"] } } }"#, #""sources": ["rexed-2052"] } } }"#, [#"tools[0].values.latency.sources[0]: no source has id "rexed-2052"; did you mean "rexed-2025"?"#]),
        (#"{ "text": "Complex", "sources": ["rexed-2025"] }"#, #"{ "text": "Complex", "sources": ["other"] }"#, [#"tools[2].cons[0].sources[0]: no source has id "other""#]),
        (#"{ "text": "Complex", "sources": ["rexed-2025"] }"#, #"{ "sources": [] }"#, [#"tools[2].cons[0].text: missing required member "text""#]),
        (#""pros": ["Light"]"#, #""pros": [7]"#, [#"tools[1].pros[0]: expected a string or an object with "text" and "sources", got 7"#]),
        (#"{ "id": "rexed-2025","#, #"{ "id": "rexed-2025", "id": "again","#, [#"sources[0].id: member "id" appears more than once"#]),
        // required members
        (#""name": "Linkerd", "#, "", [#"tools[1].name: missing required member "name""#]),
        (#"{ "id": "istio", "#, "{ ", [#"tools[0].id: missing required member "id""#]),
    ]

    @Test("A document breaking one rule gets exactly its diagnostic", arguments: cases.indices)
    func brokenRule(index: Int) {
        let (old, new, expected) = Self.cases[index]
        #expect(Fixtures.diagnostics(Fixtures.document(replacing: old, with: new)) == expected)
    }

    @Test("Every problem is reported at once, not only the first")
    func everyProblemAtOnce() {
        let text = Fixtures.document
            .replacingOccurrences(of: #""title": "Service meshes""#, with: #""title": " ""#)
            .replacingOccurrences(of: #""retries": "yes""#, with: #""retries": "maybe""#)
            .replacingOccurrences(of: #""name": "Linkerd""#, with: #""name": "Istio""#)
            .replacingOccurrences(of: #""asOf": "2025-03-31""#, with: #""asOf": "2025-02-30""#)
        #expect(Fixtures.diagnostics(text) == [
            #"tools[1].values.retries: expected "yes", "partial" or "no" for criterion "retries", got "maybe""#,
            "title: must not be empty or only white space",
            #"asOf: "2025-02-30" is not a real date written YYYY-MM-DD"#,
            #"tools[1].name: name "Istio" is used more than once"#,
        ])
    }

    @Test("A $schema member is read and ignored, never exported")
    func schemaMemberIgnored() throws {
        let text = Fixtures.document(replacing: #""format": "techmatrix/v1","#, with: #""$schema": "../schema/techmatrix-v1.schema.json", "format": "techmatrix/v1","#)
        let matrix = try MatrixDecoder().decode(text)
        #expect(!MatrixEncoder().encode(matrix).contains("$schema"))
    }

    @Test("A document that is not an object is refused")
    func notAnObject() {
        #expect(Fixtures.diagnostics("[1, 2]") == ["(document): expected a JSON object (a techmatrix/v2 document), got an array"])
    }
}
