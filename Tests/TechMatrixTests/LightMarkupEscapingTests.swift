import Testing

@testable import TechMatrix

/// AsciiDoc and reStructuredText escaping, rule by rule; the conformance corpus checks the
/// same rules against Asciidoctor and docutils.
@Suite("AsciiDoc and reStructuredText escaping")
struct LightMarkupEscapingTests {
    static func asciiDoc(_ text: String, line: Bool = false) -> String {
        var output = ByteBuffer()
        if line { AsciiDocEscaping.line(text, into: &output) } else { AsciiDocEscaping.text(text, into: &output) }
        return output.string
    }

    static func reStructuredText(_ text: String) -> (text: String, substituted: [Unicode.Scalar]) {
        var escaping = ReStructuredTextEscaping()
        var output = ByteBuffer()
        escaping.text(text, into: &output)
        return (output.string, escaping.substituted)
    }

    @Test(
        "AsciiDoc writes markup characters as character references",
        arguments: [
            ("a | b", "a &#124; b"), ("*strong*", "&#42;strong&#42;{empty}"), ("{attr}", "&#123;attr&#125;{empty}"), ("it's", "it&#39;s"),
            ("[[id]] <<x>>", "&#91;&#91;id&#93;&#93; &#60;&#60;x&#62;&#62;{empty}"), ("a+b#c", "a&#43;b&#35;c"), ("x:y", "x&#58;y"),
            ("a\\b", "a&#92;b"), ("link=x", "link&#61;x"), ("user@example.com", "user&#64;example.com"), ("&amp;", "&#38;amp&#59;{empty}"),
        ])
    func asciiDocReferences(text: String, escaped: String) {
        #expect(Self.asciiDoc(text) == escaped)
    }

    @Test(
        "AsciiDoc references - . / ( ) only where they would mean something",
        arguments: [
            ("0.5 ms", "0.5 ms"), ("3/5", "3/5"), ("all-round", "all-round"), ("a--b", "a&#45;&#45;b"), ("wait...", "wait&#46;&#46;&#46;{empty}"),
            ("1. first", "1&#46; first"), ("- item", "&#45; item"), (".Title", "&#46;Title"), ("i) x", "i&#41; x"), ("// c", "&#47;&#47; c"),
            ("(C) 2025", "&#40;C&#41; 2025"), ("x (TM)", "x &#40;TM)"), ("((index))", "&#40;&#40;index&#41;&#41;{empty}"), ("•x", "&#8226;x"),
        ])
    func asciiDocInPlace(text: String, escaped: String) {
        #expect(Self.asciiDoc(text) == escaped)
    }

    @Test(
        "AsciiDoc keeps edge white space, CR and line breaks",
        arguments: [
            (" lead", "&#32;lead"), ("trail\t", "trail&#09;{empty}"), ("a\nb", "a +\nb"), ("a \nb", "a&#32;{empty} +\nb"), ("\n", "{empty} +\n{empty}"),
            ("a\r\nb", "a&#13;{empty} +\nb"), ("cr\ronly", "cr&#13;only"), ("in  the middle", "in  the middle"),
        ])
    func asciiDocWhiteSpace(text: String, escaped: String) {
        #expect(Self.asciiDoc(text) == escaped)
    }

    @Test("AsciiDoc titles stay on one line")
    func asciiDocTitle() {
        #expect(Self.asciiDoc("a\nb", line: true) == "a&#10;b")
    }

    @Test("AsciiDoc link targets are passthroughs with ] escaped")
    func asciiDocURL() {
        var output = ByteBuffer()
        AsciiDocEscaping.url("https://example.org/a_b*c*[1]", into: &output)
        #expect(output.string == "pass:c[https://example.org/a_b*c*[1\\]]")
    }

    @Test(
        "reStructuredText escapes inline markup everywhere and block markup where a block starts",
        arguments: [
            ("*emphasis*", "\\*emphasis\\*"), ("name_", "name\\_"), ("`x`", "\\`x\\`"), ("|sub|", "\\|sub\\|"), (":role:", "\\:role\\:"),
            ("a <b>", "a \\<b\\>"), ("user@example.com", "user\\@example.com"), ("http://x", "http\\://x"), ("a\\b", "a\\\\b"),
            ("0.5 ms", "0.5 ms"), ("1. first", "1\\. first"), ("- item", "\\- item"), ("(a) x", "\\(a\\) x"), (".. note:: x", "\\.\\. note\\:\\: x"),
            ("#. x", "\\#\\. x"), ("--opt x", "\\--opt x"), ("• x", "\\• x"), ("a-b c-d", "a-b c-d"),
        ])
    func reStructuredTextEscapes(text: String, escaped: String) {
        #expect(Self.reStructuredText(text).text == escaped)
        #expect(Self.reStructuredText(text).substituted.isEmpty)
    }

    @Test(
        "reStructuredText writes what docutils would lose as substitutions",
        arguments: [
            ("a\nb", "a\\ |tm-U+000A|\\ b", ["\n"]), (" lead", "|tm-U+0020|\\ lead", [" "]), ("trail ", "trail\\ |tm-U+0020|", [" "]),
            ("a\tb", "a\\ |tm-U+0009|\\ b", ["\t"]), ("x\u{3000}", "x\\ |tm-U+3000|", ["\u{3000}"]), ("\u{A0}lead", "|tm-U+00A0|\\ lead", ["\u{A0}"]),
            ("a\u{2028}b", "a\\ |tm-U+2028|\\ b", ["\u{2028}"]), ("\r\n", "|tm-U+000D|\\ |tm-U+000A|", ["\r", "\n"]),
            ("\\\\", "|tm-U+005C|\\ \\\\", ["\\"]), ("in  the\u{A0}middle", "in  the\u{A0}middle", []),
        ] as [(String, String, [Unicode.Scalar])])
    func reStructuredTextSubstitutions(text: String, escaped: String, substituted: [Unicode.Scalar]) {
        let result = Self.reStructuredText(text)
        #expect(result.text == escaped)
        #expect(result.substituted == substituted)
        #expect(ReStructuredTextEscaping.isSubstitutionFree(text) == substituted.isEmpty)
    }

    @Test("reStructuredText defines each substitution once, with the unicode directive")
    func reStructuredTextDefinitions() {
        var escaping = ReStructuredTextEscaping()
        var output = ByteBuffer()
        escaping.text("a\nb\nc\td", into: &output)
        var definitions = ByteBuffer()
        escaping.definitions(into: &definitions)
        #expect(definitions.string == ".. |tm-U+000A| unicode:: U+000A\n.. |tm-U+0009| unicode:: U+0009\n\n")
    }

    @Test("Both formats render every piece of the golden matrix and honour table-only", arguments: [OutputFormat.asciiDoc, .reStructuredText])
    func tableOnly(format: OutputFormat) {
        let full = Renderer().render(GoldenTests.Fixture.matrix, as: format)
        let table = Renderer(options: RenderOptions(tableOnly: true)).render(GoldenTests.Fixture.matrix, as: format)
        for piece in ["Example meshes", "Pros and cons", "Verdict", "Sources", "It depends."] {
            #expect(full.contains(piece))
            #expect(!table.contains(piece))
        }
        #expect(table.contains("Notes"))
        #expect(full.hasSuffix("\n") && !full.hasSuffix("\n\n"))
    }
}
