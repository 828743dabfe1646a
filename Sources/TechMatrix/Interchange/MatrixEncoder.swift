/// Writes ``Matrix`` values as canonical `techmatrix/v2` JSON: criteria and tools in
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

    /// The document as a JSON value. Every member of every object is decided by an
    /// exhaustive `switch` over the schema's members, so a new member cannot be forgotten.
    static func document(for matrix: Matrix) -> JSONValue {
        .object(MatrixMember.allCases.compactMap { member in
            let value: JSONValue? = switch member {
            case .schema: nil
            case .format: .string(FormatVersion.current.formatName)
            case .id: .string(matrix.id)
            case .title: .string(matrix.title)
            case .summary: string(matrix.summary)
            case .methodology: string(matrix.methodology)
            case .asOf: string(matrix.asOf?.text)
            case .staleAfterDays: matrix.staleAfterDays.map { .number(Double($0)) }
            case .sources: matrix.sources.isEmpty ? nil : .array(matrix.sources.map(source))
            case .criteria: .array(matrix.criteria.map(criterion))
            case .tools: .array(matrix.tools.map(tool))
            case .profiles: matrix.profiles.isEmpty ? nil : .array(matrix.profiles.map(profile))
            case .verdict: string(matrix.verdict)
            }
            return value.map { JSONMember(key: member.rawValue, value: $0) }
        })
    }

    private static func string(_ text: String?) -> JSONValue? { text.map { .string($0) } }

    private static func ids(_ ids: [String]) -> JSONValue? { ids.isEmpty ? nil : .array(ids.map { .string($0) }) }

    private static func source(_ source: Source) -> JSONValue {
        .object(SourceMember.allCases.compactMap { member in
            let value: JSONValue? = switch member {
            case .id: .string(source.id)
            case .title: .string(source.title)
            case .author: string(source.author)
            case .event: string(source.event)
            case .url: string(source.url)
            case .published: string(source.published?.text)
            case .accessed: string(source.accessed?.text)
            case .reports: string(source.reports)
            }
            return value.map { JSONMember(key: member.rawValue, value: $0) }
        })
    }

    private static func criterion(_ criterion: Criterion) -> JSONValue {
        .object(CriterionMember.allCases.compactMap { member in
            let value: JSONValue? = switch (member, criterion.kind) {
            case (.id, _): .string(criterion.id)
            case (.name, _): .string(criterion.name)
            case (.kind, let kind): .string(kind.name)
            case (.group, _): string(criterion.group)
            case (.description, _): string(criterion.description)
            case (.unit, .number(let unit, _)): string(unit)
            case (.better, let kind): string(kind.better?.rawValue)
            case (.scale, .rating(let scale, _)): .number(Double(scale))
            case (.unit, _), (.scale, _): nil
            }
            return value.map { JSONMember(key: member.rawValue, value: $0) }
        })
    }

    private static func tool(_ tool: Tool) -> JSONValue {
        .object(ToolMember.allCases.compactMap { member in
            let value: JSONValue? = switch member {
            case .id: .string(tool.id)
            case .name: .string(tool.name)
            case .url: string(tool.url)
            case .summary: string(tool.summary)
            case .version: string(tool.version)
            case .verified: string(tool.verified?.text)
            case .values: tool.cellCount == 0 ? nil : .object(zip(tool.cellIDs, tool.cellValues).map { JSONMember(key: $0.0, value: cell($0.1)) })
            case .pros: tool.pros.isEmpty ? nil : .array(tool.pros.map(remark))
            case .cons: tool.cons.isEmpty ? nil : .array(tool.cons.map(remark))
            }
            return value.map { JSONMember(key: member.rawValue, value: $0) }
        })
    }

    static func cell(_ cell: Cell) -> JSONValue {
        let value: JSONValue = switch cell.value {
        case .text(let text): .string(text)
        case .support(let support): .string(support.rawValue)
        case .number(let number): .number(number)
        case .rating(let rating): .number(Double(rating))
        }
        if cell.isBare { return value }
        return .object(CellMember.allCases.compactMap { member in
            let memberValue: JSONValue? = switch member {
            case .value: value
            case .note: string(cell.note)
            case .sources: ids(cell.sources)
            case .version: string(cell.version)
            case .verified: string(cell.verified?.text)
            case .disputed: cell.disputed ? .bool(true) : nil
            case .qualifier: string(cell.qualifier?.rawValue)
            case .max: cell.maximum.map { .number($0) }
            }
            return memberValue.map { JSONMember(key: member.rawValue, value: $0) }
        })
    }

    static func remark(_ remark: Remark) -> JSONValue {
        if remark.sources.isEmpty { return .string(remark.text) }
        return .object(RemarkMember.allCases.compactMap { member in
            let value: JSONValue? = switch member {
            case .text: .string(remark.text)
            case .sources: ids(remark.sources)
            }
            return value.map { JSONMember(key: member.rawValue, value: $0) }
        })
    }

    private static func profile(_ profile: Profile) -> JSONValue {
        .object(ProfileMember.allCases.compactMap { member in
            let value: JSONValue? = switch member {
            case .id: .string(profile.id)
            case .name: .string(profile.name)
            case .description: string(profile.description)
            case .require:
                profile.requirements.isEmpty ? nil : .object(profile.requirements.map { JSONMember(key: $0.key, value: requirement($0.value)) })
            case .weights:
                profile.weights.isEmpty ? nil : .object(profile.weights.map { JSONMember(key: $0.key, value: .number($0.value)) })
            }
            return value.map { JSONMember(key: member.rawValue, value: $0) }
        })
    }

    static func requirement(_ requirement: Profile.Requirement) -> JSONValue {
        switch requirement {
        case .support(let support): .string(support.rawValue)
        case .atMost(let limit): .object([JSONMember(key: BoundMember.atMost.rawValue, value: .number(limit))])
        case .atLeast(let limit): .object([JSONMember(key: BoundMember.atLeast.rawValue, value: .number(limit))])
        case .minimum(let minimum): .number(Double(minimum))
        }
    }
}
