/// Text that breaks naive renderers: every ASCII punctuation character, line endings, tabs,
/// edge white space, HTML and script, Markdown syntax, URLs, emoji, combining marks, CJK,
/// right-to-left text, zero-width joiners and very long strings. Every sample is valid text
/// under the spec (no forbidden control characters or noncharacters).
public enum HostileText {
    /// Fragments that are combined into generated text.
    public static let fragments: [String] = {
        var samples = [
            "|", "\\|", "a | b", "`code | pipe`", "``", "\\", "\\\\", "*emphasis*", "**strong**", "_under_", "__x__",
            "~~strike~~", "[link](http://example.com)", "![image](x.png)", "[ref]: /url", "[^1]", "<b>bold</b>",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "&lt;", "&#x41;", "&copy", "\"quoted\"",
            "'single'", "# heading", "## two", "- item", "+ item", "* item", "1. first", "2) second", "> quote", "---", "===",
            "    indented code", "```fence", "~~~", "$x^2$", "$$", "<!-- comment -->", "<?php ?>", "<![CDATA[x]]>",
            "https://example.com/a?b=c&d=e#f", "www.example.com", "user@example.com", "mailto:a@b.c", "javascript:alert(1)",
            "line one\nline two", "crlf\r\nline", "cr\ronly", "\n", "\r\n", "\t", "tab\tin", "  leading", "trailing  ", " ",
            "=SUM(A1:A2)", "+1", "-1", "@cmd", "\tTAB", "=cmd|' /C calc'!A0", "✅", "❌", "◐", "👩‍👩‍👧‍👦", "🏳️‍🌈", "🇺🇦", "e\u{301}",
            "Z\u{308}\u{30C}\u{35B}", "日本語のテキスト", "中文", "한국어", "ｆｕｌｌｗｉｄｔｈ", "עברית", "العربية", "\u{202E}reversed\u{202C}",
            "a\u{200D}b", "zero\u{200B}width", "\u{FEFF}bom", "nbsp\u{00A0}here", "\u{00A0}lead", "trail\u{3000}", "\u{2003}em\u{2003}", "\u{2028}", "\u{2029}", "{}", "[]", "()",
            "%s%n", "${x}", "'); DROP TABLE t;--", "\u{10FFFD}", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "1e309", "NaN", "-0", "null", "true",
            // AsciiDoc: attribute references, anchors, cross references, passthroughs, marks,
            // replacements, description lists, admonitions, comments, block titles, tables.
            "{attr}", "{empty}", "[[anchor]]", "<<xref>>", "xref:a[b]", "+pass+", "++pass++", "+++<b>raw</b>+++", "pass:[x]",
            "#mark#", "##m##", "^sup^", "~sub~", "(C)", "(TM)", "a--b", "a -- b", "...", "->", "<=", "it's", "NOTE: x",
            ":attr: v", "term:: def", "term;; def", "// comment", "////", "|===", ".Title", "a +", "footnote:[x]", "•x", "• x",
            "image:x.png[]", "kbd:[Ctrl]", "((index))", "link:x[y=z,w]",
            // reStructuredText: roles, references, targets, substitutions, explicit markup,
            // enumerators, option and field lists, literal blocks, line blocks.
            "`x`_", "name_", "__anon", "_`target`", "|sub|", ":role:`x`", "[#]_", "[1]_", ".. comment", ".. _t: /u",
            ".. |s| replace:: x", ".. note:: x", "* - a", "1) x", "#. x", "(a) x", "A. x", "-o x", "--opt x", "/V x",
            ":field: x", "para::", "| line", ">>> 1", "\u{2028}x",
        ]
        // Every ASCII punctuation character on its own and between letters.
        for scalar in (0x21...0x7E).compactMap(Unicode.Scalar.init) where !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
            samples.append(String(scalar))
            samples.append("a" + String(scalar) + "b")
        }
        return samples
    }()

    /// A random text: one to four fragments, sometimes with plain words between, and about one
    /// in a hundred a string of 10,000 characters.
    public static func text(using generator: inout SeededGenerator) -> String {
        if Int.random(in: 0..<100, using: &generator) == 0 {
            let fragment = fragments.randomElement(using: &generator)!
            var long = ""
            while long.unicodeScalars.count < 10_000 { long += fragment + " " }
            return String(String.UnicodeScalarView(long.unicodeScalars.prefix(10_000)))
        }
        var text = ""
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            if Bool.random(using: &generator) { text += ["word", "Two words", "x", "9", " "].randomElement(using: &generator)! }
            text += fragments.randomElement(using: &generator)!
        }
        return text
    }
}
