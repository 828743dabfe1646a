import BuiltinMatrices
import Foundation
import Testing
@testable import TechMatrix

@Suite("The built-in matrices")
struct BuiltinMatricesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("Every built-in matrix is valid", arguments: BuiltinMatrices.all)
    func valid(matrix: Matrix) {
        #expect(matrix.problems() == [])
    }

    @Test("Every assessed cell, pro and con names a source", arguments: BuiltinMatrices.all)
    func everythingIsSourced(matrix: Matrix) {
        for tool in matrix.tools {
            for criterion in matrix.criteria {
                if let cell = tool.cells[criterion.id] {
                    #expect(!cell.sources.isEmpty, "\(matrix.id): \(tool.id) / \(criterion.id) has no source")
                }
            }
            for remark in tool.pros + tool.cons {
                #expect(!remark.sources.isEmpty, "\(matrix.id): \(tool.id): \"\(remark.text)\" has no source")
            }
        }
    }

    @Test("Every built-in matrix has an as-of date, groups its criteria, and has three or more tools", arguments: BuiltinMatrices.all)
    func shape(matrix: Matrix) {
        #expect(matrix.asOf?.isValid == true)
        #expect(matrix.criteria.allSatisfy { $0.group != nil })
        #expect(matrix.tools.count >= 3)
        #expect(matrix.verdict != nil)
    }

    @Test("Ids are unique across the built-in set, since they name files in output/")
    func uniqueIDs() {
        #expect(Set(BuiltinMatrices.all.map(\.id)).count == BuiltinMatrices.all.count)
    }

    @Test("Every committed file in output/ equals a fresh rendering, and there are no others")
    func outputIsFresh() throws {
        let output = Self.repository.appendingPathComponent("output")
        var expected: [String: [UInt8]] = [:]
        for matrix in BuiltinMatrices.all {
            for format in OutputFormat.allCases {
                expected["\(matrix.id).\(format.fileExtension)"] = Renderer().renderBytes(matrix, as: format)
            }
        }
        let catalog = CatalogRenderer(matrices: BuiltinMatrices.all)
        expected["README.md"] = catalog.markdown()
        expected["index.html"] = catalog.html()
        let present = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasPrefix(".") }
        #expect(Set(present) == Set(expected.keys), "run 'swift run techmatrix' to regenerate output/")
        for (name, bytes) in expected {
            let current = FileManager.default.contents(atPath: output.appendingPathComponent(name).path).map { Array($0) }
            let fresh = current == bytes
            #expect(fresh, "output/\(name) is stale; run 'swift run techmatrix'")
        }
    }
}
