import Testing
@testable import TechMatrix

@Suite("Malformed JSON is reported with its line and column")
struct JSONSyntaxTests {
    @Test("Syntax errors name line, column and what was expected", arguments: [
        ("", "line 1, column 1: malformed JSON: the document is empty; expected a JSON object"),
        ("   \n  ", "line 2, column 3: malformed JSON: the document is empty; expected a JSON object"),
        ("{\n  \"format\": \"techmatrix/v1\",\n}", "line 3, column 1: malformed JSON: unexpected '}'; expected a member name in double quotes"),
        ("{\"a\": [1, 2", "line 1, column 12: malformed JSON: unexpected end of input; expected ',' or ']'"),
        ("{\"a\": \"unterminated", "line 1, column 7: malformed JSON: unterminated string"),
        ("{\"a\": tru}", "line 1, column 7: malformed JSON: invalid literal; expected true"),
        ("{\"a\": 01}", "line 1, column 7: malformed JSON: invalid number; leading zeros are not allowed"),
        ("{\"a\": 1.}", "line 1, column 9: malformed JSON: invalid number; expected a digit after '.'"),
        ("{\"a\": \"\\ud800\"}", "line 1, column 8: malformed JSON: lone surrogate escape \\uD800; a high surrogate must be followed by a low one"),
        ("{\"a\": \"\\udc00\"}", "line 1, column 8: malformed JSON: lone surrogate escape \\uDC00"),
        ("{\"a\": \"\\x\"}", "line 1, column 8: malformed JSON: invalid escape \\x"),
        ("{\"a\": \"tab\there\"}", "line 1, column 11: malformed JSON: unescaped control character (byte 0x9) in a string; write it as an escape such as \\n"),
        ("{\"é\": 1 2}", "line 1, column 9: malformed JSON: unexpected '2'; expected ',' or '}'"),
        ("{} {}", "line 1, column 4: malformed JSON: unexpected '{' after the end of the document"),
        ("{'a': 1}", "line 1, column 2: malformed JSON: unexpected \"'\"; expected a member name in double quotes"),
    ])
    func syntaxError(text: String, expected: String) {
        #expect(Fixtures.diagnostics(text) == [expected])
    }

    @Test("Invalid UTF-8 inside a string is malformed JSON")
    func invalidUTF8() throws {
        var bytes = Array("{\"title\": \"ab".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"}".utf8)
        #expect(throws: ValidationError(problems: [Problem(JSONPath(), .malformedJSON(line: 1, column: 14, detail: "invalid UTF-8 in a string"))])) {
            try MatrixDecoder().decode(bytes)
        }
    }

    @Test("Nesting deeper than the limit is refused before it can exhaust the stack")
    func nestingLimit() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(Fixtures.diagnostics(deep) == ["(document): arrays and objects are nested more than 128 deep"])
    }

    @Test("A document over the size limit is refused before parsing")
    func sizeLimit() {
        #expect(throws: ValidationError(problems: [Problem(JSONPath(), .documentTooLarge(bytes: 11, limit: 10))])) {
            try MatrixDecoder(maximumSize: 10).decode("{\"a\": 123}\n")
        }
    }

    @Test("A UTF-8 byte order mark is skipped")
    func byteOrderMark() throws {
        let matrix = try MatrixDecoder().decode([0xEF, 0xBB, 0xBF] + Array(Fixtures.document.utf8))
        #expect(matrix.id == "service-meshes")
    }

    @Test("Escapes decode to the characters they name, surrogate pairs included")
    func escapes() throws {
        let value = try JSONParser.parse(Array(#""\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#.utf8))
        #expect(value == .string("\"\\/\u{8}\u{C}\n\r\té😀"))
    }
}
