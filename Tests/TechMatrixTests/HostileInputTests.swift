import Testing
@testable import TechMatrix

/// The rows of `Tests/HostileInputs.md` that no other suite already covers, one test per row,
/// each named by its row.
@Suite("Hostile inputs (Tests/HostileInputs.md)")
struct HostileInputTests {
    static func matrix(toolName: String = "T", text: String, url: String? = nil) -> Matrix {
        Matrix(id: "m", title: "M", criteria: [Criterion(id: "c", name: "C", kind: .text)],
               tools: [Tool(id: "t", name: toolName, url: url, cells: ["c": Cell(.text(text))], pros: [Remark(text)])])
    }

    @Test("H3: <script> in user text is text in Markdown and HTML, never markup")
    func script() {
        let matrix = Self.matrix(toolName: "<script>alert(1)</script>", text: "<img src=x onerror=alert(1)>")
        let markdown = Renderer().render(matrix, as: .markdown)
        #expect(markdown.contains(#"\<script\>alert(1)\</script\>"#))
        #expect(!markdown.contains("<script>"))
        let html = Renderer().render(matrix, as: .html)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.components(separatedBy: "<script>").count == 3, "only the page's own two scripts (interaction and freshness)")
    }

    @Test("H7: a javascript: URL is refused by validation and never becomes a link")
    func javascriptURL() {
        let matrix = Self.matrix(text: "x", url: "javascript:alert(1)")
        #expect(matrix.problems().map(\.description) == [#"tools[0].url: "javascript:alert(1)" is not an absolute http or https URL"#])
        #expect(!Renderer().render(matrix, as: .html).contains("href=\"javascript"))
    }

    @Test("H26: a leading @ in a Markdown list item does not start an HTML block")
    func leadingAt() {
        let markdown = Renderer().render(Self.matrix(text: "@handle"), as: .markdown)
        #expect(markdown.contains("- @handle\n"))
    }

    @Test("H27: quotes in names are escaped inside HTML attributes")
    func attributeQuotes() {
        let html = Renderer().render(Self.matrix(toolName: #"a" onmouseover="x' y"#, text: "v"), as: .html)
        #expect(html.contains(#"data-name="a&quot; onmouseover=&quot;x&#39; y""#))
    }

    @Test("H28: bidi overrides and control characters cannot garble a terminal through diagnostics")
    func diagnosticsQuoting() {
        #expect(Quoting.quoted("a\u{202E}b\u{7}c\nd") == #""a\u{202E}b\u{7}c\nd""#)
        let problem = Problem(JSONPath([.key("tools"), .index(0), .key("values"), .key("we\"ird\u{202E}")]), .blankText)
        #expect(problem.description == #"tools[0].values["we\"ird\u{202E}"]: must not be empty or only white space"#)
    }

    @Test("H19: -0, tiny and huge numbers stay numbers and round-trip exactly")
    func numbers() throws {
        // The expected text is written out here, not computed by the code under test. -0 is
        // written as 0: JSON compares them equal, so the round trip below cannot see the sign.
        for (value, text) in [(-0.0, "0"), (1e-7, "1e-07"), (1e21, "1e+21"), (123456.789, "123456.789"), (-42, "-42")] {
            let matrix = Matrix(id: "m", title: "M", criteria: [Criterion(id: "n", name: "N", kind: .number(unit: nil, better: nil))],
                                tools: [Tool(id: "t", name: "T", cells: ["n": Cell(.number(value))])])
            let decoded = try MatrixDecoder().decode(MatrixEncoder().encode(matrix))
            #expect(decoded == matrix)
            #expect(Renderer(options: RenderOptions(rawCSV: false)).render(matrix, as: .csv).contains("\r\nT,\(text),,\r\n"))
        }
    }
}
