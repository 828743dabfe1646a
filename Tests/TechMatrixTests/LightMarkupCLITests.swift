import Foundation
import Testing

@testable import TechMatrix

/// `--format adoc` and `--format rst` through the real executable.
@Suite("AsciiDoc and reStructuredText from the command line")
struct LightMarkupCLITests {
    let directory: URL

    init() throws { directory = try CLIProcess.temporaryDirectory() }

    func run(_ arguments: String...) throws -> CLIProcess.Result { try CLIProcess.run(arguments, in: directory) }

    @Test("render --format adoc and rst stream a built-in matrix, and honour --table-only")
    func renderToStandardOutput() throws {
        let adoc = try run("render", "service-meshes", "--format", "adoc", "--output", "-")
        #expect(adoc.status == 0)
        #expect(adoc.stdout.hasPrefix("= Service meshes\n\n"))
        #expect(adoc.stdout.contains("\n|===\n"))
        let rst = try run("render", "service-meshes", "--format", "rst", "--output", "-")
        #expect(rst.status == 0)
        #expect(rst.stdout.hasPrefix("==============\nService meshes\n==============\n\n"))
        #expect(rst.stdout.contains("\n.. list-table::\n   :header-rows: 1\n"))
        let table = try run("render", "service-meshes", "--format", "rst", "--table-only", "--output", "-")
        #expect(table.stdout.hasPrefix(".. list-table::\n"))
    }

    @Test("An unknown format names every format")
    func unknownFormat() throws {
        let result = try run("render", "--format", "md,rts")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: unknown format 'rts'; expected md, adoc, rst, csv, html or json"))
    }
}
