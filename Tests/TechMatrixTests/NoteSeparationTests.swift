import Testing

@testable import TechMatrix

/// A note's own words end where they end; what the renderer adds after it ("Verified …",
/// "Source: …") is always set apart, whatever punctuation the note ends with.
@Suite("A note never runs into its sources")
struct NoteSeparationTests {
    static func matrix(note: String) -> Matrix {
        let criterion = Criterion(id: "latency", name: "Latency", kind: .text)
        let cell = Cell(.text("15 ms"), note: note, sources: ["demo"])
        return Matrix(
            id: "m", title: "M", sources: [Source("Demo write-up", id: "demo")], criteria: [criterion],
            tools: [Tool(id: "a", name: "A", cells: ["latency": cell])])
    }

    @Test(
        "Markdown and HTML put a dash after a note without final punctuation, a space after one with it",
        arguments: [
            ("OpenTelemetry demo", "OpenTelemetry demo — Source: Demo write-up."),
            ("On the demo.", "On the demo. Source: Demo write-up."),
            ("Is it?", "Is it? Source: Demo write-up."),
            ("(as reported.)", "(as reported.) Source: Demo write-up."),
            ("a “quote.”", "a “quote.” Source: Demo write-up."),
            ("a list:", "a list: Source: Demo write-up."),
        ])
    func separated(note: String, expected: String) {
        let matrix = Self.matrix(note: note)
        let markdown = Renderer().render(matrix, as: .markdown)
        let html = Renderer().render(matrix, as: .html)
        #expect(markdown.contains("- **1a** " + expected + "\n"), "\(markdown)")
        #expect(html.contains("</span> " + expected + " <a href=\"#m--ref-c0-0\""), "\(html)")
        // AsciiDoc and reStructuredText escape some of the note's punctuation, so they are
        // checked on the separator alone.
        for format in [OutputFormat.asciiDoc, .reStructuredText] {
            let rendered = Renderer().render(matrix, as: format)
            let separator = expected.contains(" — Source") ? " — Source: " : " Source: "
            #expect(rendered.contains(separator + "Demo write-up."), "\(format): \(rendered)")
            if separator == " Source: " { #expect(!rendered.contains(" — Source: ")) }
        }
    }
}
