import Testing

@testable import TechMatrix

/// ``SourceIndex`` must answer every lookup as the `[String: Int]` of first positions it
/// replaced would.
@Suite("Source positions by id match a dictionary of first positions")
struct SourceIndexTests {
    static func model(_ ids: [String]) -> [String: Int] {
        var byID: [String: Int] = [:]
        for (index, id) in ids.enumerated() where byID[id] == nil { byID[id] = index }
        return byID
    }

    static func check(_ ids: [String], lookups: [String]) {
        let index = SourceIndex(ids.map { Source($0, id: $0) })
        let model = Self.model(ids)
        for id in ids + lookups {
            #expect(index.position(of: id) == model[id], "\(id.debugDescription) among \(ids.count) ids")
        }
    }

    @Test("Generated slugs, with repeats, lookups that miss, and tables that fill up", arguments: [0, 1, 7, 8, 9, 100, 1_000])
    func generated(count: Int) {
        var generator = Mulberry32(seed: UInt32(count + 1))
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789-")
        func slug() -> String {
            String((0..<(1 + Int(generator.nextUInt32() % 12))).map { _ in alphabet[Int(generator.nextUInt32()) % alphabet.count] })
        }
        var ids = (0..<count).map { _ in slug() }
        // Repeats: the first position wins.
        if count > 2 { ids += ids.prefix(count / 3) }
        let lookups = (0..<200).map { _ in slug() } + ["", "s", String(repeating: "x", count: 70)]
        Self.check(ids, lookups: lookups)
    }

    @Test("Ids beyond ASCII are compared as strings, canonical equivalents included")
    func beyondASCII() {
        // The Kelvin sign is canonically equivalent to K, and é precomposed to e and a combining acute.
        Self.check(["k", "K", "caf\u{E9}", "s1"], lookups: ["\u{212A}", "cafe\u{301}", "s1", "S1"])
        Self.check(["a", "K", "s1"], lookups: ["\u{212A}", "cafe\u{301}", "a\u{0}", "k"])
        Self.check(["\u{212A}", "cafe\u{301}"], lookups: ["K", "caf\u{E9}", "k"])
    }
}
