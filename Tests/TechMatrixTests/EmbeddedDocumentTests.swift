import Testing
@testable import TechMatrix

@Suite("Embedding matrices into Markdown and HTML documents")
struct EmbeddedDocumentTests {
    static let matrix = GoldenTests.Fixture.matrix

    static func update(_ text: String, kind: EmbeddedDocument.Kind = .markdown) throws(EmbeddedDocument.MarkerError) -> String {
        String(decoding: try EmbeddedDocument(bytes: Array(text.utf8), kind: kind).updated(with: [matrix]), as: UTF8.self)
    }

    static func error(_ text: String) -> EmbeddedDocument.MarkerError? {
        do { _ = try update(text); return nil } catch { return error }
    }

    @Test("A region gets the rendering its marker asks for; everything else is kept byte for byte")
    func rendersRegion() throws {
        let before = "# Write-up\r\n\nSome *text* <!-- a comment -->\n\n<!-- techmatrix:example-meshes table-only plain -->\nstale\n<!-- /techmatrix -->\n\nTrailing text without newline"
        let after = try Self.update(before)
        let table = Renderer(options: RenderOptions(plainSymbols: true, tableOnly: true)).render(Self.matrix, as: .markdown)
        #expect(after == "# Write-up\r\n\nSome *text* <!-- a comment -->\n\n<!-- techmatrix:example-meshes table-only plain -->\n" + table + "<!-- /techmatrix -->\n\nTrailing text without newline")
    }

    @Test("Running twice changes nothing")
    func idempotent() throws {
        let once = try Self.update("a\n<!-- techmatrix:example-meshes rows -->\n<!-- /techmatrix -->\nb\n")
        #expect(try Self.update(once) == once)
    }

    @Test("Several regions in one document are each rendered")
    func severalRegions() throws {
        let text = "<!-- techmatrix:example-meshes table-only -->\n<!-- /techmatrix -->\nmiddle\n<!-- techmatrix:example-meshes table-only plain -->\n<!-- /techmatrix -->\n"
        let after = try Self.update(text)
        #expect(after.contains("✅ Yes"))
        #expect(after.contains("middle\n"))
        #expect(after.components(separatedBy: "| Criterion |").count == 3)
    }

    @Test("HTML documents always get a fragment")
    func htmlFragment() throws {
        let after = try Self.update("<body>\n<!-- techmatrix:example-meshes -->\n<!-- /techmatrix -->\n</body>\n", kind: .html)
        #expect(after.hasPrefix("<body>\n<!-- techmatrix:example-meshes -->\n<div class=\"tm-fragment\">\n<div class=\"tm-wrap\">"))
        #expect(!after.contains("<html"))
        #expect(!after.contains("<script"))
        #expect(!after.contains("<style"))
        #expect(!after.contains("<h2>"), "a fragment's headings stay out of the host's outline unless asked")
    }

    @Test("The style and h3 marker words give a fragment its scoped stylesheet and h3 headings")
    func htmlFragmentStyleAndHeadings() throws {
        let after = try Self.update("<body>\n<!-- techmatrix:example-meshes style h3 -->\n<!-- /techmatrix -->\n</body>\n", kind: .html)
        #expect(after.hasPrefix("<body>\n<!-- techmatrix:example-meshes style h3 -->\n<style>" + HTMLAssets.fragmentStyle + "</style>\n<div class=\"tm-fragment\">"))
        #expect(after.contains("<h3>Notes</h3>"))
        #expect(!HTMLAssets.fragmentStyle.contains(":root") && !HTMLAssets.fragmentStyle.contains("body{"), "styles nothing of the host")
        #expect(RenderOptions.fragmentStyleSource == SHA256.cspSource(for: HTMLAssets.fragmentStyle))
    }

    @Test("CRLF documents get CRLF inside their regions")
    func crlf() throws {
        let after = try Self.update("<!-- techmatrix:example-meshes table-only -->\r\n<!-- /techmatrix -->\r\n")
        #expect(!after.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("Marker errors name the line", arguments: [
        ("<!-- techmatrix:nope -->\n<!-- /techmatrix -->\n", 1, "no matrix has id 'nope'"),
        ("<!-- techmatrix:example-mesh -->\n<!-- /techmatrix -->\n", 1, "no matrix has id 'example-mesh'; did you mean 'example-meshes'?"),
        ("x\n<!-- techmatrix:example-meshes -->\nno end\n", 2, "the region opened here is never closed with <!-- /techmatrix -->"),
        ("<!-- techmatrix:example-meshes -->\n<!-- techmatrix:example-meshes -->\n<!-- /techmatrix -->\n", 2, "a marker inside the region opened at line 1; regions cannot nest"),
        ("text\n<!-- /techmatrix -->\n", 2, "closing marker without an opening <!-- techmatrix:<id> --> before it"),
        ("<!-- techmatrix:example-meshes tabel-only -->\n<!-- /techmatrix -->\n", 1, "unknown option 'tabel-only' in the marker; expected columns, rows, plain, table-only, pad, fragment, style, h2, h3, h4, h5, h6; did you mean 'table-only'?"),
        ("<!-- techmatrix example-meshes -->\n", 1, "malformed marker; write <!-- techmatrix:<id> [options] -->"),
        ("<!-- techmatrix: -->\n<!-- /techmatrix -->\n", 1, "the marker names no matrix; write <!-- techmatrix:<id> [options] -->"),
        ("<!-- /techmatrix--->\n", 1, "malformed closing marker; write <!-- /techmatrix -->"),
    ])
    func markerErrors(text: String, line: Int, message: String) {
        #expect(Self.error(text) == EmbeddedDocument.MarkerError(line: line, message: message))
    }
}
