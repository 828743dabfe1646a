/// Reads the members of one JSON object against the list of members the spec names for it,
/// reporting unknown and repeated members once each.
struct ObjectReader {
    let path: JSONPath
    private var members: [String: JSONValue] = [:]

    /// Reads `value` as an object with the given allowed members, or reports a type problem
    /// and returns `nil`.
    /// Members named only by a later version of the format are reported as such.
    init?<Member: SchemaMember>(
        _ value: JSONValue, at path: JSONPath, expected: String, members _: Member.Type, version: FormatVersion,
        problems: inout [Problem]
    ) {
        let allowed = Member.names(in: version)
        let later = Member.names(in: .current).filter { !allowed.contains($0) }
        self.init(value, at: path, expected: expected, allowed: allowed, later: later, problems: &problems)
    }

    init?(_ value: JSONValue, at path: JSONPath, expected: String, allowed: [String], later: [String] = [], problems: inout [Problem]) {
        guard case .object(let list) = value else {
            problems.append(Problem(path, .wrongType(expected: expected, found: value.shortDescription)))
            return nil
        }
        self.path = path
        var repeated = Set<String>()
        for member in list {
            if !allowed.contains(member.key) {
                if members[member.key] == nil, !repeated.contains(member.key) {
                    if later.contains(member.key) {
                        problems.append(Problem(path.appending(member.key), .memberNeedsV2(member.key)))
                    } else {
                        problems.append(Problem(path.appending(member.key), .unknownMember(member.key, suggestion: Suggestion.closest(to: member.key, in: allowed))))
                    }
                }
            } else if members[member.key] != nil {
                if repeated.insert(member.key).inserted {
                    problems.append(Problem(path.appending(member.key), .repeatedMember(member.key)))
                }
                continue
            }
            if members[member.key] == nil { members[member.key] = member.value }
        }
    }

    /// The raw value of a member, if present.
    subscript(_ key: String) -> JSONValue? { members[key] }

    /// The raw value of a member named by the schema, if present.
    subscript(_ member: some SchemaMember) -> JSONValue? { members[member.rawValue] }

    /// A required string member named by the schema.
    func requiredString(_ member: some SchemaMember, problems: inout [Problem]) -> String? {
        requiredString(member.rawValue, problems: &problems)
    }

    /// An optional string member named by the schema.
    func optionalString(_ member: some SchemaMember, problems: inout [Problem]) -> String? {
        optionalString(member.rawValue, problems: &problems)
    }

    /// An optional array member named by the schema.
    func optionalArray(_ member: some SchemaMember, problems: inout [Problem]) -> [JSONValue]? {
        optionalArray(member.rawValue, problems: &problems)
    }

    /// A required array member named by the schema.
    func requiredArray(_ member: some SchemaMember, problems: inout [Problem]) -> [JSONValue]? {
        requiredArray(member.rawValue, problems: &problems)
    }

    /// A required string member; reports a missing member or a wrong type.
    func requiredString(_ key: String, problems: inout [Problem]) -> String? {
        guard let value = members[key] else {
            problems.append(Problem(path.appending(key), .missingMember(key)))
            return nil
        }
        return string(value, at: path.appending(key), problems: &problems)
    }

    /// An optional string member; reports a wrong type.
    func optionalString(_ key: String, problems: inout [Problem]) -> String? {
        guard let value = members[key] else { return nil }
        return string(value, at: path.appending(key), problems: &problems)
    }

    /// A required array member; reports a missing member or a wrong type.
    func requiredArray(_ key: String, problems: inout [Problem]) -> [JSONValue]? {
        guard let value = members[key] else {
            problems.append(Problem(path.appending(key), .missingMember(key)))
            return nil
        }
        return array(value, at: path.appending(key), problems: &problems)
    }

    /// An optional array member; reports a wrong type.
    func optionalArray(_ key: String, problems: inout [Problem]) -> [JSONValue]? {
        guard let value = members[key] else { return nil }
        return array(value, at: path.appending(key), problems: &problems)
    }

    private func string(_ value: JSONValue, at path: JSONPath, problems: inout [Problem]) -> String? {
        guard case .string(let text) = value else {
            problems.append(Problem(path, .wrongType(expected: "a string", found: value.shortDescription)))
            return nil
        }
        return text
    }

    private func array(_ value: JSONValue, at path: JSONPath, problems: inout [Problem]) -> [JSONValue]? {
        guard case .array(let elements) = value else {
            problems.append(Problem(path, .wrongType(expected: "an array", found: value.shortDescription)))
            return nil
        }
        return elements
    }
}
