/// The machine-readable form of rankings, `techmatrix-rank/v1`, described in
/// `docs/ranking.md` and by `schema/techmatrix-rank-v1.schema.json`. The page's script builds
/// the same shape, member for member.
extension Ranking {
    /// The format name written in the document's `format` member.
    static let formatName = "techmatrix-rank/v1"

    /// `{ "format", "matrix", "rankings": [...] }`, canonically written.
    static func json(matrixID: String, rankings: [Ranking]) -> String {
        var output = ByteBuffer(capacity: 4096)
        let document = JSONValue.object([
            JSONMember(key: "format", value: .string(formatName)),
            JSONMember(key: "matrix", value: .string(matrixID)),
            JSONMember(key: "rankings", value: .array(rankings.map(\.jsonValue))),
        ])
        CanonicalJSON.write(document, into: &output)
        return output.string
    }

    /// One ranking as a JSON value.
    var jsonValue: JSONValue {
        .object([
            JSONMember(key: "profile", value: Self.json(profile)),
            JSONMember(key: "weighted", value: .array(weights.map { Self.json($0, reason: nil) })),
            JSONMember(key: "ignored", value: .array(ignored.map { Self.json($0, reason: "no-better") })),
            JSONMember(
                key: "ranked",
                value: .array(
                    ranked.map { entry in
                        .object([
                            JSONMember(key: "tool", value: .string(entry.tool.id)),
                            JSONMember(key: "name", value: .string(entry.tool.name)),
                            JSONMember(key: "place", value: .number(Double(entry.place ?? 1))),
                            JSONMember(key: "score", value: Self.json(entry.score)),
                            JSONMember(key: "apart", value: .array(entry.apart.map(JSONValue.string))),
                            JSONMember(key: "first", value: entry.firstShare.map { .number($0) } ?? .null),
                        ])
                    })),
            JSONMember(
                key: "unknown",
                value: .array(
                    unknown.map { entry in
                        .object([
                            JSONMember(key: "tool", value: .string(entry.tool.id)),
                            JSONMember(key: "name", value: .string(entry.tool.name)),
                            JSONMember(key: "score", value: Self.json(entry.score)),
                            JSONMember(key: "unknown", value: .array(entry.unknowns.map(Self.json))),
                        ])
                    })),
            JSONMember(
                key: "out",
                value: .array(
                    out.map { entry in
                        .object([
                            JSONMember(key: "tool", value: .string(entry.tool.id)),
                            JSONMember(key: "name", value: .string(entry.tool.name)),
                            JSONMember(key: "failed", value: .array(entry.failures.map(Self.json))),
                            JSONMember(key: "unknown", value: .array(entry.unknowns.map(Self.json))),
                        ])
                    })),
            JSONMember(
                key: "sensitivity",
                value: sensitivity.map { sensitivity in
                    .object([
                        JSONMember(key: "perturbations", value: .number(Double(sensitivity.perturbations))),
                        JSONMember(key: "seed", value: .number(Double(sensitivity.seed))),
                        JSONMember(key: "factors", value: .array([.number(0.5), .number(1.5)])),
                        JSONMember(key: "firstPlaceHolds", value: .number(sensitivity.firstPlaceHolds)),
                        JSONMember(key: "threshold", value: .number(Ranking.fragileBelow)),
                        JSONMember(key: "fragile", value: .bool(sensitivity.fragile)),
                    ])
                } ?? .null),
        ])
    }

    static func json(_ score: Interval?) -> JSONValue {
        guard let score else { return .null }
        return .array([.number(score.low), .number(score.high)])
    }

    static func json(_ weight: Weight, reason: String?) -> JSONValue {
        var members = [
            JSONMember(key: "criterion", value: .string(weight.criterion.id)),
            JSONMember(key: "weight", value: .number(weight.weight)),
        ]
        if let reason { members.append(JSONMember(key: "reason", value: .string(reason))) }
        return .object(members)
    }

    static func json(_ check: Check) -> JSONValue {
        var members = [
            JSONMember(key: "criterion", value: .string(check.criterion.id)),
            JSONMember(key: "requirement", value: json(check.requirement)),
            JSONMember(key: "outcome", value: .string(check.outcome.rawValue)),
        ]
        if let cell = check.cell { members.append(JSONMember(key: "value", value: json(cell))) }
        return .object(members)
    }

    /// A requirement as the format writes it.
    static func json(_ requirement: Profile.Requirement) -> JSONValue {
        switch requirement {
        case .support(let support): .string(support.rawValue)
        case .atMost(let limit): .object([JSONMember(key: "atMost", value: .number(limit))])
        case .atLeast(let limit): .object([JSONMember(key: "atLeast", value: .number(limit))])
        case .minimum(let minimum): .number(Double(minimum))
        }
    }

    /// A cell's value as the format writes it, with its qualifier and range and nothing else:
    /// a bare value, or `{ "value", "qualifier", "max" }`.
    static func json(_ cell: Cell) -> JSONValue {
        let value: JSONValue =
            switch cell.value {
            case .text(let text): .string(text)
            case .support(let support): .string(support.rawValue)
            case .number(let number): .number(number)
            case .rating(let rating): .number(Double(rating))
            }
        guard case .number = cell.value, cell.qualifier != nil || cell.maximum != nil else { return value }
        var members = [JSONMember(key: "value", value: value)]
        if let qualifier = cell.qualifier { members.append(JSONMember(key: "qualifier", value: .string(qualifier.rawValue))) }
        if let maximum = cell.maximum { members.append(JSONMember(key: "max", value: .number(maximum))) }
        return .object(members)
    }

    /// A profile as the format writes it.
    static func json(_ profile: Profile) -> JSONValue {
        var members = [
            JSONMember(key: "id", value: .string(profile.id)),
            JSONMember(key: "name", value: .string(profile.name)),
            JSONMember(key: "require", value: .object(profile.requirements.map { JSONMember(key: $0.key, value: json($0.value)) })),
            JSONMember(key: "weights", value: .object(profile.weights.map { JSONMember(key: $0.key, value: .number($0.value)) })),
        ]
        if let description = profile.description { members.append(JSONMember(key: "description", value: .string(description))) }
        return .object(members)
    }
}

extension Ranking {
    /// What the page's fit finder reads: the matrix reduced to what ranking uses, in the shape
    /// of a `techmatrix/v2` document (criteria that can be required or weighted, each tool's
    /// values for them with qualifier and range, and the declared profiles).
    static func pageData(_ matrix: Matrix) -> JSONValue {
        let criteria = matrix.criteria.filter(isRequirable)
        return .object([
            JSONMember(
                key: "criteria",
                value: .array(
                    criteria.map { criterion in
                        var members = [
                            JSONMember(key: "id", value: .string(criterion.id)),
                            JSONMember(key: "name", value: .string(criterion.name)),
                            JSONMember(key: "kind", value: .string(criterion.kind.name)),
                        ]
                        switch criterion.kind {
                        case .number(let unit, _):
                            if let unit { members.append(JSONMember(key: "unit", value: .string(unit))) }
                        case .rating(let scale, _):
                            members.append(JSONMember(key: "scale", value: .number(Double(scale))))
                        case .text, .support: break
                        }
                        if let better = criterion.kind.better { members.append(JSONMember(key: "better", value: .string(better.rawValue))) }
                        return .object(members)
                    })),
            JSONMember(
                key: "tools",
                value: .array(
                    matrix.tools.map { tool in
                        .object([
                            JSONMember(key: "id", value: .string(tool.id)),
                            JSONMember(key: "name", value: .string(tool.name)),
                            JSONMember(
                                key: "values",
                                value: .object(criteria.compactMap { criterion in tool[criterion].map { JSONMember(key: criterion.id, value: json($0)) } })),
                        ])
                    })),
            JSONMember(key: "profiles", value: .array(matrix.profiles.map(json))),
        ])
    }

    /// ``pageData(_:)`` as the text of a `<script type="application/json">` element: canonical
    /// JSON with every `<` written `\u003c`, so that no `</script` or `<!--` can occur in it.
    static func pageDataText(_ matrix: Matrix) -> String {
        var output = ByteBuffer(capacity: 4096)
        CanonicalJSON.write(pageData(matrix), into: &output)
        let json = output.takeBytes()
        var escaped = ByteBuffer(capacity: json.count + 16)
        for byte in json {
            if byte == UInt8(ascii: "<") { escaped.append("\\u003c") } else { escaped.append(byte) }
        }
        return escaped.string
    }
}
