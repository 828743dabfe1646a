import Testing
@testable import TechMatrix
import TechMatrixTestSupport

@Suite("JSON export and import are inverse on 500 hostile matrices")
struct RoundTripPropertyTests {
    @Test("export → import gives an equal matrix, and re-export gives identical bytes", arguments: 0..<5)
    func roundTrip(batch: Int) throws {
        for seed in UInt64(batch * 100)..<UInt64(batch * 100 + 100) {
            let matrix = MatrixGenerator.matrix(seed: seed)
            #expect(matrix.problems() == [], "generator made an invalid matrix for seed \(seed)")
            let exported = MatrixEncoder().encode(matrix)
            let imported = try MatrixDecoder().decode(exported)
            #expect(imported == matrix, "seed \(seed)")
            #expect(MatrixEncoder().encode(imported) == exported, "seed \(seed)")
        }
    }

    @Test("The one-pass fast path and the full reader build the same matrix", arguments: 0..<5)
    func fastPathAgrees(batch: Int) throws {
        for seed in UInt64(batch * 100)..<UInt64(batch * 100 + 100) {
            let bytes = Array(MatrixEncoder().encode(MatrixGenerator.matrix(seed: seed)).utf8)
            let fast = bytes.withUnsafeBufferPointer(FastDocumentReader.read)
            var reader = DocumentReader()
            let full = reader.matrix(from: try JSONParser.parse(bytes))
            #expect(fast != nil, "seed \(seed): the fast path gave up on a canonical document")
            #expect(fast == full, "seed \(seed)")
            #expect(reader.problems.isEmpty)
        }
    }

    @Test("The generated documents use every member of the format, so the fast-path test covers them all")
    func generatorUsesEveryMember() {
        let exported = (0..<UInt64(500)).map { MatrixEncoder().encode(MatrixGenerator.matrix(seed: $0)) }.joined()
        let names = MatrixMember.names(in: .current) + SourceMember.names(in: .current) + CriterionMember.names(in: .current)
            + ToolMember.names(in: .current) + CellMember.names(in: .current) + RemarkMember.names(in: .current)
            + ProfileMember.names(in: .current) + BoundMember.names(in: .current)
        for name in names where name != "$schema" {
            #expect(exported.contains("\"\(name)\": "), "no generated document uses \(name)")
        }
        for value in ["\"preview\"", "\"about\"", "\"at-most\"", "\"at-least\"", "\"disputed\": true"] {
            #expect(exported.contains(value), "no generated document holds \(value)")
        }
    }

    @Test("The fast path gives up on what it does not expect, leaving the errors to the full reader", arguments: [
        #"{"format": "techmatrix/v1", "id": "m", "title": "T", "tools": [], "criteria": []}"#,
        #"{"format": "techmatrix/v1", "format": "techmatrix/v1", "id": "m", "title": "T", "criteria": [{"id": "a", "name": "A", "kind": "text"}], "tools": [{"id": "t", "name": "T"}]}"#,
        #"{"format": "techmatrix/v1", "id": "m", "title": "T", "criteria": [{"id": "a", "name": "A", "kind": "text"}], "tools": [{"id": "t", "name": "T", "values": {"a": "x", "a": "y"}}]}"#,
        #"{"format": "techmatrix/v1", "id": "m", "title": "T", "criteria": [{"id": "a", "name": "A", "kind": "rating"}], "tools": [{"id": "t", "name": "T", "values": {"a": 2.5}}]}"#,
        #"{"format": "techmatrix/v1", "id": "m", "title": "T", "criteria": [{"id": "a", "name": "A", "kind": "number"}], "tools": [{"id": "t", "name": "T", "values": {"a": 01}}]}"#,
        #"{"format": "techmatrix/v1", "id": "m", "title": "T", "criteria": [{"id": "a", "name": "A", "kind": "text", "unit": "ms"}], "tools": [{"id": "t", "name": "T"}]}"#,
        #"{"format": "techmatrix/v1", "id": "m", "title": "T", "criteria": [{"id": "a", "name": "A", "kind": "text"}], "tools": [{"id": "t", "name": "T", "extra": 1}]}"#,
    ])
    func fastPathGivesUp(text: String) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(FastDocumentReader.read) == nil)
        #expect(throws: ValidationError.self) { try MatrixDecoder().decode(bytes) }
    }

    @Test("Canonical JSON: sorted keys, two-space indent, no escaped slash, shortest numbers, trailing newline")
    func canonicalShape() {
        let matrix = Matrix(
            id: "m", title: "a/b \"q\" \\ é\t\n", sources: [], criteria: [Criterion(id: "n", name: "N", kind: .number(unit: nil, better: nil))],
            tools: [Tool(id: "t", name: "T", cells: ["n": Cell(.number(0.1))]), Tool(id: "u", name: "U", cells: ["n": Cell(.number(1e21))]),
                    Tool(id: "v", name: "V", cells: ["n": Cell(.number(-3))])])
        #expect(MatrixEncoder().encode(matrix) == #"""
            {
              "criteria": [
                {
                  "id": "n",
                  "kind": "number",
                  "name": "N"
                }
              ],
              "format": "techmatrix/v2",
              "id": "m",
              "title": "a/b \"q\" \\ é\t\n",
              "tools": [
                {
                  "id": "t",
                  "name": "T",
                  "values": {
                    "n": 0.1
                  }
                },
                {
                  "id": "u",
                  "name": "U",
                  "values": {
                    "n": 1e+21
                  }
                },
                {
                  "id": "v",
                  "name": "V",
                  "values": {
                    "n": -3
                  }
                }
              ]
            }

            """#)
    }
}
