import Foundation
import Testing

@Suite("The line diff that golden-file failures print")
struct LineDiffTests {
    @Test("Equal texts have no diff")
    func equal() {
        #expect(LineDiff.describe(expected: "a\nb\n", actual: "a\nb\n") == nil)
    }

    @Test("A changed line shows as - and + with its line numbers and three lines of context")
    func changedLine() {
        let expected = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let actual = expected.replacingOccurrences(of: "line 6\n", with: "line six\n")
        #expect(
            LineDiff.describe(expected: expected, actual: actual) == """
                1 line(s) expected but missing (-), 1 unexpected (+); first at line 6:
                     3     3 | line 3
                     4     4 | line 4
                     5     5 | line 5
                -    6       | line 6
                +          6 | line six
                     7     7 | line 7
                     8     8 | line 8
                     9     9 | line 9
                """)
    }

    @Test("Changes far apart get separate hunks joined by …, and a line-ending change is visible")
    func separateHunks() {
        let expected = (1...20).map { "l\($0)" }.joined(separator: "\n")
        var lines = expected.split(separator: "\n").map(String.init)
        lines[1] = "l2\r"
        lines.insert("new", at: 18)
        let diff = LineDiff.describe(expected: expected, actual: lines.joined(separator: "\n"), context: 1)
        #expect(
            diff == """
                1 line(s) expected but missing (-), 2 unexpected (+); first at line 2:
                     1     1 | l1
                -    2       | l2
                +          2 | l2\\r
                     3     3 | l3
                …
                    18    18 | l18
                +         19 | new
                    19    20 | l19
                """)
    }

    @Test("Long diffs are cut")
    func cut() throws {
        let expected = (1...200).map { "a\($0)" }.joined(separator: "\n")
        let actual = (1...200).map { "b\($0)" }.joined(separator: "\n")
        let diff = try #require(LineDiff.describe(expected: expected, actual: actual, maximumLines: 10))
        #expect(diff.split(separator: "\n").count == 12)
        #expect(diff.hasSuffix("… (output cut at 10 lines)"))
    }
}
