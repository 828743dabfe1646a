import TechMatrix

/// Generates valid matrices full of hostile text, deterministically from a seed.
public enum MatrixGenerator {
    /// A valid matrix: 1–6 tools, 1–8 criteria of every kind, sources, notes, pros and cons,
    /// hostile text in every text field, and every member of `techmatrix/v2`: qualified
    /// numbers and ranges, preview, versions, verified dates, disputed cells, accessed dates,
    /// sources that report on others, methodology, staleAfterDays and profiles.
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
        var sources: [Source] = []
        for index in 0..<sourceCount {
            var source = Source(name(unique: &sourceTitles), id: "source-\(index)", author: maybe(text), event: maybe(text),
                                url: Bool.random(using: &rng) ? "https://example.org/talk/\(index)?q=a&b=\"c\"".replacingQuotes : nil,
                                published: Bool.random(using: &rng) ? "2024-02-29" : nil,
                                accessed: Bool.random(using: &rng) ? "2025-04-02" : nil)
            // Reports only on an earlier source, so there is never a cycle.
            if index > 0, Bool.random(using: &rng) { source.reports = "source-\(Int.random(in: 0..<index, using: &rng))" }
            sources.append(source)
        }
        func version() -> String { Self.versions.randomElement(using: &rng)! }
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
        // One matrix in eight has more tools than Markdown and HTML lay out as columns.
        let toolCount = Int.random(in: 0..<8, using: &rng) == 0 ? Int.random(in: 9...12, using: &rng) : Int.random(in: 1...6, using: &rng)
        let tools = (0..<toolCount).map { index -> Tool in
            var tool = Tool(id: "tool-\(index)", name: name(unique: &toolNames),
                            url: Bool.random(using: &rng) ? "http://example.com/\(index)" : nil, summary: maybe(text),
                            version: Bool.random(using: &rng) ? version() : nil,
                            verified: Bool.random(using: &rng) ? "2025-03-30" : nil)
            for criterion in criteria where Int.random(in: 0..<4, using: &rng) > 0 {
                let value: Cell.Value = switch criterion.kind {
                case .text: .text(text())
                case .support: .support(Support.allCases.randomElement(using: &rng)!)
                case .number: .number([0, -0.5, 15, 1e-7, 123_456.789, 1e21, -42, 0.1].randomElement(using: &rng)!)
                case .rating(let scale, _): .rating(Int.random(in: 0...scale, using: &rng))
                }
                var cell = Cell(value, note: maybe(text), sources: citations())
                if case .number(let number) = value {
                    switch Int.random(in: 0..<5, using: &rng) {
                    case 0: cell.qualifier = Cell.Qualifier.allCases.randomElement(using: &rng)!
                    case 1: cell.maximum = Self.above(number, by: [0.5, 10, 1e6].randomElement(using: &rng)!)
                    case 2: cell.qualifier = .about; cell.maximum = Self.above(number, by: 2)
                    default: break
                    }
                }
                if Int.random(in: 0..<4, using: &rng) == 0 { cell.version = version() }
                if Int.random(in: 0..<4, using: &rng) == 0 { cell.verified = "2025-01-15" }
                if sources.count >= 2, Int.random(in: 0..<6, using: &rng) == 0 {
                    cell.disputed = true
                    cell.note = text() + "!"
                    cell.sources = [sources[0].id, sources[1].id]
                }
                tool.cells[criterion.id] = cell
            }
            tool.pros = (0..<Int.random(in: 0...3, using: &rng)).map { _ in Remark(text(), sources: citations()) }
            tool.cons = (0..<Int.random(in: 0...3, using: &rng)).map { _ in Remark(text(), sources: citations()) }
            return tool
        }
        var profileNames = Set<String>()
        let profiles = (0..<Int.random(in: 0...2, using: &rng)).compactMap { index -> Profile? in
            var profile = Profile(id: "profile-\(index)", name: name(unique: &profileNames), description: maybe(text))
            for criterion in criteria {
                switch criterion.kind {
                case .text: continue
                case .support: if Bool.random(using: &rng) { profile.requirements[criterion.id] = .support(Bool.random(using: &rng) ? .yes : .partial) }
                case .number: if Bool.random(using: &rng) { profile.requirements[criterion.id] = Bool.random(using: &rng) ? .atMost(15) : .atLeast(-0.5) }
                case .rating(let scale, _): if Bool.random(using: &rng) { profile.requirements[criterion.id] = .minimum(Int.random(in: 0...scale, using: &rng)) }
                }
                if Bool.random(using: &rng) { profile.weights[criterion.id] = [0, 1, 2.5, 10].randomElement(using: &rng)! }
            }
            return profile.requirements.isEmpty && profile.weights.isEmpty ? nil : profile
        }
        return Matrix(id: "generated-\(seed)", title: name(unique: &sourceTitles), summary: maybe(text),
                      methodology: maybe(text), asOf: Bool.random(using: &rng) ? "2025-03-31" : nil,
                      staleAfterDays: Bool.random(using: &rng) ? Int.random(in: 1...3650, using: &rng) : nil, sources: sources,
                      criteria: criteria, tools: tools, profiles: profiles, verdict: maybe(text))
    }

    /// A number greater than `number`, `by` above it where a double can tell the difference.
    static func above(_ number: Double, by delta: Double) -> Double {
        let sum = number + delta
        return sum > number ? sum : number + abs(number)
    }

    /// Versions as projects write them, and some that only a hostile writer would.
    static let versions = ["1.25", "v2.3.0-rc.1", "2025.03", "<1.0|&>", "日本 1.0", "\\*1*_", "=1+1", "🦀 0.9", "1.0\t"]
}

private extension String {
    /// URLs may not hold `"`; the generator's URL template marks where a quote would go.
    var replacingQuotes: String { replacingOccurrences(of: "\"", with: "%22") }
}
