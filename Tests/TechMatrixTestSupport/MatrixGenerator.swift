import TechMatrix

/// Generates valid matrices full of hostile text, deterministically from a seed.
public enum MatrixGenerator {
    /// A valid matrix: 1–6 tools, 1–8 criteria of every kind, sources, notes, pros and cons,
    /// hostile text in every text field.
    public static func matrix(seed: UInt64) -> Matrix {
        var rng = SeededGenerator(seed: seed)
        func text() -> String { HostileText.text(using: &rng) }
        func maybe(_ make: () -> String) -> String? { Bool.random(using: &rng) ? make() : nil }
        func name(unique seen: inout Set<String>) -> String {
            while true {
                let candidate = text()
                if !candidate.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }), seen.insert(candidate).inserted {
                    return candidate
                }
            }
        }
        let sourceCount = Int.random(in: 0...3, using: &rng)
        var sourceTitles = Set<String>()
        let sources = (0..<sourceCount).map { index in
            Source(name(unique: &sourceTitles), id: "source-\(index)", author: maybe(text), event: maybe(text),
                   url: Bool.random(using: &rng) ? "https://example.org/talk/\(index)?q=a&b=\"c\"".replacingQuotes : nil,
                   published: Bool.random(using: &rng) ? "2024-02-29" : nil)
        }
        var criterionNames = Set<String>()
        let criteria = (0..<Int.random(in: 1...8, using: &rng)).map { index -> Criterion in
            let kind: Criterion.Kind = switch Int.random(in: 0..<4, using: &rng) {
            case 0: .text
            case 1: .support
            case 2: .number(unit: maybe(text), better: [nil, .lower, .higher].randomElement(using: &rng)!)
            default: .rating(scale: Int.random(in: 1...10, using: &rng), better: [nil, .lower, .higher].randomElement(using: &rng)!)
            }
            return Criterion(id: "criterion-\(index)", name: name(unique: &criterionNames), group: maybe(text), description: maybe(text), kind: kind)
        }
        func citations() -> [String] {
            sources.isEmpty ? [] : (0..<Int.random(in: 0...2, using: &rng)).map { _ in sources.randomElement(using: &rng)!.id }
        }
        var toolNames = Set<String>()
        let tools = (0..<Int.random(in: 1...6, using: &rng)).map { index -> Tool in
            var tool = Tool(id: "tool-\(index)", name: name(unique: &toolNames),
                            url: Bool.random(using: &rng) ? "http://example.com/\(index)" : nil, summary: maybe(text))
            for criterion in criteria where Int.random(in: 0..<4, using: &rng) > 0 {
                let value: Cell.Value = switch criterion.kind {
                case .text: .text(text())
                case .support: .support(Support.allCases.randomElement(using: &rng)!)
                case .number: .number([0, -0.5, 15, 1e-7, 123_456.789, 1e21, -42, 0.1].randomElement(using: &rng)!)
                case .rating(let scale, _): .rating(Int.random(in: 0...scale, using: &rng))
                }
                tool.cells[criterion.id] = Cell(value, note: maybe(text), sources: citations())
            }
            tool.pros = (0..<Int.random(in: 0...3, using: &rng)).map { _ in Remark(text(), sources: citations()) }
            tool.cons = (0..<Int.random(in: 0...3, using: &rng)).map { _ in Remark(text(), sources: citations()) }
            return tool
        }
        return Matrix(id: "generated-\(seed)", title: name(unique: &sourceTitles), summary: maybe(text),
                      asOf: Bool.random(using: &rng) ? "2025-03-31" : nil, sources: sources,
                      criteria: criteria, tools: tools, verdict: maybe(text))
    }
}

private extension String {
    /// URLs may not hold `"`; the generator's URL template marks where a quote would go.
    var replacingQuotes: String { replacingOccurrences(of: "\"", with: "%22") }
}
