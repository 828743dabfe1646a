extension TechMatrixCommand {
    /// The options of `rank`, registered in ``CommandSpec/all``.
    static let rankOptions: [CommandSpec.Option] = [
        CommandSpec.Option(name: "profile", value: "id", help: "Rank for one profile the matrix declares (default: every declared profile)."),
        CommandSpec.Option(name: "require", value: "list", help: "Must-haves, instead of a profile: crit=yes|partial, crit=at-most:N|at-least:N, crit=N (a rating's minimum)."),
        CommandSpec.Option(name: "weight", value: "list", help: "Weights from 0 to 10, instead of a profile: crit=w,..."),
        CommandSpec.Option(name: "format", value: "text|md|json", help: "A terminal listing (default), Markdown for a pull request or write-up, or JSON (techmatrix-rank/v1)."),
        CommandSpec.Option(name: "input", value: "file", help: "Rank a techmatrix/v2 JSON document (- for standard input) instead of a built-in matrix."),
        CommandSpec.Option(name: "plain", value: nil, help: "Markdown: support values as words only, without symbols (the text listing always is)."),
    ]

    /// `rank <id> [--profile P | --require ... --weight ...] [--format text|md|json]`.
    func rank(_ arguments: ParsedArguments) throws(CommandError) {
        let format = arguments.values["format"] ?? "text"
        guard ["text", "md", "json"].contains(format) else {
            throw .usage("--format takes text, md or json, not '\(format)'", command: "rank")
        }
        let matrix = try oneMatrix(arguments, command: "rank")
        let profiles = try rankProfiles(arguments, matrix: matrix)
        let rankings = profiles.map { Ranking(matrix: matrix, profile: $0) }
        let plain = arguments.switches.contains("plain")
        switch format {
        case "json":
            environment.writeOutput(Array(Ranking.json(matrixID: matrix.id, rankings: rankings).utf8))
        case "md":
            environment.writeOutput(Array(RankingReport.markdown(matrix, rankings: rankings, plain: plain).utf8))
        default:
            let texts = rankings.map { RankingReport(matrix: matrix, ranking: $0, plain: true).text() }
            environment.writeOutput(Array(texts.joined(separator: "\n").utf8))
        }
    }

    /// The one matrix a command works on: read from `--input`, or the built-in matrix whose id
    /// is the only argument, validated.
    func oneMatrix(_ arguments: ParsedArguments, command: String) throws(CommandError) -> Matrix {
        if let input = arguments.values["input"] {
            if !arguments.positionals.isEmpty { throw .usage("give either a matrix id or --input, not both", command: command) }
            return try InputReader(environment: environment).matrix(from: input)
        }
        guard arguments.positionals.count == 1 else {
            throw .usage("'\(command)' takes exactly one matrix id (or --input FILE)", command: command)
        }
        let matrices = try selectBuiltins(arguments.positionals, command: command)
        try validateAll(matrices)
        return matrices[0]
    }

    /// The profiles to rank for: one named by `--profile`, one made of `--require` and
    /// `--weight`, or every profile the matrix declares.
    private func rankProfiles(_ arguments: ParsedArguments, matrix: Matrix) throws(CommandError) -> [Profile] {
        let require = arguments.values["require"]
        let weight = arguments.values["weight"]
        if let id = arguments.values["profile"] {
            if require != nil || weight != nil {
                throw .usage("give either --profile or --require and --weight, not both", command: "rank")
            }
            guard let profile = matrix.profiles.first(where: { $0.id == id }) else {
                let ids = matrix.profiles.map(\.id)
                let suggestion = Suggestion.closest(to: id, in: ids)
                let known = ids.isEmpty ? " (it declares none; use --require and --weight)" : " (it declares \(ids.joined(separator: ", ")))"
                throw .usage("matrix '\(matrix.id)' has no profile '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? known), command: "rank")
            }
            return [profile]
        }
        if require == nil, weight == nil {
            if matrix.profiles.isEmpty {
                throw .usage("matrix '\(matrix.id)' declares no profiles; give --require and --weight", command: "rank")
            }
            return matrix.profiles
        }
        var profile = Profile(id: "command-line", name: "Command line")
        for (id, text) in try pairs(require, option: "require") {
            let criterion = try rankCriterion(id, matrix: matrix, use: "required")
            guard let requirement = Self.requirement(text, criterion: criterion) else {
                let expected: String =
                    switch criterion.kind {
                    case .support: "yes or partial"
                    case .number: "at-most:N or at-least:N"
                    case .rating(let scale, _): "a whole number from 0 to \(scale) (the lowest rating that passes)"
                    case .text: ""
                    }
                throw .usage("--require \(id): '\(id)' is a \(criterion.kind.name) criterion and takes \(expected), not '\(text)'", command: "rank")
            }
            profile.requirements[id] = requirement
        }
        for (id, text) in try pairs(weight, option: "weight") {
            let criterion = try rankCriterion(id, matrix: matrix, use: "weighted")
            guard Ranking.isWeightable(criterion) else {
                throw .usage("--weight \(id): '\(id)' is a \(criterion.kind.name) criterion that does not say whether lower or higher is better, so it cannot be weighted", command: "rank")
            }
            guard let value = Double(text), value.isFinite, (0...10).contains(value) else {
                throw .usage("--weight \(id): a weight is a number from 0 to 10, not '\(text)'", command: "rank")
            }
            profile.weights[id] = value
        }
        return [profile]
    }

    /// `a=1,b=2` as pairs in order; a criterion named twice is refused.
    private func pairs(_ list: String?, option: String) throws(CommandError) -> [(String, String)] {
        guard let list else { return [] }
        var result: [(String, String)] = []
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw .usage("--\(option) takes criterion=value pairs separated by commas, not '\(item)'", command: "rank")
            }
            let id = String(parts[0])
            if result.contains(where: { $0.0 == id }) { throw .usage("--\(option) names '\(id)' more than once", command: "rank") }
            result.append((id, String(parts[1])))
        }
        return result
    }

    /// The criterion named on the command line, refusing an unknown or a text one.
    private func rankCriterion(_ id: String, matrix: Matrix, use: String) throws(CommandError) -> Criterion {
        guard let criterion = matrix.criterion(withID: id) else {
            let suggestion = Suggestion.closest(to: id, in: matrix.criteria.map(\.id))
            throw .usage("matrix '\(matrix.id)' has no criterion '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), command: "rank")
        }
        if case .text = criterion.kind {
            throw .usage("'\(id)' is a text criterion: text cannot be \(use); only support, number and rating criteria can", command: "rank")
        }
        return criterion
    }

    /// A requirement written on the command line, or `nil` when it does not fit the criterion.
    static func requirement(_ text: String, criterion: Criterion) -> Profile.Requirement? {
        func limit(_ prefixes: [String]) -> Double? {
            for prefix in prefixes where text.hasPrefix(prefix) {
                if let value = Double(text.dropFirst(prefix.count)), value.isFinite { return value }
            }
            return nil
        }
        switch criterion.kind {
        case .support:
            switch text {
            case "yes": return .support(.yes)
            case "partial": return .support(.partial)
            default: return nil
            }
        case .number:
            if let value = limit(["at-most:", "atMost:", "<="]) { return .atMost(value) }
            if let value = limit(["at-least:", "atLeast:", ">="]) { return .atLeast(value) }
            return nil
        case .rating(let scale, _):
            let digits = text.hasPrefix("at-least:") ? String(text.dropFirst(9)) : text
            guard let minimum = Int(digits), (0...scale).contains(minimum) else { return nil }
            return .minimum(minimum)
        case .text:
            return nil
        }
    }
}
