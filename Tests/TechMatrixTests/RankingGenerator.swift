import TechMatrixTestSupport

@testable import TechMatrix

/// Seeded matrices and profiles for the ranking tests: few distinct values so that ties and
/// equal ends are common, every qualifier and ranges, cells left out, limits that fall on,
/// inside and beside cell intervals, weights of 0 and weights on criteria without `better`.
enum RankingGenerator {
    static func matrix(seed: UInt64) -> Matrix {
        var rng = SeededGenerator(seed: seed &* 0x9E37_79B9 &+ 7)
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }
        let numbers: [Double] = [0, 1, 2, 2.5, 5, 10, 15, -3, 0.1, 0.2, 0.3]
        let criteria = (0..<Int.random(in: 1...7, using: &rng)).map { index -> Criterion in
            let kind: Criterion.Kind =
                switch Int.random(in: 0..<7, using: &rng) {
                case 0: .text
                case 1, 2: .support
                case 3, 4: .number(unit: chance(50) ? "ms" : nil, better: [nil, .lower, .higher, .lower, .higher].randomElement(using: &rng)!)
                default: .rating(scale: Int.random(in: 1...10, using: &rng), better: [nil, .lower, .higher, .higher].randomElement(using: &rng)!)
                }
            return Criterion(id: "c\(index)", name: "Criterion \(index)", kind: kind)
        }
        let tools = (0..<Int.random(in: 1...7, using: &rng)).map { index -> Tool in
            var tool = Tool(id: "t\(index)", name: "Tool \(index)")
            for criterion in criteria where !chance(25) {
                var cell: Cell
                switch criterion.kind {
                case .text: cell = Cell(.text("text \(index)"))
                case .support: cell = Cell(.support(Support.allCases.randomElement(using: &rng)!))
                case .number:
                    let value = numbers.randomElement(using: &rng)!
                    cell = Cell(.number(value))
                    switch Int.random(in: 0..<6, using: &rng) {
                    case 0: cell.qualifier = .about
                    case 1: cell.qualifier = .atMost
                    case 2: cell.qualifier = .atLeast
                    case 3: cell.maximum = value + [0.5, 3, 10].randomElement(using: &rng)!
                    case 4:
                        cell.qualifier = .about
                        cell.maximum = value + 2
                    default: break
                    }
                case .rating(let scale, _): cell = Cell(.rating(Int.random(in: 0...scale, using: &rng)))
                }
                tool.cells[criterion.id] = cell
            }
            return tool
        }
        let profiles = (0..<Int.random(in: 1...3, using: &rng)).map { index -> Profile in
            var profile = Profile(id: "p\(index)", name: "Profile \(index)", description: chance(30) ? "For someone." : nil)
            for criterion in criteria {
                switch criterion.kind {
                case .text: continue
                case .support:
                    if chance(30) { profile.requirements[criterion.id] = .support(chance(50) ? .yes : .partial) }
                case .number:
                    if chance(30) {
                        let limit = numbers.randomElement(using: &rng)! + [0, 0, 1, -1].randomElement(using: &rng)!
                        profile.requirements[criterion.id] = chance(50) ? .atMost(limit) : .atLeast(limit)
                    }
                case .rating(let scale, _):
                    if chance(30) { profile.requirements[criterion.id] = .minimum(Int.random(in: 0...scale, using: &rng)) }
                }
                if chance(65) { profile.weights[criterion.id] = [0, 1, 1, 2, 2.5, 3, 10, 0.3].randomElement(using: &rng)! }
            }
            if profile.requirements.isEmpty, profile.weights.isEmpty, let first = criteria.first(where: { Ranking.isRequirable($0) }) {
                profile.weights[first.id] = 1
            }
            return profile
        }
        let usable = profiles.filter { !$0.requirements.isEmpty || !$0.weights.isEmpty }
        return Matrix(id: "m\(seed)", title: "Matrix \(seed)", criteria: criteria, tools: tools, profiles: usable)
    }
}
