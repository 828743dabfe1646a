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
              "format": "techmatrix/v1",
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
