import Testing
@testable import TechMatrix

private func markdownCell(_ text: String) -> String {
    var buffer = ByteBuffer()
    MarkdownEscaping.tableCell(text, into: &buffer)
    return buffer.string
}

private func markdownProse(_ text: String) -> String {
    var buffer = ByteBuffer()
    MarkdownEscaping.prose(text, into: &buffer)
    return buffer.string
}

private func markdownHeading(_ text: String) -> String {
    var buffer = ByteBuffer()
    MarkdownEscaping.heading(text, into: &buffer)
    return buffer.string
}

private func csvField(_ text: String) -> String {
    var buffer = ByteBuffer()
    CSVEscaping.field(text, into: &buffer)
    return buffer.string
}

private func htmlText(_ text: String) -> String {
    var buffer = ByteBuffer()
    HTMLEscaping.text(text, into: &buffer)
    return buffer.string
}

private func htmlAttribute(_ text: String) -> String {
    var buffer = ByteBuffer()
    HTMLEscaping.attribute(text, into: &buffer)
    return buffer.string
}

@Suite("Markdown escaping, rule by rule")
struct MarkdownEscapingTests {
    @Test("GFM §4.10 tables: a pipe is escaped, also where a code span would be")
    func pipe() {
        #expect(markdownCell("a | b") == #"a \| b"#)
        #expect(markdownCell("`x|y`") == #"\`x\|y\`"#)
    }

    @Test("GFM §4.10 tables: LF, CR and CRLF become <br>, so they cannot end the row")
    func lineBreaks() {
        #expect(markdownCell("a\nb\r\nc\rd") == "a<br>b<br>c<br>d")
    }

    @Test("GFM §4.10 tables: edge spaces and tabs become character references, so they are not trimmed")
    func edgeWhiteSpace() {
        // Only the outermost character needs a reference: after it, nothing is at the edge.
        #expect(markdownCell("  a b\t") == "&#32; a b&#9;")
        #expect(markdownCell("a  ") == "a &#32;")
        #expect(markdownCell("a \nb") == "a&#32;<br>b")
    }

    @Test("CommonMark §6.2: white space beyond ASCII at either end becomes a reference, so bold around a group name still closes")
    func wideSpaceAtEdges() {
        #expect(markdownCell("Group\u{3000}") == "Group&#x3000;")
        #expect(markdownCell("\u{A0}Group") == "&#xA0;Group")
        #expect(markdownCell("\u{2003}\u{A0}x\u{3000}") == "&#x2003;&#xA0;x&#x3000;")
        #expect(markdownCell("in\u{3000}side") == "in\u{3000}side", "inside, white space stays as it is")
        #expect(markdownProse("\u{A0}- not a list") == "&#xA0;- not a list", "after a reference no block can start")
        #expect(markdownCell("\u{3000}") == "&#x3000;")
    }

    @Test("CommonMark §2.4 backslash escapes: inline syntax characters are escaped")
    func inlinePunctuation() {
        #expect(markdownCell(#"\ ` * _ [ ] < > & ~ $"#) == #"\\ \` \* \_ \[ \] \< \> \& \~ \$"#)
    }

    @Test("CommonMark §2.4: other punctuation is written as it is")
    func otherPunctuation() {
        #expect(markdownCell(##"!"#%'()+,-./;=?^{}"##) == ##"!"#%'()+,-./;=?^{}"##)
    }

    @Test("GFM §6.9 autolinks: URL schemes and www. are broken by escapes")
    func urlAutolinks() {
        #expect(markdownCell("https://example.com") == #"https\://example.com"#)
        #expect(markdownCell("see www.example.com") == #"see www\.example.com"#)
        #expect(markdownCell("WWW.EXAMPLE.COM") == #"WWW\.EXAMPLE.COM"#)
    }

    @Test("GFM §6.9 autolinks: an e-mail address is broken by an empty comment before @")
    func emailAutolinks() {
        #expect(markdownCell("user@example.com") == "user<!---->@example.com")
        #expect(markdownCell("@handle") == "@handle")
    }

    @Test("CommonMark §4.2, §4.3, §5.1, §5.2: a leading block marker in prose is escaped")
    func blockStarts() {
        #expect(markdownProse("# not a heading") == ##"\# not a heading"##)
        #expect(markdownProse("- not a list") == #"\- not a list"#)
        #expect(markdownProse("+ not a list") == #"\+ not a list"#)
        #expect(markdownProse("> not a quote") == #"\> not a quote"#)
        #expect(markdownProse("=== not an underline") == #"\=== not an underline"#)
        #expect(markdownProse("12. not a list") == #"12\. not a list"#)
        #expect(markdownProse("3) not a list") == #"3\) not a list"#)
        #expect(markdownProse("2024 was a year") == "2024 was a year")
    }

    @Test("CommonMark §4.4 indented code: leading spaces in prose are character references")
    func indentedCode() {
        #expect(markdownProse("    code") == "&#32;   code")
    }

    @Test("CommonMark §4.6 HTML blocks: a leading line break in prose is &#10;, not a lone <br>")
    func leadingLineBreak() {
        #expect(markdownProse("\nafter") == "&#10;after")
    }

    @Test("CommonMark §4.2 ATX headings: every # in a heading is escaped so none closes it")
    func headingHashes() {
        #expect(markdownHeading("C# and F# #") == ##"C\# and F\# \#"##)
    }

    @Test("Non-ASCII text is written as it is")
    func unicode() {
        #expect(markdownCell("日本語 ✅ e\u{301} 👩‍👩‍👧") == "日本語 ✅ e\u{301} 👩‍👩‍👧")
    }
}

@Suite("CSV escaping, rule by rule")
struct CSVEscapingTests {
    @Test("RFC 4180 §2.6: a field holding a comma, CR or LF is enclosed in double quotes")
    func quoting() {
        #expect(csvField("a,b") == #""a,b""#)
        #expect(csvField("a\nb") == "\"a\nb\"")
        #expect(csvField("a\r\nb") == "\"a\r\nb\"")
        #expect(csvField("plain text") == "plain text")
    }

    @Test("RFC 4180 §2.7: a double quote inside a field is doubled")
    func doubledQuotes() {
        #expect(csvField(#"say "hi""#) == #""say ""hi""""#)
    }

    @Test("OWASP CSV injection: text starting with = + - @ tab or CR gets a leading quote")
    func formulaHardening() {
        for text in ["=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"] {
            #expect(CSVEscaping.hardened(text) == "'" + text)
        }
        #expect(CSVEscaping.hardened("a=b") == "a=b")
        #expect(CSVEscaping.hardened("") == "")
    }

    @Test("A hardened field written directly is the field of the hardened text: the quote goes inside the quotes")
    func hardenedField() {
        for text in ["=a,b", "@\"x\"", "\rx", "\tx", "-1", "+1,2", "=HYPERLINK(\"x\")", "", "a=b", "\"=x", "plain"] {
            var direct = ByteBuffer(), raw = ByteBuffer()
            CSVEscaping.field(text, hardened: true, into: &direct)
            CSVEscaping.field(text, hardened: false, into: &raw)
            #expect(direct.string == csvField(CSVEscaping.hardened(text)), "\(text.debugDescription)")
            #expect(raw.string == csvField(text), "\(text.debugDescription)")
        }
        var buffer = ByteBuffer()
        CSVEscaping.field("=a,b", hardened: true, into: &buffer)
        #expect(buffer.string == #""'=a,b""#)
    }

    @Test("Text cells are hardened in the table, with and without an annotation, and left alone when raw")
    func hardenedCells() {
        let criterion = Criterion(id: "c", name: "Note", kind: .text)
        let tool = Tool(id: "t", name: "T", version: "2", cells: ["c": Cell(.text("=1+2, really"))])
        let disputed = Tool(id: "u", name: "U", cells: ["c": Cell(.text("@home"), disputed: true)])
        let matrix = Matrix(id: "m", title: "M", criteria: [criterion], tools: [tool, disputed])
        #expect(
            Renderer().render(matrix, as: .csv)
                == "Tool,Version,Note,Pros,Cons\r\nT,2,\"'=1+2, really\",,\r\nU,,'@home (disputed),,\r\n")
        #expect(
            Renderer(options: RenderOptions(rawCSV: true)).render(matrix, as: .csv)
                == "Tool,Version,Note,Pros,Cons\r\nT,2,\"=1+2, really\",,\r\nU,,@home (disputed),,\r\n")
    }

    @Test("OWASP hardening is never applied to typed numbers")
    func numbersStayNumbers() {
        let criterion = Criterion(id: "n", name: "Delta", kind: .number(unit: "ms", better: nil))
        let matrix = Matrix(id: "m", title: "M", criteria: [criterion], tools: [Tool(id: "t", name: "=T", cells: ["n": Cell(.number(-5))])])
        #expect(Renderer().render(matrix, as: .csv) == "Tool,Delta,Pros,Cons\r\n'=T,-5 ms,,\r\n")
        #expect(Renderer(options: RenderOptions(rawCSV: true)).render(matrix, as: .csv) == "Tool,Delta,Pros,Cons\r\n=T,-5 ms,,\r\n")
    }
}

@Suite("HTML escaping, rule by rule")
struct HTMLEscapingTests {
    @Test("WHATWG HTML §13.1.3 text: & < > become references, so no tag or reference can start")
    func text() {
        #expect(htmlText("<script>alert(1)</script> & &amp;") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &amp;amp;")
        #expect(htmlText(#""quotes" and 'apostrophes'"#) == #""quotes" and 'apostrophes'"#)
    }

    @Test("WHATWG HTML §13.2.3.5 preprocessing: CR and CRLF are written as LF, what the parser makes of them")
    func carriageReturn() {
        #expect(htmlText("a\r\nb\rc\nd\r\r\n") == "a\nb\nc\nd\n\n")
        #expect(htmlText("\r") == "\n")
        #expect(htmlAttribute("a\r\nb\rc\r") == "a\nb\nc\n")
    }

    @Test("WHATWG HTML §13.1.2.3 attributes: & \" ' < > become references inside a double-quoted value")
    func attribute() {
        #expect(htmlAttribute(#"x" onerror="alert('1')" <&>"#) == "x&quot; onerror=&quot;alert(&#39;1&#39;)&quot; &lt;&amp;&gt;")
    }

    @Test("Links are made only for http and https URLs")
    func webLinksOnly() {
        var buffer = ByteBuffer()
        #expect(!HTMLEscaping.webHref("javascript:alert(1)", into: &buffer))
        #expect(buffer.string == "")
        #expect(HTMLEscaping.webHref("https://example.org/?a=1&b=2", into: &buffer))
        #expect(buffer.string == "https://example.org/?a=1&amp;b=2")
    }
}

@Suite("Display width for padded Markdown columns")
struct DisplayWidthTests {
    @Test("East Asian wide characters and emoji take two columns, combining marks none", arguments: [
        ("abc", 3), ("日本", 4), ("✅", 2), ("e\u{301}", 1), ("👩‍👩‍👧", 2), ("ｆｕｌｌ", 8), ("🇺🇦", 2), ("a\u{200B}b", 2),
    ])
    func width(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }
}

@Suite("URL rule: an absolute http or https URL")
struct URLRuleTests {
    @Test("URLs", arguments: [
        ("https://istio.io", true), ("HTTP://Example.org/a?b=c#d", true), ("http://a:8080/x", true), ("https://[::1]/", true),
        ("https://user@host.example/", true), ("https://é.example/ü", true),
        ("https://", false), ("https://user@/", false), ("https://:80", false), ("ftp://a.example", false), ("javascript:alert(1)", false),
        ("https://a b", false), ("https://a\u{3000}b", false), ("https://a\"b", false), ("https://a<b", false), ("//a.example", false),
        ("https://a.example/\u{85}", false),
    ])
    func url(text: String, valid: Bool) {
        #expect(TextRules.isWebURL(text) == valid)
    }
}
