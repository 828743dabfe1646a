import BuiltinMatrices
import Foundation
import Testing
@testable import TechMatrix

/// How tools store their cells (in order, as two arrays) must not show: equality, hashing and
/// the `cells` map behave as a dictionary's. Streaming output must give the same bytes.
@Suite("Cell storage and streamed rendering")
struct StorageAndStreamingTests {
    static let a = Cell(.text("one"), note: "n", sources: ["s"])
    static let b = Cell(.number(15), qualifier: .about)

    @Test("Tools with the same cells in another order are equal and hash alike")
    func orderDoesNotMatter() {
        var first = Tool(id: "t", name: "T")
        first.setCell(Self.a, for: "a")
        first.setCell(Self.b, for: "b")
        var second = Tool(id: "t", name: "T")
        second.setCell(Self.b, for: "b")
        second.setCell(Self.a, for: "a")
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
        second.setCell(Self.a, for: "b")
        #expect(first != second)
        #expect(Tool(id: "t", name: "T", cells: ["a": Self.a]) != Tool(id: "t", name: "T", cells: ["a": Self.a, "b": Self.b]))
    }

    @Test("The cells map reads and writes like a dictionary")
    func cellsMap() {
        var tool = Tool(id: "t", name: "T", cells: ["a": Self.a, "b": Self.b])
        #expect(tool.cells == ["a": Self.a, "b": Self.b])
        tool.cells["a"] = nil
        tool.cells["c"] = Self.a
        #expect(tool.cells == ["b": Self.b, "c": Self.a])
        #expect(tool.cellCount == 2)
        #expect(tool[Criterion(id: "c", name: "C", kind: .text)] == Self.a)
        #expect(tool.setCell(Self.b, for: "c") == Self.a)
        #expect(tool.cell(for: "c") == Self.b)
    }

    @Test("Cells listed out of criterion order are found, and read back in criterion order")
    func outOfOrder() throws {
        let document = """
            {"format": "techmatrix/v2", "id": "m", "title": "M",
             "criteria": [{"id": "b", "name": "B", "kind": "text"}, {"id": "a", "name": "A", "kind": "text"}, {"id": "c", "name": "C", "kind": "text"}],
             "tools": [{"id": "t", "name": "T", "values": {"c": "3", "a": "1", "b": "2"}}]}
            """
        let matrix = try MatrixDecoder().decode(document)
        #expect(matrix.tools[0].cellIDs == ["b", "a", "c"])
        #expect(matrix.tools[0].cells == ["a": Cell(.text("1")), "b": Cell(.text("2")), "c": Cell(.text("3"))])
        let csv = Renderer().render(matrix, as: .csv)
        #expect(csv.contains("T,2,1,3,,\r\n"))
    }

    @Test("Streamed output in small chunks is byte for byte the rendering", arguments: OutputFormat.allCases)
    func streaming(format: OutputFormat) {
        final class Collector: @unchecked Sendable {
            let lock = NSLock()
            var bytes: [UInt8] = []
            var chunks = 0
        }
        for matrix in BuiltinMatrices.all {
            let collector = Collector()
            Renderer().render(matrix, as: format, chunkSize: 100) { chunk in
                collector.lock.lock()
                collector.bytes += chunk
                collector.chunks += 1
                collector.lock.unlock()
            }
            let whole = Renderer().renderBytes(matrix, as: format)
            #expect(collector.bytes == whole, "\(matrix.id).\(format.fileExtension)")
            #expect(collector.chunks > 1)
        }
    }

    @Test("Numbers the fast reader converts itself are the standard library's doubles")
    func decimals() throws {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "0.5", "-0.0", "123456789012345", "1234567890.12345", "0.000000000000001", "9007199254740993", "1.7976931348623157", "4.35", "0.1", "2.675"]
        for _ in 0..<2000 {
            let digits = Int.random(in: 1...15, using: &generator)
            let text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let point = Int.random(in: 1...digits, using: &generator)
            // No leading zeros in the integer part, which JSON forbids.
            let integer = String(Int(text.prefix(point))!)
            let number = point == digits ? integer : integer + "." + text.dropFirst(point)
            texts.append(Bool.random(using: &generator) ? "-" + number : number)
        }
        let cells = texts.enumerated().map { "\"n\($0.offset)\": \($0.element)" }.joined(separator: ", ")
        let criteria = texts.indices.map { "{\"id\": \"n\($0)\", \"name\": \"N\($0)\", \"kind\": \"number\"}" }.joined(separator: ", ")
        let document = "{\"format\": \"techmatrix/v2\", \"id\": \"m\", \"title\": \"M\", \"criteria\": [\(criteria)], \"tools\": [{\"id\": \"t\", \"name\": \"T\", \"values\": {\(cells)}}]}"
        let tool = try MatrixDecoder().decode(document).tools[0]
        for (index, text) in texts.enumerated() {
            let expected = Double(text)!
            let value = tool.cell(for: "n\(index)")?.value
            #expect(value == .number(expected), "\(text)")
            if case .number(let read)? = value { #expect(read.sign == expected.sign, "\(text)") }
        }
    }
}
