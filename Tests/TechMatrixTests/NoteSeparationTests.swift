import TechMatrixTestSupport
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

    /// The rule as first written, character by character: the reference the fast rule must
    /// agree with.
    static func referenceSeparator(afterNote note: String) -> String {
        let closing: Set<Character> = [")", "]", "\"", "'", "”", "’", "»"]
        let last = note.reversed().first { !closing.contains($0) && !$0.isWhitespace }
        return last.map { ".!?…:;".contains($0) } == true ? " " : " — "
    }

    @Test("The separator's fast paths (ASCII endings, and letters and pictographs that join nothing) agree with the character rule: combining marks, joiners, Prepend, CRLF and U+037E included")
    func separatorAgreesWithCharacters() {
        let fixed = [
            "", " ", "end.", "end. ", "end.\r\n", "end.)\u{00A0}", "end.\u{301}", "end.\u{FE0F}", "end\u{37E}", "end;\u{301}",
            "quote.”\u{301}", ".\u{600} ", ".\u{600})", "…", "»", "a »", "x\u{2003}", "?\u{3000}", "\u{1F468}\u{200D}\u{1F469}.",
            "e\u{301}", "wow!\u{200D}", "done:\u{20E3}", "ok.\u{1F3FB}", "ok.\u{E0020}",
            // Letters and pictographs that join nothing, alone, behind joining marks and before
            // closing marks and spaces (those endings are walked), and scripts left to the walk.
            "中文文档", "日本語のテキスト", "한국어", "العربية", "עברית", "🚀", "naïve café", "Ελλάδα", "Москва", "Łódź ",
            "中文)", "中文 »", "\u{600}中", "\u{1100}\u{AC00}", "\u{1F468}\u{200D}\u{1F680}", " \u{200D}\u{1F680}", "中\u{301}", "👍🏽",
            "\u{D7}", "\u{F7}", "\u{3099}", "ト\u{3099}", "\u{2003}中", "中\u{2003}", "cafe\u{301}", "e\u{301}\u{301}", ".\u{301}\u{1F3FB}",
            "\u{1F44D}\u{1F3FD}\u{FE0F}", "\u{1F3FD}", " \u{1F3FD}", "\u{2003}\u{301}", "中\u{FE0F})", "\u{37E}\u{301}", "\u{D7}\u{301}",
        ]
        for note in fixed {
            #expect(Presentation.separator(afterNote: note) == Self.referenceSeparator(afterNote: note), "\(Array(note.unicodeScalars.map { String($0.value, radix: 16) }))")
        }
        // Random tails of endings, closings, spaces, combining marks and joiners.
        let pieces: [String] = [
            ".", "!", "?", "…", ":", ";", "\u{37E}", ")", "]", "\"", "'", "”", "’", "»", " ", "\u{A0}", "\u{2028}", "\r", "\n",
            "\u{301}", "\u{FE0F}", "\u{200D}", "\u{600}", "a", "\u{1F600}", "\u{1F3FB}", "\u{1100}", "\u{1161}", "\u{E0020}",
            "\u{C0}", "\u{E9}", "\u{24F}", "\u{44F}", "\u{5EA}", "\u{629}", "\u{3041}", "\u{30C8}", "\u{4E2D}", "\u{9FFF}",
            "\u{AC00}", "\u{D7A3}", "\u{1F300}", "\u{1F680}", "\u{1F9FF}", "\u{D7}", "\u{3099}", "\u{11A8}", "\u{1F1E6}",
            "\u{300}", "\u{36F}", "\u{FE0E}", "\u{1F3FF}", "\u{2003}", "\u{3000}",
        ]
        var generator = SeededGenerator(seed: 37)
        for _ in 0..<50_000 {
            let note = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Presentation.separator(afterNote: note) == Self.referenceSeparator(afterNote: note), "\(Array(note.unicodeScalars.map { String($0.value, radix: 16) }))")
        }
    }
}
