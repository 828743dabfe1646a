/// Writes ``Matrix`` values as canonical `techmatrix/v1` JSON: criteria and tools in
/// declaration order, sorted member names, two-space indent, no escaped slashes, shortest
/// round-trip numbers and a trailing newline. Optional members that are absent or empty are
/// left out, and a cell or remark with no note and no sources is written bare.
///
/// ```swift
/// let json = MatrixEncoder().encode(ServiceMeshes.matrix)
/// ```
public struct MatrixEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The canonical document for `matrix`, as UTF-8 text.
    public func encode(_ matrix: Matrix) -> String {
        var output = ByteBuffer()
        encode(matrix, into: &output)
        return output.string
    }

    func encode(_ matrix: Matrix, into output: inout ByteBuffer) {
        CanonicalJSON.write(Self.document(for: matrix), into: &output)
    }

    /// The document as a JSON value.
    static func document(for matrix: Matrix) -> JSONValue {
        var members: [JSONMember] = [
            JSONMember(key: "format", value: .string("techmatrix/v1")),
            JSONMember(key: "id", value: .string(matrix.id)),
            JSONMember(key: "title", value: .string(matrix.title)),
            JSONMember(key: "criteria", value: .array(matrix.criteria.map(criterion))),
            JSONMember(key: "tools", value: .array(matrix.tools.map(tool))),
        ]
        members.add("summary", matrix.summary)
        members.add("asOf", matrix.asOf?.text)
        members.add("verdict", matrix.verdict)
        if !matrix.sources.isEmpty { members.append(JSONMember(key: "sources", value: .array(matrix.sources.map(source)))) }
        return .object(members)
    }

    private static func source(_ source: Source) -> JSONValue {
        var members = [JSONMember(key: "id", value: .string(source.id)), JSONMember(key: "title", value: .string(source.title))]
        members.add("author", source.author)
        members.add("event", source.event)
        members.add("url", source.url)
        members.add("published", source.published?.text)
        return .object(members)
    }

    private static func criterion(_ criterion: Criterion) -> JSONValue {
        var members = [
            JSONMember(key: "id", value: .string(criterion.id)),
            JSONMember(key: "name", value: .string(criterion.name)),
            JSONMember(key: "kind", value: .string(criterion.kind.name)),
        ]
        members.add("group", criterion.group)
        members.add("description", criterion.description)
        switch criterion.kind {
        case .text, .support: break
        case .number(let unit, let better):
            members.add("unit", unit)
            members.add("better", better?.rawValue)
        case .rating(let scale, let better):
            members.append(JSONMember(key: "scale", value: .number(Double(scale))))
            members.add("better", better?.rawValue)
        }
        return .object(members)
    }

    private static func tool(_ tool: Tool) -> JSONValue {
        var members = [JSONMember(key: "id", value: .string(tool.id)), JSONMember(key: "name", value: .string(tool.name))]
        members.add("url", tool.url)
        members.add("summary", tool.summary)
        if !tool.cells.isEmpty {
            members.append(JSONMember(key: "values", value: .object(tool.cells.map { JSONMember(key: $0.key, value: cell($0.value)) })))
        }
        if !tool.pros.isEmpty { members.append(JSONMember(key: "pros", value: .array(tool.pros.map(remark)))) }
        if !tool.cons.isEmpty { members.append(JSONMember(key: "cons", value: .array(tool.cons.map(remark)))) }
        return .object(members)
    }

    static func cell(_ cell: Cell) -> JSONValue {
        let value: JSONValue = switch cell.value {
        case .text(let text): .string(text)
        case .support(let support): .string(support.rawValue)
        case .number(let number): .number(number)
        case .rating(let rating): .number(Double(rating))
        }
        if cell.note == nil, cell.sources.isEmpty { return value }
        var members = [JSONMember(key: "value", value: value)]
        members.add("note", cell.note)
        if !cell.sources.isEmpty { members.append(JSONMember(key: "sources", value: .array(cell.sources.map { .string($0) }))) }
        return .object(members)
    }

    static func remark(_ remark: Remark) -> JSONValue {
        if remark.sources.isEmpty { return .string(remark.text) }
        return .object([
            JSONMember(key: "text", value: .string(remark.text)),
            JSONMember(key: "sources", value: .array(remark.sources.map { .string($0) })),
        ])
    }
}

private extension Array where Element == JSONMember {
    mutating func add(_ key: String, _ text: String?) {
        if let text { append(JSONMember(key: key, value: .string(text))) }
    }
}
