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

    @Test("HTML pages and fragments need no emoji font: support marks are drawn, the word is the text", arguments: BuiltinMatrices.all)
    func htmlWithoutEmoji(matrix: Matrix) {
        for options in [RenderOptions(), RenderOptions(orientation: .toolsAsRows), RenderOptions(fragment: true, fragmentStyle: true)] {
            let page = Renderer(options: options).render(matrix, as: .html)
            let emoji = page.unicodeScalars.filter { $0.properties.isEmojiPresentation }
            #expect(emoji.isEmpty, "\(matrix.id): \(String(String.UnicodeScalarView(emoji.prefix(5))))")
            #expect(page.contains("<span class=\"tm-mark\" aria-hidden=\"true\"><svg") == matrix.criteria.contains { if case .support = $0.kind { true } else { false } })
        }
        // Markdown keeps its emoji.
        #expect(Renderer().render(matrix, as: .markdown).unicodeScalars.contains { $0.properties.isEmojiPresentation })
    }

    @Test("Two matrices' fragments share no id: every id starts with its matrix id", arguments: BuiltinMatrices.all)
    func fragmentIDsCarryTheMatrixID(matrix: Matrix) {
        let fragment = Renderer(options: RenderOptions(fragment: true)).render(matrix, as: .html)
        let ids = fragment.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0.hasPrefix(matrix.id + "--") }, "\(ids.filter { !$0.hasPrefix(matrix.id + "--") }.prefix(3))")
        #expect(Set(ids).count == ids.count, "an id is used twice in \(matrix.id)")
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

    @Test(
        "The service-mesh, runtime-security and Prometheus-storage matrices have at least 80 % of their cells assessed",
        arguments: ["service-meshes", "kubernetes-runtime-security-agents", "prometheus-long-term-storage"])
    func coverage(id: String) throws {
        let matrix = try #require(BuiltinMatrices.all.first { $0.id == id })
        let coverage = matrix.coverage
        #expect(coverage.total > 0)
        #expect(coverage.assessed * 100 >= coverage.total * 80, "\(id): \(coverage.sentence)")
    }

    @Test("Every web source is a page (not a site root) with the day it was read", arguments: BuiltinMatrices.all.map(\.id))
    func webSourcesArePages(id: String) throws {
        let matrix = BuiltinMatrices.all.first { $0.id == id }!
        for source in matrix.sources {
            guard let url = source.url else { continue }
            let components = try #require(URLComponents(string: url), "\(matrix.id): \(source.id) has a malformed URL")
            let path = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            #expect(!path.isEmpty, "\(matrix.id): \(source.id) cites a site root, \(url)")
            #expect(source.accessed?.isValid == true, "\(matrix.id): \(source.id) has no accessed date")
        }
    }

    @Test("No claim cites a talk directly: a source without a URL is a write-up that reports the talk", arguments: BuiltinMatrices.all.map(\.id))
    func talksAreReachedThroughWriteUps(id: String) {
        let matrix = BuiltinMatrices.all.first { $0.id == id }!
        // The 2021 notes where they report no identified session are the one exception.
        let unattributed: Set<String> = ["kubecon-eu-2021-notes"]
        var cited = Set<String>()
        for tool in matrix.tools {
            for criterion in matrix.criteria { cited.formUnion(tool[criterion]?.sources ?? []) }
            for remark in tool.pros + tool.cons { cited.formUnion(remark.sources) }
        }
        for id in cited.sorted() {
            guard let source = matrix.source(withID: id), source.url == nil, !unattributed.contains(id) else { continue }
            #expect(source.reports != nil, "\(matrix.id): a claim cites \(id) directly; cite the write-up that reports it")
        }
    }

    @Test("Every tool says which release it describes and when it was checked; every matrix has a methodology", arguments: BuiltinMatrices.all.map(\.id))
    func versionsDatesAndMethodology(id: String) {
        let matrix = BuiltinMatrices.all.first { $0.id == id }!
        #expect(matrix.methodology != nil, "\(matrix.id) has no methodology")
        #expect(matrix.staleAfterDays != nil, "\(matrix.id) has no staleAfterDays")
        for tool in matrix.tools {
            #expect(tool.version != nil, "\(matrix.id): \(tool.name) has no version")
            #expect(tool.verified?.isValid == true, "\(matrix.id): \(tool.name) has no verified date")
        }
    }

    @Test("On the day of its review, the audit finds no error or warning in a built-in matrix", arguments: BuiltinMatrices.all.map(\.id))
    func auditIsCleanOnReviewDay(id: String) throws {
        let matrix = BuiltinMatrices.all.first { $0.id == id }!
        // Counted from the matrix's own asOf, so that the suite never turns red by the calendar.
        let asOf = try #require(matrix.asOf)
        let report = MatrixAuditor(today: asOf).audit(matrix)
        let serious = report.findings.filter { $0.severity != .info }
        #expect(serious.isEmpty, "\(matrix.id): \(serious.map { "\($0.kind.rawValue) at \($0.path): \($0.message)" })")
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
