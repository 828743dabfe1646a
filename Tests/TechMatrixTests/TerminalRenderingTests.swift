import Foundation
import TechMatrixTestSupport
import Testing

@testable import TechMatrix

/// `techmatrix show`: golden renderings at three widths, in colour and in ASCII, of the golden
/// matrix with a fourth tool whose text mixes CJK, emoji and a ZWJ sequence; and on generated
/// hostile matrices, that no line is wider than asked and no escape code appears without colour.
@Suite("The terminal rendering")
struct TerminalRenderingTests {
    typealias Fixture = GoldenTests.Fixture

    static let delta = Tool("Delta 🚀 デルタ", version: "2.0") {
        Fixture.model("快速な rollout 🎉 for 👩‍👩‍👧 teams, over a very-long-hyphenated-word-that-must-break", sources: Fixture.docs)
        Fixture.mtls(.preview, sources: Fixture.docs)
        Fixture.latency(.about(3), sources: Fixture.talk)
        Pro("日本語のドキュメント", sources: Fixture.docs)
    }

    static let matrix: Matrix = {
        var matrix = Fixture.matrix
        matrix.tools.append(delta)
        return matrix
    }()

    static let variants: [(String, TerminalRenderer.Options)] = [
        ("terminal-40.txt", .init(width: 40)),
        ("terminal-80.txt", .init(width: 80)),
        ("terminal-160.txt", .init(width: 160)),
        ("terminal-80-color.txt", .init(width: 80, color: true)),
        ("terminal-80-ascii.txt", .init(width: 80, ascii: true)),
        ("terminal-160-rows.txt", .init(width: 160, orientation: .toolsAsRows)),
    ]

    @Test("Each width and style matches its reviewed golden file", arguments: variants.map(\.0))
    func golden(name: String) throws {
        let options = Self.variants.first { $0.0 == name }!.1
        let rendered = TerminalRenderer(matrix: Self.matrix, options: options).render()
        let file = GoldenTests.directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TECHMATRIX_RECORD"] == "1" {
            try Data(rendered.utf8).write(to: file)
            Issue.record("recorded \(name); review it by eye, then run again without TECHMATRIX_RECORD")
            return
        }
        let golden = try #require(FileManager.default.contents(atPath: file.path), "missing golden file \(name)")
        guard Array(rendered.utf8) != Array(golden) else { return }
        Issue.record("\(name) differs (- golden, + rendered):\n\(LineDiff.describe(expected: String(decoding: golden, as: UTF8.self), actual: rendered) ?? "")")
    }

    /// The display width of a line once escape codes are taken out.
    static func width(_ line: Substring) -> Int {
        var text = ""
        var escaping = false
        for character in line {
            if character == "\u{1B}" { escaping = true; continue }
            if escaping { if character == "m" { escaping = false }; continue }
            text.append(character)
        }
        return DisplayWidth.of(text)
    }

    @Test("No line of a golden rendering is wider than its width, and colour is all that adds escape codes")
    func goldenWidths() {
        for (name, options) in Self.variants {
            let rendered = TerminalRenderer(matrix: Self.matrix, options: options).render()
            for line in rendered.split(separator: "\n") {
                #expect(Self.width(line) <= options.width, "\(name): \(line)")
            }
            #expect(rendered.contains("\u{1B}[") == options.color, "\(name)")
        }
    }

    @Test("On 30 generated hostile matrices, at 40, 80 and 160 columns, every line fits and no control character gets out")
    func hostile() {
        #expect(Self.problems(seeds: 0..<30).isEmpty)
    }

    @Test("The same on 500 generated hostile matrices", .tags(.slow), .fullSuiteOnly)
    func hostileCorpus() {
        let problems = Self.problems(seeds: 0..<500)
        #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "\n"))")
    }

    /// What is wrong with the renderings of generated matrices: lines too wide, control
    /// characters. ASCII drawing for even seeds.
    static func problems(seeds: Range<UInt64>) -> [String] {
        var problems: [String] = []
        for seed in seeds {
            let matrix = MatrixGenerator.matrix(seed: seed)
            for width in [40, 80, 160] {
                let rendered = TerminalRenderer(matrix: matrix, options: .init(width: width, ascii: seed % 2 == 0)).render()
                for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
                    if Self.width(line) > width { problems.append("seed \(seed), width \(width): too wide: \(line)") }
                    if line.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                        problems.append("seed \(seed), width \(width): a control character in \(line.debugDescription)")
                    }
                }
            }
        }
        return problems
    }

    @Test("Text wraps at spaces, breaks a word wider than the line, keeps inner runs of spaces and counts CJK and emoji as two")
    func wrapping() {
        #expect(TextWrapping.lines("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(TextWrapping.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrapping.lines("a very-long-hyphenated-word", width: 12) == ["a very-long-", "hyphenated-", "word"])
        #expect(TextWrapping.lines("x-abcdefghij", width: 4) == ["x-ab", "cdef", "ghij"])
        #expect(TextWrapping.lines("a  b", width: 10) == ["a  b"])
        #expect(TextWrapping.lines("  indented", width: 20) == ["  indented"])
        #expect(TextWrapping.lines("日本語です", width: 4) == ["日本", "語で", "す"])
        #expect(TextWrapping.lines("🎉🎉🎉", width: 5) == ["🎉🎉", "🎉"])
        #expect(TextWrapping.lines("one\r\ntwo\rthree\nfour", width: 20) == ["one", "two", "three", "four"])
        #expect(TextWrapping.lines("tab\there", width: 20) == ["tab here"])
        #expect(TextWrapping.lines("esc\u{1B}[31m", width: 20) == ["esc\u{FFFD}[31m"])
        #expect(TextWrapping.lines("", width: 20) == [""])
        #expect(TextWrapping.lines("word  ", width: 4) == ["word"])
    }
}
