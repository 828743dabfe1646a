import Testing

@testable import TechMatrix

/// ``ValueWriter`` escapes labels and units once and writes digits as they are; it must give
/// the bytes of escaping each cell's whole text, which is what these compare, on generated
/// units made of the characters the escapings treat specially.
@Suite("ValueWriter writes what escaping the whole text writes")
struct ValueWriterTests {
    static let unitAlphabet: [String] = [
        "m", "s", "%", " ", "\t", "|", "\\", "*", "_", "`", "<", ">", "&", "\"", "'", "@", ":", "/", ".", "w", "~", "$", "#", "[",
        "]", ",", "\n", "\r", "\u{A0}", "\u{3000}", "é", "中", "🚀", "-", "+", "0", "1", "=",
    ]

    static func unit(_ generator: inout Mulberry32) -> String {
        let length = Int(generator.nextUInt32() % 7)
        var unit = ""
        for _ in 0..<length { unit += unitAlphabet[Int(generator.nextUInt32()) % unitAlphabet.count] }
        if generator.nextUInt32() % 8 == 0 { unit = "www." + unit }
        if generator.nextUInt32() % 8 == 0 { unit = "http://" + unit }
        return unit
    }

    static func number(_ generator: inout Mulberry32) -> Double {
        switch generator.nextUInt32() % 5 {
        case 0: Double(Int(generator.nextUInt32() % 2000) - 1000)
        case 1: Double(generator.nextUInt32()) / 1000
        case 2: -Double(generator.nextUInt32()) * 1e12
        case 3: Double(generator.nextUInt32() % 100) * 1e-7
        default: Double(generator.nextUInt32() % 10)
        }
    }

    static let escapings: [(name: String, escape: @Sendable (String, inout ByteBuffer) -> Void)] = [
        ("Markdown table cell", { MarkdownEscaping.tableCell($0, into: &$1) }),
        ("HTML text", { HTMLEscaping.text($0, into: &$1) }),
        // CSV writes a value as its whole field, so the field's quoting is the escaping.
        ("CSV field", { CSVEscaping.field($0, into: &$1) }),
    ]

    @Test("5,000 number cells under 300 generated units, with and without qualifiers, ranges and plain words")
    func numbers() {
        var generator = Mulberry32(seed: 11)
        let criteria = (0..<300).map { index in
            Criterion(id: "c\(index)", name: "C", kind: .number(unit: index % 10 == 0 ? nil : Self.unit(&generator), better: nil))
        }
        let matrix = Matrix(id: "m", title: "M", criteria: criteria, tools: [])
        for (name, escape) in Self.escapings {
            for plain in [false, true] {
                let writer = ValueWriter(matrix, plain: plain, escape: escape)
                for _ in 0..<5000 {
                    let index = Int(generator.nextUInt32() % 300)
                    let qualifier = [nil, Cell.Qualifier.about, .atMost, .atLeast][Int(generator.nextUInt32() % 4)]
                    let low = Self.number(&generator)
                    let maximum: Double? = generator.nextUInt32() % 3 == 0 ? low + Double(generator.nextUInt32() % 50) : nil
                    let cell = Cell(.number(low), qualifier: qualifier, maximum: maximum)
                    var fast = ByteBuffer(capacity: 16), whole = ByteBuffer(capacity: 16)
                    writer.write(cell, criterionIndex: index, kind: criteria[index].kind, into: &fast, escape: escape)
                    escape(Presentation.text(of: cell, kind: criteria[index].kind, plain: plain), &whole)
                    #expect(fast.bytes == whole.bytes, "\(name), plain \(plain): \(Presentation.text(of: cell, kind: criteria[index].kind, plain: plain).debugDescription)")
                }
            }
        }
    }

    @Test("Support, rating and text cells")
    func otherKinds() {
        let criteria = [
            Criterion(id: "s", name: "S", kind: .support), Criterion(id: "r", name: "R", kind: .rating(scale: 10, better: .higher)),
            Criterion(id: "t", name: "T", kind: .text),
        ]
        let matrix = Matrix(id: "m", title: "M", criteria: criteria, tools: [])
        let cells: [(Int, Cell)] =
            Support.allCases.map { (0, Cell(.support($0))) } + (0...10).map { (1, Cell(.rating($0))) } + [
                (2, Cell(.text(" a|b\\c <d> & www.x http://y @z "))), (2, Cell(.text("\u{3000}中\u{3000}"))),
            ]
        for (name, escape) in Self.escapings {
            for plain in [false, true] {
                let writer = ValueWriter(matrix, plain: plain, escape: escape)
                for (index, cell) in cells {
                    var fast = ByteBuffer(capacity: 16), whole = ByteBuffer(capacity: 16)
                    writer.write(cell, criterionIndex: index, kind: criteria[index].kind, into: &fast, escape: escape)
                    escape(Presentation.text(of: cell, kind: criteria[index].kind, plain: plain), &whole)
                    #expect(fast.bytes == whole.bytes, "\(name), plain \(plain): \(cell)")
                }
            }
        }
    }
}
