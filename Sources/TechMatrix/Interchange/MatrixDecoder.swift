/// Reads `techmatrix/v1` JSON documents into ``Matrix`` values, refusing a document that breaks
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

    /// Decodes a document given as text.
    /// - Throws: ``ValidationError`` as ``decode(_:)-(some Collection<UInt8>)`` does.
    public func decode(_ text: String) throws(ValidationError) -> Matrix {
        try decode(Array(text.utf8))
    }
}

/// The structural pass: JSON types, required and unknown members, and cell values against
/// their criteria. It builds as much of the matrix as it can, so that the semantic pass can
/// report the rest at once.
struct DocumentReader {
    var problems: [Problem] = []

    static let matrixMembers = ["$schema", "format", "id", "title", "summary", "asOf", "sources", "criteria", "tools", "verdict"]
    static let sourceMembers = ["id", "title", "author", "event", "url", "published"]
    static let criterionMembers = ["id", "name", "group", "kind", "description", "unit", "better", "scale"]
    static let toolMembers = ["id", "name", "url", "summary", "values", "pros", "cons"]
    static let cellMembers = ["value", "note", "sources"]
    static let remarkMembers = ["text", "sources"]

    mutating func matrix(from value: JSONValue) -> Matrix? {
        let root = JSONPath()
        guard let object = ObjectReader(value, at: root, expected: "a JSON object (a techmatrix/v1 document)", allowed: Self.matrixMembers, problems: &problems) else {
            return nil
        }
        if let schema = object["$schema"], schema.stringValue == nil {
            problems.append(Problem(root.appending("$schema"), .wrongType(expected: "a string", found: schema.shortDescription)))
        }
        if let format = object["format"] {
            if format != .string("techmatrix/v1") {
                problems.append(Problem(root.appending("format"), .unsupportedFormat(format.shortDescription)))
            }
        } else {
            problems.append(Problem(root.appending("format"), .missingMember("format")))
        }
        var matrix = Matrix(
            id: object.requiredString("id", problems: &problems) ?? "",
            title: object.requiredString("title", problems: &problems) ?? "",
            summary: object.optionalString("summary", problems: &problems),
            asOf: object.optionalString("asOf", problems: &problems).map { CalendarDate($0) },
            criteria: [], tools: [])
        for (index, element) in (object.optionalArray("sources", problems: &problems) ?? []).enumerated() {
            if let source = source(from: element, at: root.appending("sources").appending(index)) { matrix.sources.append(source) }
        }
        var unreadable = Set<String>()
        let criteria = object.requiredArray("criteria", problems: &problems)
        for (index, element) in (criteria ?? []).enumerated() {
            if let (criterion, readable) = criterion(from: element, at: root.appending("criteria").appending(index)) {
                matrix.criteria.append(criterion)
                if !readable { unreadable.insert(criterion.id) }
            }
        }
        for (index, element) in (object.requiredArray("tools", problems: &problems) ?? []).enumerated() {
            // Without readable criteria, cells cannot be checked; the criteria problem says why.
            if let tool = tool(from: element, at: root.appending("tools").appending(index), criteria: matrix.criteria,
                               unreadable: unreadable, checkCells: criteria != nil) {
                matrix.tools.append(tool)
            }
        }
        matrix.verdict = object.optionalString("verdict", problems: &problems)
        return matrix
    }

    private mutating func source(from value: JSONValue, at path: JSONPath) -> Source? {
        guard let object = ObjectReader(value, at: path, expected: "a source object", allowed: Self.sourceMembers, problems: &problems) else { return nil }
        return Source(
            object.requiredString("title", problems: &problems) ?? "",
            id: object.requiredString("id", problems: &problems) ?? "",
            author: object.optionalString("author", problems: &problems),
            event: object.optionalString("event", problems: &problems),
            url: object.optionalString("url", problems: &problems),
            published: object.optionalString("published", problems: &problems).map { CalendarDate($0) })
    }

    /// A criterion, and whether its cells can be checked (its kind was understood).
    private mutating func criterion(from value: JSONValue, at path: JSONPath) -> (Criterion, Bool)? {
        guard let object = ObjectReader(value, at: path, expected: "a criterion object", allowed: Self.criterionMembers, problems: &problems) else { return nil }
        let id = object.requiredString("id", problems: &problems) ?? ""
        let name = object.requiredString("name", problems: &problems) ?? ""
        let group = object.optionalString("group", problems: &problems)
        let description = object.optionalString("description", problems: &problems)
        let kindName = object.requiredString("kind", problems: &problems)
        var readable = kindName != nil
        let kinds = ["text", "support", "number", "rating"]
        if let kindName, !kinds.contains(kindName) {
            problems.append(Problem(path.appending("kind"), .unknownKind(kindName, suggestion: Suggestion.closest(to: kindName, in: kinds))))
            readable = false
        }
        let shownKind = kindName.flatMap { kinds.contains($0) ? $0 : nil }
        func notAllowed(_ member: String) {
            if object[member] != nil, let shownKind {
                problems.append(Problem(path.appending(member), .memberNotAllowed(member, kind: shownKind)))
            }
        }
        var better: Criterion.Better?
        if let raw = object["better"], shownKind == "number" || shownKind == "rating" {
            if case .string(let text) = raw, let parsed = Criterion.Better(rawValue: text) {
                better = parsed
            } else {
                problems.append(Problem(path.appending("better"), .invalidBetter(raw.shortDescription)))
            }
        }
        let kind: Criterion.Kind
        switch shownKind {
        case "support":
            kind = .support
            notAllowed("unit"); notAllowed("better"); notAllowed("scale")
        case "number":
            kind = .number(unit: object.optionalString("unit", problems: &problems), better: better)
            notAllowed("scale")
        case "rating":
            var scale = 5
            if let raw = object["scale"] {
                if case .number(let number, _) = raw, number == number.rounded(), (1...10).contains(number) {
                    scale = Int(number)
                } else {
                    problems.append(Problem(path.appending("scale"), .invalidScale(raw.shortDescription)))
                    readable = false
                }
            }
            kind = .rating(scale: scale, better: better)
            notAllowed("unit")
        default:
            kind = .text
            notAllowed("unit"); notAllowed("better"); notAllowed("scale")
        }
        return (Criterion(id: id, name: name, group: group, description: description, kind: kind), readable)
    }

    private mutating func tool(from value: JSONValue, at path: JSONPath, criteria: [Criterion], unreadable: Set<String>, checkCells: Bool) -> Tool? {
        guard let object = ObjectReader(value, at: path, expected: "a tool object", allowed: Self.toolMembers, problems: &problems) else { return nil }
        var tool = Tool(
            id: object.requiredString("id", problems: &problems) ?? "",
            name: object.requiredString("name", problems: &problems) ?? "",
            url: object.optionalString("url", problems: &problems),
            summary: object.optionalString("summary", problems: &problems))
        if let values = object["values"] {
            if case .object(let members) = values {
                var seen = Set<String>()
                for member in members {
                    let cellPath = path.appending("values").appending(member.key)
                    guard seen.insert(member.key).inserted else {
                        problems.append(Problem(cellPath, .repeatedMember(member.key)))
                        continue
                    }
                    if !checkCells || unreadable.contains(member.key) { continue }
                    guard let criterion = criteria.first(where: { $0.id == member.key }) else {
                        problems.append(Problem(cellPath, .unknownCriterion(member.key, suggestion: Suggestion.closest(to: member.key, in: criteria.map(\.id)))))
                        continue
                    }
                    if let cell = cell(from: member.value, at: cellPath, criterion: criterion) { tool.cells[member.key] = cell }
                }
            } else {
                problems.append(Problem(path.appending("values"), .wrongType(expected: "an object mapping criterion ids to cells", found: values.shortDescription)))
            }
        }
        for (index, element) in (object.optionalArray("pros", problems: &problems) ?? []).enumerated() {
            if let remark = remark(from: element, at: path.appending("pros").appending(index)) { tool.pros.append(remark) }
        }
        for (index, element) in (object.optionalArray("cons", problems: &problems) ?? []).enumerated() {
            if let remark = remark(from: element, at: path.appending("cons").appending(index)) { tool.cons.append(remark) }
        }
        return tool
    }

    private mutating func cell(from value: JSONValue, at path: JSONPath, criterion: Criterion) -> Cell? {
        var bare = value
        var note: String?
        var sources: [String] = []
        var valuePath = path
        if case .object = value {
            guard let object = ObjectReader(value, at: path, expected: "a cell", allowed: Self.cellMembers, problems: &problems) else { return nil }
            note = object.optionalString("note", problems: &problems)
            sources = sourceIDs(object.optionalArray("sources", problems: &problems), at: path.appending("sources"))
            valuePath = path.appending("value")
            guard let inner = object["value"] else {
                problems.append(Problem(valuePath, .missingMember("value")))
                return nil
            }
            bare = inner
        }
        guard let cellValue = cellValue(from: bare, at: valuePath, criterion: criterion) else { return nil }
        return Cell(cellValue, note: note, sources: sources)
    }

    private mutating func cellValue(from value: JSONValue, at path: JSONPath, criterion: Criterion) -> Cell.Value? {
        let mismatch = Problem(path, .valueMismatch(criterion: criterion.id, expected: Validator.expectation(for: criterion.kind), found: value.shortDescription))
        switch (criterion.kind, value) {
        case (.text, .string(let text)):
            return .text(text)
        case (.support, .string(let text)):
            if let support = Support(rawValue: text) { return .support(support) }
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
        guard let object = ObjectReader(value, at: path, expected: "a string or an object with \"text\" and \"sources\"", allowed: Self.remarkMembers, problems: &problems) else { return nil }
        let text = object.requiredString("text", problems: &problems) ?? ""
        return Remark(text, sources: sourceIDs(object.optionalArray("sources", problems: &problems), at: path.appending("sources")))
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
