/// Reads `techmatrix/v2` (and v1) JSON documents into ``Matrix`` values, refusing a document that breaks
/// any rule of the spec and reporting every problem found, each with its JSON path.
///
/// ```swift
/// let matrix = try MatrixDecoder().decode(Array(data))
/// ```
public struct MatrixDecoder: Sendable {
    /// The largest document accepted, in bytes: 256 MiB unless set otherwise.
    public var maximumSize: Int

    /// Creates a decoder.
    /// - Parameter maximumSize: The largest document accepted, in bytes.
    public init(maximumSize: Int = 256 << 20) { self.maximumSize = maximumSize }

    /// Decodes and validates one document.
    /// - Parameter bytes: The document, UTF-8 encoded.
    /// - Returns: The matrix, which ``Matrix/problems()`` finds valid.
    /// - Throws: ``ValidationError`` with every problem: malformed JSON with its line and
    ///   column, and otherwise each broken rule with its JSON path.
    public func decode(_ bytes: some Collection<UInt8>) throws(ValidationError) -> Matrix {
        if bytes.count > maximumSize {
            throw ValidationError(problems: [Problem(JSONPath(), .documentTooLarge(bytes: bytes.count, limit: maximumSize))])
        }
        // Fast path: a plainly valid document, read in one pass and validated.
        let array = Array(bytes)
        if let matrix = array.withUnsafeBufferPointer(FastDocumentReader.read), matrix.problems().isEmpty {
            return matrix
        }
        // Full path: every problem, with its path.
        let value = try JSONParser.parse(array)
        var reader = DocumentReader()
        guard let matrix = reader.matrix(from: value) else {
            throw ValidationError(problems: reader.problems)
        }
        // Semantic rules, skipping places the structural pass already reported.
        let reported = reader.problems.map(\.path)
        let semantic = matrix.problems().filter { problem in !reported.contains { problem.path.hasPrefix($0) } }
        let problems = reader.problems + semantic
        if !problems.isEmpty { throw ValidationError(problems: problems) }
        return matrix
    }

    /// The fast path alone, for a reader that gives the document's memory back as it goes:
    /// the matrix when the document is plainly valid and passes validation, `nil` otherwise
    /// (then ``decode(_:)-(some Collection<UInt8>)`` on the whole document reports why).
    /// - Parameters:
    ///   - bytes: The document, UTF-8 encoded.
    ///   - done: Told as the reader goes that the bytes before an offset will not be read
    ///     again, not even by this call.
    func decodeIfPlainlyValid(_ bytes: UnsafeBufferPointer<UInt8>, done: @escaping (Int) -> Void) -> Matrix? {
        guard bytes.count <= maximumSize, let matrix = FastDocumentReader.read(bytes, done: done), matrix.problems().isEmpty else { return nil }
        return matrix
    }

    /// Decodes a document given as text.
    /// - Throws: ``ValidationError`` as ``decode(_:)-(some Collection<UInt8>)`` does.
    public func decode(_ text: String) throws(ValidationError) -> Matrix {
        try decode(Array(text.utf8))
    }
}

/// The structural pass: JSON types, required and unknown members, and cell values against
/// their criteria, under the rules of the document's format version. It builds as much of the
/// matrix as it can, so that the semantic pass can report the rest at once.
struct DocumentReader {
    var problems: [Problem] = []
    /// The rules the document is read under, from its `format`; v2 when it names none.
    private var version = FormatVersion.current

    mutating func matrix(from value: JSONValue) -> Matrix? {
        let root = JSONPath()
        if case .object(let members) = value, let format = members.first(where: { $0.key == MatrixMember.format.rawValue }),
           case .string(let name) = format.value, let named = FormatVersion(formatName: name) {
            version = named
        }
        guard let object = ObjectReader(value, at: root, expected: "a JSON object (a techmatrix/v2 document)", members: MatrixMember.self, version: version, problems: &problems) else {
            return nil
        }
        var matrix = Matrix(id: "", title: "", criteria: [], tools: [])
        var criteriaReadable = false
        var unreadable = Set<String>()
        // Members in schema order, where criteria come before the tools and profiles that use them.
        for member in MatrixMember.allCases {
            let path = root.appending(member)
            switch member {
            case .schema:
                if let schema = object[member], schema.stringValue == nil {
                    problems.append(Problem(path, .wrongType(expected: "a string", found: schema.shortDescription)))
                }
            case .format:
                if let format = object[member] {
                    if format.stringValue.flatMap(FormatVersion.init(formatName:)) == nil {
                        problems.append(Problem(path, .unsupportedFormat(format.shortDescription)))
                    }
                } else {
                    problems.append(Problem(path, .missingMember(member.rawValue)))
                }
            case .id: matrix.id = object.requiredString(member, problems: &problems) ?? ""
            case .title: matrix.title = object.requiredString(member, problems: &problems) ?? ""
            case .summary: matrix.summary = object.optionalString(member, problems: &problems)
            case .methodology: matrix.methodology = object.optionalString(member, problems: &problems)
            case .verdict: matrix.verdict = object.optionalString(member, problems: &problems)
            case .asOf: matrix.asOf = object.optionalString(member, problems: &problems).map { CalendarDate($0) }
            case .staleAfterDays:
                if let raw = object[member] {
                    if case .number(let number, _) = raw, number == number.rounded(), (1...3650).contains(number) {
                        matrix.staleAfterDays = Int(number)
                    } else {
                        problems.append(Problem(path, .invalidStaleAfterDays(raw.shortDescription)))
                    }
                }
            case .sources:
                for (index, element) in (object.optionalArray(member, problems: &problems) ?? []).enumerated() {
                    if let source = source(from: element, at: path.appending(index)) { matrix.sources.append(source) }
                }
            case .criteria:
                let criteria = object.requiredArray(member, problems: &problems)
                criteriaReadable = criteria != nil
                for (index, element) in (criteria ?? []).enumerated() {
                    if let (criterion, readable) = criterion(from: element, at: path.appending(index)) {
                        matrix.criteria.append(criterion)
                        if !readable { unreadable.insert(criterion.id) }
                    }
                }
            case .tools:
                for (index, element) in (object.requiredArray(member, problems: &problems) ?? []).enumerated() {
                    // Without readable criteria, cells cannot be checked; the criteria problem says why.
                    if let tool = tool(from: element, at: path.appending(index), criteria: matrix.criteria,
                                       unreadable: unreadable, checkCells: criteriaReadable) {
                        matrix.tools.append(tool)
                    }
                }
            case .profiles:
                for (index, element) in (object.optionalArray(member, problems: &problems) ?? []).enumerated() {
                    if let profile = profile(from: element, at: path.appending(index)) { matrix.profiles.append(profile) }
                }
            }
        }
        return matrix
    }

    private mutating func source(from value: JSONValue, at path: JSONPath) -> Source? {
        guard let object = ObjectReader(value, at: path, expected: "a source object", members: SourceMember.self, version: version, problems: &problems) else { return nil }
        var source = Source("", id: "")
        for member in SourceMember.allCases {
            switch member {
            case .id: source.id = object.requiredString(member, problems: &problems) ?? ""
            case .title: source.title = object.requiredString(member, problems: &problems) ?? ""
            case .author: source.author = object.optionalString(member, problems: &problems)
            case .event: source.event = object.optionalString(member, problems: &problems)
            case .url: source.url = object.optionalString(member, problems: &problems)
            case .published: source.published = object.optionalString(member, problems: &problems).map { CalendarDate($0) }
            case .accessed: source.accessed = object.optionalString(member, problems: &problems).map { CalendarDate($0) }
            case .reports: source.reports = object.optionalString(member, problems: &problems)
            }
        }
        return source
    }

    /// A criterion, and whether its cells can be checked (its kind was understood).
    private mutating func criterion(from value: JSONValue, at path: JSONPath) -> (Criterion, Bool)? {
        guard let object = ObjectReader(value, at: path, expected: "a criterion object", members: CriterionMember.self, version: version, problems: &problems) else { return nil }
        let id = object.requiredString(CriterionMember.id, problems: &problems) ?? ""
        let name = object.requiredString(CriterionMember.name, problems: &problems) ?? ""
        let group = object.optionalString(CriterionMember.group, problems: &problems)
        let description = object.optionalString(CriterionMember.description, problems: &problems)
        let kindName = object.requiredString(CriterionMember.kind, problems: &problems)
        var readable = kindName != nil
        let kinds = ["text", "support", "number", "rating"]
        if let kindName, !kinds.contains(kindName) {
            problems.append(Problem(path.appending(CriterionMember.kind), .unknownKind(kindName, suggestion: Suggestion.closest(to: kindName, in: kinds))))
            readable = false
        }
        let shownKind = kindName.flatMap { kinds.contains($0) ? $0 : nil }
        func notAllowed(_ member: CriterionMember) {
            if object[member] != nil, let shownKind {
                problems.append(Problem(path.appending(member), .memberNotAllowed(member.rawValue, kind: shownKind)))
            }
        }
        var better: Criterion.Better?
        if let raw = object[CriterionMember.better], shownKind == "number" || shownKind == "rating" {
            if case .string(let text) = raw, let parsed = Criterion.Better(rawValue: text) {
                better = parsed
            } else {
                problems.append(Problem(path.appending(CriterionMember.better), .invalidBetter(raw.shortDescription)))
            }
        }
        let kind: Criterion.Kind
        switch shownKind {
        case "support":
            kind = .support
            notAllowed(.unit); notAllowed(.better); notAllowed(.scale)
        case "number":
            kind = .number(unit: object.optionalString(CriterionMember.unit, problems: &problems), better: better)
            notAllowed(.scale)
        case "rating":
            var scale = 5
            if let raw = object[CriterionMember.scale] {
                if case .number(let number, _) = raw, number == number.rounded(), (1...10).contains(number) {
                    scale = Int(number)
                } else {
                    problems.append(Problem(path.appending(CriterionMember.scale), .invalidScale(raw.shortDescription)))
                    readable = false
                }
            }
            kind = .rating(scale: scale, better: better)
            notAllowed(.unit)
        default:
            kind = .text
            notAllowed(.unit); notAllowed(.better); notAllowed(.scale)
        }
        return (Criterion(id: id, name: name, group: group, description: description, kind: kind), readable)
    }

    private mutating func tool(from value: JSONValue, at path: JSONPath, criteria: [Criterion], unreadable: Set<String>, checkCells: Bool) -> Tool? {
        guard let object = ObjectReader(value, at: path, expected: "a tool object", members: ToolMember.self, version: version, problems: &problems) else { return nil }
        var tool = Tool(id: "", name: "")
        for member in ToolMember.allCases {
            switch member {
            case .id: tool.id = object.requiredString(member, problems: &problems) ?? ""
            case .name: tool.name = object.requiredString(member, problems: &problems) ?? ""
            case .url: tool.url = object.optionalString(member, problems: &problems)
            case .summary: tool.summary = object.optionalString(member, problems: &problems)
            case .version: tool.version = object.optionalString(member, problems: &problems)
            case .verified: tool.verified = object.optionalString(member, problems: &problems).map { CalendarDate($0) }
            case .values:
                guard let values = object[member] else { continue }
                guard case .object(let members) = values else {
                    problems.append(Problem(path.appending(member), .wrongType(expected: "an object mapping criterion ids to cells", found: values.shortDescription)))
                    continue
                }
                var seen = Set<String>()
                for entry in members {
                    let cellPath = path.appending(member).appending(entry.key)
                    guard seen.insert(entry.key).inserted else {
                        problems.append(Problem(cellPath, .repeatedMember(entry.key)))
                        continue
                    }
                    if !checkCells || unreadable.contains(entry.key) { continue }
                    guard let criterion = criteria.first(where: { $0.id == entry.key }) else {
                        problems.append(Problem(cellPath, .unknownCriterion(entry.key, suggestion: Suggestion.closest(to: entry.key, in: criteria.map(\.id)))))
                        continue
                    }
                    if let cell = cell(from: entry.value, at: cellPath, criterion: criterion) { tool.setCell(cell, for: entry.key) }
                }
            case .pros:
                for (index, element) in (object.optionalArray(member, problems: &problems) ?? []).enumerated() {
                    if let remark = remark(from: element, at: path.appending(member).appending(index)) { tool.pros.append(remark) }
                }
            case .cons:
                for (index, element) in (object.optionalArray(member, problems: &problems) ?? []).enumerated() {
                    if let remark = remark(from: element, at: path.appending(member).appending(index)) { tool.cons.append(remark) }
                }
            }
        }
        return tool
    }

    private mutating func cell(from value: JSONValue, at path: JSONPath, criterion: Criterion) -> Cell? {
        guard case .object = value else {
            return cellValue(from: value, at: path, criterion: criterion).map { Cell($0) }
        }
        guard let object = ObjectReader(value, at: path, expected: "a cell", members: CellMember.self, version: version, problems: &problems) else { return nil }
        guard let raw = object[CellMember.value] else {
            problems.append(Problem(path.appending(CellMember.value), .missingMember(CellMember.value.rawValue)))
            return nil
        }
        guard let cellValue = cellValue(from: raw, at: path.appending(CellMember.value), criterion: criterion) else { return nil }
        var cell = Cell(cellValue)
        let kindName = criterion.kind.name
        for member in CellMember.allCases {
            let memberPath = path.appending(member)
            switch member {
            case .value: break
            case .note: cell.note = object.optionalString(member, problems: &problems)
            case .sources: cell.sources = sourceIDs(object.optionalArray(member, problems: &problems), at: memberPath)
            case .version: cell.version = object.optionalString(member, problems: &problems)
            case .verified: cell.verified = object.optionalString(member, problems: &problems).map { CalendarDate($0) }
            case .disputed:
                guard let raw = object[member] else { continue }
                if raw == .bool(true) { cell.disputed = true } else {
                    problems.append(Problem(memberPath, .invalidDisputed(raw.shortDescription)))
                }
            case .qualifier:
                guard let raw = object[member] else { continue }
                guard kindName == "number" else {
                    problems.append(Problem(memberPath, .memberNotAllowed(member.rawValue, kind: kindName)))
                    continue
                }
                if let text = raw.stringValue, let qualifier = Cell.Qualifier(rawValue: text) { cell.qualifier = qualifier } else {
                    problems.append(Problem(memberPath, .invalidQualifier(raw.shortDescription)))
                }
            case .max:
                guard let raw = object[member] else { continue }
                guard kindName == "number" else {
                    problems.append(Problem(memberPath, .memberNotAllowed(member.rawValue, kind: kindName)))
                    continue
                }
                guard case .number(let number, let literal) = raw else {
                    problems.append(Problem(memberPath, .wrongType(expected: "a number", found: raw.shortDescription)))
                    continue
                }
                if number.isFinite { cell.maximum = number } else {
                    problems.append(Problem(memberPath, .nonFiniteNumber(literal ?? String(number))))
                }
            }
        }
        return cell
    }

    private mutating func cellValue(from value: JSONValue, at path: JSONPath, criterion: Criterion) -> Cell.Value? {
        let mismatch = Problem(path, .valueMismatch(criterion: criterion.id, expected: Validator.expectation(for: criterion.kind, in: version), found: value.shortDescription))
        switch (criterion.kind, value) {
        case (.text, .string(let text)):
            return .text(text)
        case (.support, .string(let text)):
            if let support = Support(rawValue: text), support != .preview || version >= .v2 { return .support(support) }
        case (.number, .number(let number, let literal)):
            if number.isFinite { return .number(number) }
            problems.append(Problem(path, .nonFiniteNumber(literal ?? String(number))))
            return nil
        case (.rating(let scale, _), .number(let number, _)):
            if number == number.rounded(), number >= 0, number <= Double(scale) { return .rating(Int(number)) }
            problems.append(Problem(path, .ratingOutOfRange(criterion: criterion.id, found: value.shortDescription, scale: scale)))
            return nil
        default:
            break
        }
        problems.append(mismatch)
        return nil
    }

    private mutating func remark(from value: JSONValue, at path: JSONPath) -> Remark? {
        if case .string(let text) = value { return Remark(text) }
        guard let object = ObjectReader(value, at: path, expected: "a string or an object with \"text\" and \"sources\"", members: RemarkMember.self, version: version, problems: &problems) else { return nil }
        var remark = Remark("")
        for member in RemarkMember.allCases {
            switch member {
            case .text: remark.text = object.requiredString(member, problems: &problems) ?? ""
            case .sources: remark.sources = sourceIDs(object.optionalArray(member, problems: &problems), at: path.appending(member))
            }
        }
        return remark
    }

    private mutating func profile(from value: JSONValue, at path: JSONPath) -> Profile? {
        guard let object = ObjectReader(value, at: path, expected: "a profile object", members: ProfileMember.self, version: version, problems: &problems) else { return nil }
        var profile = Profile(id: "", name: "")
        for member in ProfileMember.allCases {
            let memberPath = path.appending(member)
            switch member {
            case .id: profile.id = object.requiredString(member, problems: &problems) ?? ""
            case .name: profile.name = object.requiredString(member, problems: &problems) ?? ""
            case .description: profile.description = object.optionalString(member, problems: &problems)
            case .require:
                for entry in criterionMap(object[member], at: memberPath) {
                    if let requirement = requirement(from: entry.value, at: memberPath.appending(entry.key)) {
                        profile.requirements[entry.key] = requirement
                    }
                }
            case .weights:
                for entry in criterionMap(object[member], at: memberPath) {
                    if case .number(let weight, _) = entry.value { profile.weights[entry.key] = weight } else {
                        problems.append(Problem(memberPath.appending(entry.key), .invalidWeight(entry.value.shortDescription)))
                    }
                }
            }
        }
        return profile
    }

    /// The members of a `require` or `weights` object, each criterion once.
    private mutating func criterionMap(_ value: JSONValue?, at path: JSONPath) -> [JSONMember] {
        guard let value else { return [] }
        guard case .object(let members) = value else {
            problems.append(Problem(path, .wrongType(expected: "an object mapping criterion ids to values", found: value.shortDescription)))
            return []
        }
        var seen = Set<String>()
        var unique: [JSONMember] = []
        for member in members {
            if seen.insert(member.key).inserted { unique.append(member) } else {
                problems.append(Problem(path.appending(member.key), .repeatedMember(member.key)))
            }
        }
        return unique
    }

    /// A requirement by its JSON shape; whether it fits its criterion is the validator's rule.
    private mutating func requirement(from value: JSONValue, at path: JSONPath) -> Profile.Requirement? {
        switch value {
        case .string(let text):
            if let support = Support(rawValue: text) { return .support(support) }
        case .number(let number, _):
            if number == number.rounded(), abs(number) <= 1_000 { return .minimum(Int(number)) }
        case .object:
            guard let object = ObjectReader(value, at: path, expected: "a bound", members: BoundMember.self, version: version, problems: &problems) else { return nil }
            let atMost = object[BoundMember.atMost], atLeast = object[BoundMember.atLeast]
            switch (atMost, atLeast) {
            case (.number(let limit, _)?, nil) where limit.isFinite: return .atMost(limit)
            case (nil, .number(let limit, _)?) where limit.isFinite: return .atLeast(limit)
            default: break
            }
        default:
            break
        }
        let expected = "\"yes\" or \"partial\", {\"atMost\": n} or {\"atLeast\": n}, or a whole-number rating"
        problems.append(Problem(path, .invalidRequirement(criterion: path.lastKey ?? "", expected: expected, found: value.shortDescription)))
        return nil
    }

    private mutating func sourceIDs(_ elements: [JSONValue]?, at path: JSONPath) -> [String] {
        var ids: [String] = []
        for (index, element) in (elements ?? []).enumerated() {
            if case .string(let id) = element { ids.append(id) } else {
                problems.append(Problem(path.appending(index), .wrongType(expected: "a source id", found: element.shortDescription)))
            }
        }
        return ids
    }
}
