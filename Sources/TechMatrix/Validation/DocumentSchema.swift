import Foundation

/// The members of every object of the format, named once.
///
/// Both readers, the encoder and the validator's paths use these enums, so adding a member is
/// one new case here; every `switch` over a member list is exhaustive, so the compiler then
/// points at each reader and the encoder until they handle it. A member's ``FormatVersion``
/// says which documents may hold it: a `techmatrix/v1` document holding a v2 member is refused
/// under the v1 rules.
enum FormatVersion: Int, Sendable, Comparable {
    case v1 = 1
    case v2 = 2

    /// The `format` string of a document of this version.
    var formatName: String { "techmatrix/v\(rawValue)" }

    /// The version named by a `format` string, if it is one this reader knows.
    init?(formatName: String) {
        switch formatName {
        case "techmatrix/v1": self = .v1
        case "techmatrix/v2": self = .v2
        default: return nil
        }
    }

    /// The version export writes.
    static let current = FormatVersion.v2

    static func < (lhs: FormatVersion, rhs: FormatVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The members of one kind of object.
protocol SchemaMember: CaseIterable, RawRepresentable, Hashable, Sendable where RawValue == String, AllCases == [Self] {
    /// The first version of the format that names the member.
    var introduced: FormatVersion { get }
    /// The members with their names as bytes, computed once.
    static var table: MemberTable<Self> { get }
}

/// The members of one kind of object in declaration order, with their names as bytes, for
/// readers that look members up by the bytes of a key.
struct MemberTable<Member: SchemaMember>: Sendable {
    let members: [Member]
    private let names: [[UInt8]]
    /// Each name of at most eight bytes packed by ``pack(_:)``, 0 for longer ones.
    private let packed: [UInt64]

    init() {
        members = Member.allCases
        names = members.map { Array($0.rawValue.utf8) }
        packed = names.map { $0.count <= 8 ? $0.withUnsafeBufferPointer(Self.pack) : 0 }
    }

    /// Up to eight bytes as a word in memory order (as ``ByteScan/word(_:at:)`` loads them),
    /// the bytes beyond them zero.
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for offset in 0..<min(8, bytes.count) { word |= UInt64(bytes[offset]) << (8 * UInt64(offset)) }
        return UInt64(littleEndian: word)
    }

    /// The member whose name is `key`, compared byte for byte, with its bit.
    /// - Parameter packed: `key` packed by ``pack(_:)`` when it has at most eight bytes.
    func lookup(_ key: UnsafeBufferPointer<UInt8>, packed word: UInt64) -> (member: Member, bit: UInt32)? {
        if key.count <= 8 {
            // Names are distinct, so equal length and equal packed bytes find the one.
            for index in names.indices where packed[index] == word && names[index].count == key.count {
                return (members[index], 1 << UInt32(index))
            }
            return nil
        }
        for index in names.indices where names[index].count == key.count {
            let equal = names[index].withUnsafeBufferPointer { name in
                name.isEmpty || memcmp(name.baseAddress!, key.baseAddress!, name.count) == 0
            }
            if equal { return (members[index], 1 << UInt32(index)) }
        }
        return nil
    }

    /// The bits of `required`, for checking that each was seen.
    func mask(_ required: [Member]) -> UInt32 {
        required.reduce(0) { $0 | 1 << UInt32(members.firstIndex(of: $1)!) }
    }
}

extension SchemaMember {
    /// The member names a document of `version` may use, in declaration order.
    static func names(in version: FormatVersion) -> [String] {
        allCases.filter { $0.introduced <= version }.map(\.rawValue)
    }
}

/// Members of the document, the matrix itself.
enum MatrixMember: String, SchemaMember {
    case schema = "$schema"
    case format, id, title, summary, methodology, asOf, staleAfterDays, sources, criteria, tools, profiles, verdict

    static let table = MemberTable<MatrixMember>()

    var introduced: FormatVersion {
        switch self {
        case .methodology, .staleAfterDays, .profiles: .v2
        default: .v1
        }
    }
}

/// Members of a source.
enum SourceMember: String, SchemaMember {
    case id, title, author, event, url, published, accessed, reports

    static let table = MemberTable<SourceMember>()

    var introduced: FormatVersion {
        switch self {
        case .accessed, .reports: .v2
        default: .v1
        }
    }
}

/// Members of a criterion.
enum CriterionMember: String, SchemaMember {
    case id, name, group, kind, description, unit, better, scale

    static let table = MemberTable<CriterionMember>()

    var introduced: FormatVersion { .v1 }
}

/// Members of a tool.
enum ToolMember: String, SchemaMember {
    case id, name, url, summary, version, verified, values, pros, cons

    static let table = MemberTable<ToolMember>()

    var introduced: FormatVersion {
        switch self {
        case .version, .verified: .v2
        default: .v1
        }
    }
}

/// Members of a cell written as an object.
enum CellMember: String, SchemaMember {
    case value, note, sources, version, verified, disputed, qualifier, max

    static let table = MemberTable<CellMember>()

    var introduced: FormatVersion {
        switch self {
        case .value, .note, .sources: .v1
        default: .v2
        }
    }
}

/// Members of a pro or con written as an object.
enum RemarkMember: String, SchemaMember {
    case text, sources

    static let table = MemberTable<RemarkMember>()

    var introduced: FormatVersion { .v1 }
}

/// Members of a decision profile.
enum ProfileMember: String, SchemaMember {
    case id, name, description, require, weights

    static let table = MemberTable<ProfileMember>()

    var introduced: FormatVersion { .v2 }
}

/// Members of a number requirement, `{ "atMost": n }` or `{ "atLeast": n }`.
enum BoundMember: String, SchemaMember {
    case atMost, atLeast

    static let table = MemberTable<BoundMember>()

    var introduced: FormatVersion { .v2 }
}

extension JSONPath {
    /// The path of a member named by the schema.
    func appending(_ member: some SchemaMember) -> JSONPath { appending(member.rawValue) }
}
