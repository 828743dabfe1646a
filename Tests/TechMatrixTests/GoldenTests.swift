import Foundation
import Testing
@testable import TechMatrix

/// Whole documents compared with reviewed golden files in `Golden/`. Set
/// `TECHMATRIX_RECORD=1` to re-record them: the run then fails, so that nobody mistakes a
/// recording for a pass, and the new files are reviewed by eye before they are committed.
@Suite("Golden renderings of one realistic matrix")
struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    enum Fixture {
        static let talk = Source("Fictional benchmark talk", id: "talk", author: "A. Speaker", event: "ExampleConf 2025",
                                 url: "https://example.org/talks/42?lang=en&t=1", published: "2025-05-01")
        static let docs = Source("Project docs", id: "docs", url: "https://example.org/docs")
        static let model = Criterion.text("Data plane", group: "Architecture", description: "How traffic is carried.")
        static let mtls = Criterion.support("mTLS", group: "Security")
        static let latency = Criterion.number("Added latency", unit: "ms", better: .lower, group: "Performance")
        static let memory = Criterion.number("Memory per node", unit: "MiB", better: .lower, group: "Performance")
        static let setup = Criterion.rating("Ease of setup", scale: 5, group: "Operations")
        static let notes = Criterion.text("Notes", group: "Operations")

        static let alpha = Tool("Alpha | Mesh", url: "https://example.org/alpha") {
            model("Sidecar *per* pod", sources: talk)
            mtls(.yes, sources: docs)
            latency(15, note: "On the demo app, p50.", sources: talk)
            memory(120.5, sources: talk)
            setup(3, sources: talk)
            notes("Needs <CRDs> & a\nsecond line", sources: docs)
            Pro("Rich L7 features", sources: talk)
            Con("=Adds latency", sources: talk)
        }
        static let beta = Tool("Beta 日本") {
            model("eBPF", sources: talk)
            mtls(.partial, note: "Only between nodes.", sources: docs)
            latency(0.5, sources: talk)
            setup(5, sources: talk)
            Pro("Fast", sources: talk)
        }
        static let gamma = Tool("Gamma") {
            mtls(.no, sources: docs)
            latency(2, sources: talk)
            memory(80, sources: talk)
            Con("Few features", sources: docs)
        }

        static let matrix = Matrix("Example meshes", asOf: "2025-05-02") {
            Summary("A small realistic matrix used for golden files.")
            talk
            docs
            model; mtls; latency; memory; setup; notes
            alpha; beta; gamma
            Verdict("It depends.")
        }
    }

    static let variants: [(String, OutputFormat, RenderOptions)] = [
        ("default.md", .markdown, RenderOptions()),
        ("table-only.md", .markdown, RenderOptions(tableOnly: true)),
        ("rows-plain-padded.md", .markdown, RenderOptions(orientation: .toolsAsRows, plainSymbols: true, padColumns: true)),
        ("default.adoc", .asciiDoc, RenderOptions()),
        ("table-only-rows-plain.adoc", .asciiDoc, RenderOptions(orientation: .toolsAsRows, plainSymbols: true, tableOnly: true)),
        ("default.rst", .reStructuredText, RenderOptions()),
        ("table-only-rows-plain.rst", .reStructuredText, RenderOptions(orientation: .toolsAsRows, plainSymbols: true, tableOnly: true)),
        ("default.csv", .csv, RenderOptions()),
        ("columns.csv", .csv, RenderOptions(orientation: .toolsAsColumns)),
        ("long.csv", .csv, RenderOptions(longFormat: true)),
        ("bom-raw.csv", .csv, RenderOptions(byteOrderMark: true, rawCSV: true)),
        ("default.html", .html, RenderOptions()),
        ("rows-plain.html", .html, RenderOptions(orientation: .toolsAsRows, plainSymbols: true)),
        ("fragment.html", .html, RenderOptions(fragment: true)),
        ("canonical.json", .json, RenderOptions()),
    ]

    @Test("Each format and option combination matches its reviewed golden file", arguments: variants.map(\.0))
    func golden(name: String) throws {
        let (_, format, options) = Self.variants.first { $0.0 == name }!
        let rendered = Renderer(options: options).renderBytes(Fixture.matrix, as: format)
        let file = Self.directory.appendingPathComponent(name)
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
