/// The tools of a matrix ranked for one ``Profile``: which pass its requirements, which fail
/// one (and why), which are unknown for one, the weighted score of each as an interval, which
/// cannot be told apart, and how often the first place survives perturbed weights.
///
/// The rules are written down in `docs/ranking.md`; the page's script
/// (``RankingScript/source``) applies the same rules and a test holds the two to the same
/// answers. Cells are read through ``Tool/subscript(_:)`` only.
struct Ranking: Sendable, Hashable {
    /// How many perturbations of the weights the sensitivity is measured over.
    static let perturbations = 200
    /// The seed of the ``Mulberry32`` stream that draws the perturbation factors.
    static let seed: UInt32 = 13
    /// A ranking whose first place holds in fewer than this share of the perturbations is
    /// fragile.
    static let fragileBelow = 0.7
    /// One score is above another only when its low end exceeds the other's high end by more
    /// than this, so that rounding never decides a place.
    static let tolerance = 1e-9

    /// A closed interval of scores or of normalised cell values, within `[0, 1]`.
    struct Interval: Sendable, Hashable {
        var low: Double
        var high: Double
    }

    /// One requirement applied to one tool.
    struct Check: Sendable, Hashable {
        enum Outcome: String, Sendable, Hashable {
            case pass
            case fail
            /// The tool has no cell for the criterion.
            case notAssessed = "not-assessed"
            /// The cell's interval lies partly on each side of the limit.
            case straddles
        }
        var criterion: Criterion
        var requirement: Profile.Requirement
        var cell: Cell?
        var outcome: Outcome

        var isUnknown: Bool { outcome == .notAssessed || outcome == .straddles }
    }

    /// One tool's result.
    struct Entry: Sendable, Hashable {
        /// The tool's position in the matrix.
        var toolIndex: Int
        var tool: Tool
        /// One check per requirement, in criterion order.
        var checks: [Check]
        /// The weighted score; `nil` when nothing is weighted, or for a tool that is out.
        var score: Interval?
        /// For a ranked tool: 1 plus the number of ranked tools whose score is surely higher.
        var place: Int?
        /// For a ranked tool: the other ranked tools whose scores overlap its own, in ranking order.
        var apart: [String] = []
        /// For a ranked tool: the share of perturbations in which it ranks first.
        var firstShare: Double?

        var failures: [Check] { checks.filter { $0.outcome == .fail } }
        var unknowns: [Check] { checks.filter(\.isUnknown) }
    }

    /// A criterion that counts, with its weight.
    struct Weight: Sendable, Hashable {
        var criterion: Criterion
        var weight: Double
    }

    /// How often the first place survives perturbed weights.
    struct Sensitivity: Sendable, Hashable {
        var perturbations: Int
        var seed: UInt32
        /// The share of perturbations whose first place is the same set of tools as the
        /// unperturbed ranking's.
        var firstPlaceHolds: Double
        var fragile: Bool { firstPlaceHolds < Ranking.fragileBelow }
    }

    var profile: Profile
    /// The criteria that count (weight above 0, weightable), in criterion order.
    var weights: [Weight]
    /// Weights above 0 on criteria that cannot be weighted (a number or rating without
    /// `better`), in criterion order; they are left out of the score.
    var ignored: [Weight]
    /// Tools that pass every requirement, best first.
    var ranked: [Entry]
    /// Tools that fail no requirement but are unknown for at least one, in matrix order.
    var unknown: [Entry]
    /// Tools that fail at least one requirement, in matrix order.
    var out: [Entry]
    /// `nil` when nothing is weighted or no tool passes.
    var sensitivity: Sensitivity?

    /// Whether a criterion can be weighted: support always; numbers and ratings when they say
    /// which direction is better; text never.
    static func isWeightable(_ criterion: Criterion) -> Bool {
        switch criterion.kind {
        case .support: true
        case .number(_, let better), .rating(_, let better): better != nil
        case .text: false
        }
    }

    /// Whether a criterion can be required: every kind but text.
    static func isRequirable(_ criterion: Criterion) -> Bool {
        if case .text = criterion.kind { return false }
        return true
    }

    /// Ranks the tools of `matrix` for `profile`, which must be valid for the matrix (see
    /// ``Matrix/problems()``).
    init(matrix: Matrix, profile: Profile) {
        self.profile = profile
        var weights: [Weight] = []
        var ignored: [Weight] = []
        for criterion in matrix.criteria {
            guard let weight = profile.weights[criterion.id], weight > 0 else { continue }
            if Self.isWeightable(criterion) {
                weights.append(Weight(criterion: criterion, weight: weight))
            } else {
                ignored.append(Weight(criterion: criterion, weight: weight))
            }
        }
        self.weights = weights
        self.ignored = ignored

        let normalised = Self.normalisedValues(matrix: matrix, criteria: weights.map(\.criterion))
        let requirements = matrix.criteria.compactMap { criterion in profile.requirements[criterion.id].map { (criterion, $0) } }
        var passing: [Entry] = []
        var unknown: [Entry] = []
        var out: [Entry] = []
        let baseWeights = weights.map(\.weight)
        for (toolIndex, tool) in matrix.tools.enumerated() {
            let checks = requirements.compactMap { criterion, requirement in
                Self.check(tool[criterion], requirement: requirement, criterion: criterion)
            }
            var entry = Entry(toolIndex: toolIndex, tool: tool, checks: checks)
            if checks.contains(where: { $0.outcome == .fail }) {
                out.append(entry)
                continue
            }
            entry.score = Self.score(normalised[toolIndex], weights: baseWeights)
            if checks.contains(where: \.isUnknown) { unknown.append(entry) } else { passing.append(entry) }
        }

        // Places: a tool is below another only when the other's whole interval is above its own.
        let scores = passing.map(\.score)
        let places = Self.places(scores)
        for index in passing.indices {
            passing[index].place = places[index]
        }
        passing.sort { a, b in
            if a.place! != b.place! { return a.place! < b.place! }
            if let sa = a.score, let sb = b.score {
                // Within a place, the surest score first: the higher low end, then the higher high end.
                if sa.low != sb.low { return sa.low > sb.low }
                if sa.high != sb.high { return sa.high > sb.high }
            }
            return a.toolIndex < b.toolIndex
        }
        let sortedScores = passing.map(\.score)
        for index in passing.indices {
            passing[index].apart = passing.indices.filter { other in
                other != index && !Self.surelyAbove(sortedScores[index], sortedScores[other])
                    && !Self.surelyAbove(sortedScores[other], sortedScores[index])
            }.map { passing[$0].tool.id }
        }

        // Sensitivity: the same ranking under perturbed weights.
        var sensitivity: Sensitivity?
        if !passing.isEmpty, baseWeights.reduce(0, +) > 0 {
            let firstPlace = Set(passing.indices.filter { passing[$0].place == 1 })
            var generator = Mulberry32(seed: Self.seed)
            var holds = 0
            var firsts = Array(repeating: 0, count: passing.count)
            let rows = passing.map { normalised[$0.toolIndex] }
            for _ in 0..<Self.perturbations {
                let perturbed = baseWeights.map { $0 * (0.5 + generator.next()) }
                let places = Self.places(rows.map { Self.score($0, weights: perturbed) })
                let first = Set(places.indices.filter { places[$0] == 1 })
                if first == firstPlace { holds += 1 }
                for index in first { firsts[index] += 1 }
            }
            for index in passing.indices {
                passing[index].firstShare = Double(firsts[index]) / Double(Self.perturbations)
            }
            sensitivity = Sensitivity(
                perturbations: Self.perturbations, seed: Self.seed,
                firstPlaceHolds: Double(holds) / Double(Self.perturbations))
        }
        ranked = passing
        self.unknown = unknown
        self.out = out
        self.sensitivity = sensitivity
    }

    /// The outcome of one requirement for one cell; `nil` when the requirement does not fit
    /// the criterion's kind (validation refuses such a profile).
    static func check(_ cell: Cell?, requirement: Profile.Requirement, criterion: Criterion) -> Check? {
        func result(_ outcome: Check.Outcome) -> Check {
            Check(criterion: criterion, requirement: requirement, cell: cell, outcome: outcome)
        }
        guard let cell else {
            switch (criterion.kind, requirement) {
            case (.support, .support), (.number, .atMost), (.number, .atLeast), (.rating, .minimum): return result(.notAssessed)
            default: return nil
            }
        }
        switch (requirement, cell.value) {
        case (.support(let required), .support(let support)):
            let passes = required == .yes ? support == .yes : support != .no
            return result(passes ? .pass : .fail)
        case (.atMost(let limit), .number):
            guard let interval = cell.interval else { return nil }
            if interval.upperBound <= limit { return result(.pass) }
            if interval.lowerBound > limit { return result(.fail) }
            return result(.straddles)
        case (.atLeast(let limit), .number):
            guard let interval = cell.interval else { return nil }
            if interval.lowerBound >= limit { return result(.pass) }
            if interval.upperBound < limit { return result(.fail) }
            return result(.straddles)
        case (.minimum(let minimum), .rating(let rating)):
            return result(rating >= minimum ? .pass : .fail)
        default:
            return nil
        }
    }

    /// For each tool of the matrix, the normalised interval of each criterion's cell, from 0
    /// (worst) to 1 (best).
    static func normalisedValues(matrix: Matrix, criteria: [Criterion]) -> [[Interval]] {
        // A number row is placed between its lowest and highest finite interval ends.
        let bounds: [(Double, Double)?] = criteria.map { criterion in
            guard case .number = criterion.kind else { return nil }
            var lowest = Double.infinity
            var highest = -Double.infinity
            for tool in matrix.tools {
                guard let interval = tool[criterion]?.interval else { continue }
                for end in [interval.lowerBound, interval.upperBound] where end.isFinite {
                    lowest = min(lowest, end)
                    highest = max(highest, end)
                }
            }
            return lowest <= highest ? (lowest, highest) : nil
        }
        return matrix.tools.map { tool in
            criteria.indices.map { index in normalised(tool[criteria[index]], criterion: criteria[index], bounds: bounds[index]) }
        }
    }

    /// One cell's value from 0 (worst) to 1 (best); a missing cell is `[0, 1]`.
    static func normalised(_ cell: Cell?, criterion: Criterion, bounds: (Double, Double)?) -> Interval {
        let unknown = Interval(low: 0, high: 1)
        guard let cell else { return unknown }
        switch (criterion.kind, cell.value) {
        case (.support, .support(let support)):
            let value: Double =
                switch support {
                case .yes: 1
                case .partial, .preview: 0.5
                case .no: 0
                }
            return Interval(low: value, high: value)
        case (.rating(let scale, let better), .rating(let rating)):
            let value = better == .lower ? Double(scale - rating) / Double(scale) : Double(rating) / Double(scale)
            return Interval(low: value, high: value)
        case (.number(_, let better?), .number):
            guard let interval = cell.interval, let (lowest, highest) = bounds else { return unknown }
            func place(_ x: Double) -> Double {
                if highest > lowest {
                    let share = better == .lower ? (highest - x) / (highest - lowest) : (x - lowest) / (highest - lowest)
                    return min(1, max(0, share))
                }
                // Every assessed value is the same: as good as it is 1, worse is 0.
                return (better == .lower ? x <= lowest : x >= lowest) ? 1 : 0
            }
            let worst = better == .lower ? interval.upperBound : interval.lowerBound
            let best = better == .lower ? interval.lowerBound : interval.upperBound
            return Interval(low: place(worst), high: place(best))
        default:
            return unknown
        }
    }

    /// The weighted mean of one tool's normalised values, summed in criterion order; `nil`
    /// when the weights add up to 0.
    static func score(_ values: [Interval], weights: [Double]) -> Interval? {
        var total = 0.0
        var low = 0.0
        var high = 0.0
        for index in weights.indices {
            total += weights[index]
            low += weights[index] * values[index].low
            high += weights[index] * values[index].high
        }
        guard total > 0 else { return nil }
        return Interval(low: low / total, high: high / total)
    }

    /// Whether `a` is surely above `b`: its low end exceeds `b`'s high end.
    static func surelyAbove(_ a: Interval?, _ b: Interval?) -> Bool {
        guard let a, let b else { return false }
        return a.low > b.high + tolerance
    }

    /// Each score's place: 1 plus the number of scores surely above it.
    static func places(_ scores: [Interval?]) -> [Int] {
        scores.map { score in 1 + scores.filter { surelyAbove($0, score) }.count }
    }
}
