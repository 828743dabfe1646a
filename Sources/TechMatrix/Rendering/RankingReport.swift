/// The words of a ``Ranking``, shared by `rank --format text|md` and the "Which one fits"
/// sections of the Markdown and HTML renderings: what the profile asks, why a tool is out or
/// unknown, scores as `[low, high]`, shares as percentages. Plain strings; each output escapes
/// them for its own context.
struct RankingReport {
    let matrix: Matrix
    let ranking: Ranking
    /// Support values as words only, without symbols.
    let plain: Bool
    /// Support values as words even when not `plain` (the HTML page draws no emoji).
    var supportWords = false

    /// Rankings for the matrix's declared profiles, in display order.
    static func declared(_ matrix: Matrix) -> [Ranking] {
        matrix.profiles.map { Ranking(matrix: matrix, profile: $0) }
    }

    // MARK: Numbers

    /// A value from 0 to 1 with two decimals, rounded half up: `0.62`.
    static func fixed2(_ value: Double) -> String {
        let hundredths = Int((value * 100 + 0.5).rounded(.down))
        let whole = hundredths / 100
        let fraction = hundredths % 100
        return "\(whole)." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// A score: `0.75` for a point, `[0.50, 1.00]` for an interval, `—` without weights.
    static func score(_ score: Ranking.Interval?) -> String {
        guard let score else { return Presentation.notAssessed }
        if score.low == score.high { return fixed2(score.low) }
        return "[" + fixed2(score.low) + ", " + fixed2(score.high) + "]"
    }

    /// A share as a percentage with at most one decimal: `64 %`, `62.5 %`.
    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return String(tenths / 10) + (tenths % 10 == 0 ? "" : ".\(tenths % 10)") + " %"
    }

    // MARK: Sentences

    func name(ofTool id: String) -> String {
        matrix.tools.first { $0.id == id }.map(\.name) ?? id
    }

    /// `at most 5 ms`, `yes`, `yes, partial or preview`, `at least 3/5`.
    func requirement(_ requirement: Profile.Requirement, criterion: Criterion) -> String {
        func withUnit(_ number: Double) -> String {
            let shown = NumberFormatting.json(number)
            if case .number(let unit?, _) = criterion.kind, !unit.isEmpty {
                return shown + (unit.hasPrefix("%") ? unit : " " + unit)
            }
            return shown
        }
        switch requirement {
        case .support(.yes): return "yes"
        case .support: return "yes, partial or preview"
        case .atMost(let limit): return "at most " + withUnit(limit)
        case .atLeast(let limit): return "at least " + withUnit(limit)
        case .minimum(let minimum):
            if case .rating(let scale, _) = criterion.kind { return "at least \(minimum)/\(scale)" }
            return "at least \(minimum)"
        }
    }

    /// `Mutual TLS: yes; Added latency: at most 5 ms`, in criterion order, or `nil`.
    var requirements: String? {
        let parts = matrix.criteria.compactMap { criterion in
            ranking.profile.requirements[criterion.id].map { criterion.name + ": " + requirement($0, criterion: criterion) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// `Added latency 3, L7 resilience 1`, in criterion order, or `nil`.
    var weights: String? {
        let parts = ranking.weights.map { $0.criterion.name + " " + NumberFormatting.json($0.weight) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// Why a check failed or is unknown: `Added latency is 15 ms, needs at most 5 ms`.
    func reason(_ check: Ranking.Check) -> String {
        let needs = requirement(check.requirement, criterion: check.criterion)
        guard let cell = check.cell else { return check.criterion.name + " not assessed (needs " + needs + ")" }
        let value: String
        if supportWords, case .support(let support) = cell.value {
            value = Presentation.supportLabel(support, plain: true)
        } else {
            value = Presentation.text(of: cell, criterion: check.criterion, plain: plain)
        }
        switch check.outcome {
        case .straddles: return check.criterion.name + " is " + value + ": may or may not be " + needs
        default: return check.criterion.name + " is " + value + ", needs " + needs
        }
    }

    /// Sentences that qualify the ranking: ignored weights, no weights, nobody passing.
    var notes: [String] {
        var notes: [String] = []
        for weight in ranking.ignored {
            notes.append("The weight on \(weight.criterion.name) is left out: the criterion does not say whether lower or higher is better, so it cannot be weighted.")
        }
        if ranking.weights.isEmpty {
            notes.append("Nothing is weighted: the tools that pass are listed in matrix order, not ranked.")
        }
        if ranking.ranked.isEmpty { notes.append("No tool is known to pass every requirement.") }
        return notes
    }

    /// The sensitivity sentence, or `nil` when there is nothing to perturb.
    var sensitivity: String? {
        guard let sensitivity = ranking.sensitivity else { return nil }
        let leaders = ranking.ranked.filter { $0.place == 1 }.map(\.tool.name)
        let who = leaders.count == 1 ? leaders[0] : leaders.joined(separator: ", ") + " together"
        return
            "First place (\(who)) holds in \(Self.percent(sensitivity.firstPlaceHolds)) of \(sensitivity.perturbations) perturbations of the weights (each weight multiplied by a factor from 0.5 to 1.5): "
            + (sensitivity.fragile ? "fragile." : "not fragile.")
    }

    /// A ranked tool's row of the ranking table, the same in every format.
    struct RankedRow {
        /// The columns' headings, in order.
        static let headings = ["Place", "Tool", "Score", "First in", "Cannot be told apart from"]
        var place: String
        var tool: String
        var score: String
        var firstIn: String
        var apart: String
    }

    /// The row of a ranked tool: its place, name, score, share of first places and the tools
    /// it cannot be told apart from (`—` for none).
    func rankedRow(_ entry: Ranking.Entry) -> RankedRow {
        RankedRow(
            place: String(entry.place ?? 1), tool: entry.tool.name, score: Self.score(entry.score),
            firstIn: entry.firstShare.map(Self.percent) ?? Presentation.notAssessed,
            apart: entry.apart.isEmpty ? Presentation.notAssessed : apart(entry))
    }

    /// What is said of an unknown or out tool after its name: why (user text, to escape), and
    /// for an unknown tool its score (`; score [0.40, 1.00]`, written as it is).
    func reasons(_ entry: Ranking.Entry, unknown: Bool) -> (reasons: String, score: String?) {
        ((unknown ? entry.unknowns : entry.failures).map(reason).joined(separator: "; "), unknown ? "; score " + Self.score(entry.score) : nil)
    }

    /// `Linkerd, Kuma`, or an empty string.
    func apart(_ entry: Ranking.Entry) -> String {
        entry.apart.map(name(ofTool:)).joined(separator: ", ")
    }

    // MARK: Plain text

    /// The terminal listing of `rank --format text`.
    func text() -> String {
        func line(_ text: String) -> String { String(text.map { $0.isNewline ? " " : $0 }) }
        var lines = [line("\(matrix.title): \(ranking.profile.name)")]
        if let requirements { lines.append(line("Must have: " + requirements)) }
        if let weights { lines.append(line("Weights: " + weights)) }
        lines.append("")
        if !ranking.ranked.isEmpty {
            lines.append("Ranked (score from 0 to 1, as [low, high] where a cell is not assessed):")
            let names = ranking.ranked.map { line($0.tool.name) }
            let width = names.map(DisplayWidth.of).max() ?? 0
            let scores = ranking.ranked.map { Self.score($0.score) }
            let scoreWidth = scores.map(\.count).max() ?? 0
            for (index, entry) in ranking.ranked.enumerated() {
                let place = String(entry.place ?? 1)
                var text = "  " + place + String(repeating: " ", count: max(1, 3 - place.count))
                text += names[index] + String(repeating: " ", count: width - DisplayWidth.of(names[index]) + 2)
                text += scores[index] + String(repeating: " ", count: scoreWidth - scores[index].count)
                if let share = entry.firstShare { text += "  first in " + Self.percent(share) }
                if !entry.apart.isEmpty { text += "  cannot be told apart on what is known from " + line(apart(entry)) }
                lines.append(text)
            }
        }
        if !ranking.unknown.isEmpty {
            lines.append("Unknown, not ranked:")
            for entry in ranking.unknown {
                lines.append(line("  \(entry.tool.name): " + entry.unknowns.map(reason).joined(separator: "; ") + "; score " + Self.score(entry.score)))
            }
        }
        if !ranking.out.isEmpty {
            lines.append("Out:")
            for entry in ranking.out {
                lines.append(line("  \(entry.tool.name): " + entry.failures.map(reason).joined(separator: "; ")))
            }
        }
        if let sensitivity { lines.append(sensitivity) }
        lines += notes
        return lines.joined(separator: "\n") + "\n"
    }
}
