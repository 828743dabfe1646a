import Foundation
import Testing

@testable import TechMatrix

/// The AsciiDoc and reStructuredText markers of `embed`: the same rules as the Markdown and
/// HTML markers, in each language's own comments.
@Suite("Embedding matrices into AsciiDoc and reStructuredText documents")
struct LightMarkupEmbeddingTests {
    static let matrix = GoldenTests.Fixture.matrix

    /// A kind, its opening marker before the id, and its closing marker.
    struct Syntax: Sendable, CustomTestStringConvertible {
        var kind: EmbeddedDocument.Kind
        var format: OutputFormat
        var open: String
        var close: String
        var fileName: String
        var testDescription: String { fileName }

        func marker(_ words: String) -> String { open + words }
    }

    static let syntaxes = [
        Syntax(kind: .asciiDoc, format: .asciiDoc, open: "// techmatrix:", close: "// /techmatrix", fileName: "doc.adoc"),
        Syntax(kind: .reStructuredText, format: .reStructuredText, open: ".. techmatrix:", close: ".. /techmatrix", fileName: "doc.rst"),
    ]

    static func update(_ text: String, _ syntax: Syntax) throws(EmbeddedDocument.MarkerError) -> String {
        String(decoding: try EmbeddedDocument(bytes: Array(text.utf8), kind: syntax.kind).updated(with: [matrix]), as: UTF8.self)
    }

    /// The region's content as `embed` writes it: the rendering, and for reStructuredText a
    /// blank line on either side.
    static func region(_ syntax: Syntax, _ options: RenderOptions) -> String {
        let rendered = Renderer(options: options).render(matrix, as: syntax.format)
        return syntax.kind == .reStructuredText ? "\n" + rendered + "\n" : rendered
    }

    @Test(
        "The kind follows the file name",
        arguments: [
            ("a.adoc", EmbeddedDocument.Kind.asciiDoc), ("b.ASCIIDOC", .asciiDoc), ("c.asc", .asciiDoc), ("d.rst", .reStructuredText),
            ("e.md", .markdown), ("f.htm", .html),
        ])
    func kindFromFileName(name: String, kind: EmbeddedDocument.Kind) {
        #expect(EmbeddedDocument.Kind(fileName: name) == kind)
    }

    @Test("A region gets the rendering its marker asks for; the rest is kept byte for byte", arguments: syntaxes)
    func rendersRegion(syntax: Syntax) throws {
        let before = "Intro\r\n\n" + syntax.marker("example-meshes table-only plain") + "\nstale\n" + syntax.close + "\n\nTrailing text"
        let after = try Self.update(before, syntax)
        let region = Self.region(syntax, RenderOptions(plainSymbols: true, tableOnly: true))
        #expect(after == "Intro\r\n\n" + syntax.marker("example-meshes table-only plain") + "\n" + region + syntax.close + "\n\nTrailing text")
        #expect(try Self.update(after, syntax) == after)
    }

    @Test("Marker options are the render flags' words: rows", arguments: syntaxes)
    func rowsOption(syntax: Syntax) throws {
        let after = try Self.update(syntax.marker("example-meshes rows table-only") + "\n" + syntax.close + "\n", syntax)
        #expect(after.contains(Self.region(syntax, RenderOptions(orientation: .toolsAsRows, tableOnly: true))))
    }

    @Test("Marker errors name the line and leave the document unchanged", arguments: syntaxes)
    func markerErrors(syntax: Syntax) {
        let cases: [(String, Int, String)] = [
            (syntax.marker("nope") + "\n" + syntax.close + "\n", 1, "no matrix has id 'nope'"),
            (syntax.marker("example-mesh") + "\n" + syntax.close + "\n", 1, "no matrix has id 'example-mesh'; did you mean 'example-meshes'?"),
            ("x\n" + syntax.marker("example-meshes") + "\nno end\n", 2, "the region opened here is never closed with \(syntax.close)"),
            (
                syntax.marker("example-meshes") + "\n" + syntax.marker("example-meshes") + "\n" + syntax.close + "\n", 2,
                "a marker inside the region opened at line 1; regions cannot nest"
            ),
            ("text\n" + syntax.close + "\n", 2, "closing marker without an opening \(syntax.open)<id> before it"),
            (
                syntax.marker("example-meshes tabel-only") + "\n" + syntax.close + "\n", 1,
                "unknown option 'tabel-only' in the marker; expected columns, rows, plain, table-only, pad, fragment, style, h2, h3, h4, h5, h6; did you mean 'table-only'?"
            ),
            (String(syntax.open.dropLast()) + " example-meshes\n", 1, "malformed marker; write \(syntax.open)<id> [options]"),
            (syntax.open + "\n" + syntax.close + "\n", 1, "the marker names no matrix; write \(syntax.open)<id> [options]"),
            (syntax.close + "x\n", 1, "malformed closing marker; write \(syntax.close)"),
        ]
        for (text, line, message) in cases {
            #expect(throws: EmbeddedDocument.MarkerError(line: line, message: message)) { try Self.update(text, syntax) }
        }
    }

    @Test("A Markdown marker in an AsciiDoc or reStructuredText file is left alone", arguments: syntaxes)
    func otherLanguagesMarkers(syntax: Syntax) throws {
        let text = "<!-- techmatrix:example-meshes -->\n<!-- /techmatrix -->\n"
        #expect(try Self.update(text, syntax) == text)
    }

    @Test(
        "embed writes, is idempotent, --check passes when fresh and fails with a diff when stale; a bad marker writes nothing",
        arguments: syntaxes)
    func endToEnd(syntax: Syntax) throws {
        let directory = try CLIProcess.temporaryDirectory()
        func run(_ arguments: String...) throws -> CLIProcess.Result { try CLIProcess.run(arguments, in: directory) }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        let name = syntax.fileName
        let document = "Notes\n\n" + syntax.marker("service-meshes table-only") + "\n" + syntax.close + "\n\nThe end.\n"
        try document.write(toFile: path(name), atomically: true, encoding: .utf8)

        let stale = try run("embed", "--check", name)
        #expect(stale.status == 1)
        #expect(stale.stdout.hasPrefix("stale: \(name)\n--- \(name) (on disk)\n"))
        #expect(try String(contentsOfFile: path(name), encoding: .utf8) == document)

        let first = try run("embed", name)
        #expect(first.status == 0)
        #expect(first.stdout == "updated \(name)\n")
        let updated = try String(contentsOfFile: path(name), encoding: .utf8)
        #expect(updated.hasPrefix("Notes\n\n" + syntax.marker("service-meshes table-only") + "\n"))
        #expect(updated.contains("Istio (sidecar mode)"))
        #expect(updated.hasSuffix(syntax.close + "\n\nThe end.\n"))
        #expect(try run("embed", name).stdout == "1 file already up to date\n")
        let fresh = try run("embed", "--check", name)
        #expect(fresh.status == 0)
        #expect(fresh.stdout == "all regions in 1 file are up to date\n")

        let brokenName = "broken" + name.drop(while: { $0 != "." })
        let broken = "keep me\n" + syntax.marker("service-meshes") + "\nno end\n"
        try broken.write(toFile: path(brokenName), atomically: true, encoding: .utf8)
        try document.write(toFile: path(name), atomically: true, encoding: .utf8)
        let result = try run("embed", name, brokenName)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(brokenName): line 2: the region opened here is never closed with \(syntax.close); the file was not changed\n")
        #expect(try String(contentsOfFile: path(brokenName), encoding: .utf8) == broken)
        #expect(try String(contentsOfFile: path(name), encoding: .utf8) == document, "nothing is written when any file has a bad marker")
    }
}
