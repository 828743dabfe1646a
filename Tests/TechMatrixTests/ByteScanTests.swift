import Testing

@testable import TechMatrix

/// The word-at-a-time scanners must decide exactly as a byte-by-byte scan does, wherever the
/// interesting byte falls in a word.
@Suite("Word-at-a-time scanning")
struct ByteScanTests {
    static let alphabet: [String] =
        ["a", "Z", " ", "&", "<", ">", "\r", "\n", "\t", "\"", ",", "\\", "|", "\u{7F}", "\u{01}", "é", "中", "🚀", "\u{85}"]
        + [0xFDD0, 0xFFFE, 0x10FFFF].map { String(Unicode.Scalar($0)!) }

    static func randomTexts() -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<3000).map { _ in
            let length = Int.random(in: 0...40, using: &generator)
            // Mostly plain letters, so that whole words are skipped, with a rare special one.
            return String(
                (0..<length).map { _ in
                    Character(Int.random(in: 0..<8, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : "x")
                }.map(String.init).joined())
        }
    }

    @Test("HTML text escaping, CSV quoting and the forbidden-character test agree with plain scans")
    func agreesWithPlainScans() {
        for text in Self.randomTexts() {
            var html = ByteBuffer()
            HTMLEscaping.text(text, into: &html)
            var expected = ""
            let scalars = Array(text.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                switch scalar {
                case "&": expected += "&amp;"
                case "<": expected += "&lt;"
                case ">": expected += "&gt;"
                case "\r": if index + 1 == scalars.count || scalars[index + 1] != "\n" { expected += "\n" }
                default: expected.unicodeScalars.append(scalar)
                }
            }
            #expect(html.string == expected, "\(text.debugDescription)")

            var csv = ByteBuffer()
            CSVEscaping.field(text, into: &csv)
            let quoted = text.utf8.contains { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }
            #expect(csv.string == (quoted ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text), "\(text.debugDescription)")

            var offset = 0
            var naive: (Unicode.Scalar, Int)?
            for scalar in text.unicodeScalars {
                if TextRules.isForbidden(scalar) {
                    naive = (scalar, offset)
                    break
                }
                offset += 1
            }
            let found = TextRules.firstForbidden(in: text)
            #expect(found?.scalar == naive?.0 && found?.offset == naive?.1, "\(text.debugDescription)")
        }
    }

    @Test("The fast reader reads strings with escapes and specials anywhere in a word")
    func readerStrings() throws {
        for text in Self.randomTexts().prefix(300) {
            // Forbidden scalars aside, which validation refuses, each text reads back as written.
            guard TextRules.firstForbidden(in: text) == nil else { continue }
            var json = ByteBuffer()
            CanonicalJSON.writeString(text, into: &json)
            let document =
                "{\"format\": \"techmatrix/v2\", \"id\": \"m\", \"title\": \"M\", \"criteria\": [{\"id\": \"c\", \"name\": \"C\", \"kind\": \"text\"}], \"tools\": [{\"id\": \"t\", \"name\": \"T\", \"values\": {\"c\": \(json.string)}}]}"
            let matrix = try MatrixDecoder().decode(document)
            #expect(matrix.tools[0].cell(for: "c")?.value == .text(text), "\(text.debugDescription)")
        }
    }
}
