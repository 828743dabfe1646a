import Foundation
import Testing

@testable import TechMatrix

/// The golden matrix with two profiles: its Markdown and its page with the "Which one fits"
/// section, compared with reviewed golden files (`TECHMATRIX_RECORD=1` re-records them, as
/// for ``GoldenTests``). The other golden files stay as they are: that matrix declares none.
@Suite("Golden renderings of the 'Which one fits' section")
struct RankingGoldenTests {
    typealias Fixture = GoldenTests.Fixture

    static let matrix: Matrix = {
        var matrix = Fixture.matrix
        matrix.profiles = [
            Profile(
                "Secure *and* fast", description: "Encryption between pods; latency matters most.",
                require: [Fixture.mtls.required(.partial)],
                weights: [Fixture.latency.weighted(2), Fixture.memory.weighted(1), Fixture.setup.weighted(1)]),
            Profile("Lean nodes", require: [Fixture.memory.required(atMost: 100)], weights: [Fixture.latency.weighted(1)]),
        ]
        return matrix
    }()

    static let variants: [(String, OutputFormat, RenderOptions)] = [
        ("profiles.md", .markdown, RenderOptions()),
        ("profiles-plain.html", .html, RenderOptions(plainSymbols: true)),
    ]

    @Test("Markdown and HTML with profiles match their reviewed golden files", arguments: variants.map(\.0))
    func golden(name: String) throws {
        #expect(Self.matrix.problems().isEmpty, "\(Self.matrix.problems())")
        let (_, format, options) = Self.variants.first { $0.0 == name }!
        let rendered = Renderer(options: options).renderBytes(Self.matrix, as: format)
        let file = GoldenTests.directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TECHMATRIX_RECORD"] == "1" {
            try Data(rendered).write(to: file)
            Issue.record("recorded \(name); review it by eye, then run again without TECHMATRIX_RECORD")
            return
        }
        let golden = try #require(FileManager.default.contents(atPath: file.path), "missing golden file \(name); record with TECHMATRIX_RECORD=1")
        guard rendered != Array(golden) else { return }
        let difference = LineDiff.describe(expected: String(decoding: golden, as: UTF8.self), actual: String(decoding: rendered, as: UTF8.self))
        Issue.record("\(name) differs from Golden/\(name) (- golden, + rendered):\n\(difference ?? "bytes that are not valid UTF-8 differ")")
    }
}
