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

    @Test("First-byte positions in a word agree with a plain scan")
    func firstIndices() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x22, 0x5C, 0x00, 0x1F, 0x20, 0x7F, 0x80, 0xFF, 0x21, 0x5B]
        for _ in 0..<5000 {
            let word = (0..<8).map { _ in Int.random(in: 0..<3, using: &generator) == 0 ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0x23...0x7E, using: &generator) }
            word.withUnsafeBufferPointer { bytes in
                let loaded = ByteScan.word(bytes, at: 0)
                #expect(ByteScan.firstIndex(of: 0x22, in: loaded) == (word.firstIndex(of: 0x22) ?? 8), "\(word)")
                #expect(ByteScan.firstIndex(of: 0x5C, in: loaded) == (word.firstIndex(of: 0x5C) ?? 8), "\(word)")
                #expect(ByteScan.firstIndexBelow(0x20, in: loaded) == (word.firstIndex { $0 < 0x20 } ?? 8), "\(word)")
                for count in 0..<8 {
                    let padded = Array(word[0..<count]) + [UInt8](repeating: 0, count: 8 - count)
                    let expected = padded.withUnsafeBufferPointer { ByteScan.word($0, at: 0) }
                    #expect(ByteScan.prefix(loaded, count: count) == expected, "\(word) \(count)")
                }
            }
        }
    }

    @Test("The fast reader's UTF-8 check accepts exactly what String(validating:) accepts")
    func utf8Check() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            [0x61], [0xC3, 0xA9], [0xE4, 0xB8, 0xAD], [0xF0, 0x9F, 0x9A, 0x80], [0xEF, 0xBF, 0xBD], [0x80], [0xC3], [0xE4, 0xB8],
            [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xF0, 0x9F, 0x9A],
        ]
        for _ in 0..<5000 {
            let bytes = (0..<Int.random(in: 0...6, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            let checked = bytes.withUnsafeBufferPointer(FastDocumentReader.validUTF8)
            #expect(checked == String(validating: bytes, as: UTF8.self), "\(bytes)")
        }
    }
}
