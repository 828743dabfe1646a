import Foundation

/// The fast path of decoding: one pass over the bytes, straight into the model, with no
/// intermediate JSON tree. It accepts only what is plainly valid and gives up (returns `nil`)
/// at the first thing it does not expect: an unknown or repeated member, a wrong type, an
/// escape in a member name, `tools` before `criteria`, anything odd. ``MatrixDecoder`` then
/// runs the full, slower reader, which reports every problem with its path. So the fast path
/// never decides what is an error and what the message says; it only makes valid documents
/// cheap.
struct FastDocumentReader {
    struct GiveUp: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Whether the document used anything new in v2, which a v1 document may not.
    private var needsV2 = false
    /// Every distinct list of source ids read so far, by its bytes. Cells cite the same few
    /// lists again and again, so each list is read and stored once and shared (an array per
    /// cell would be most of the memory of a well-cited matrix).
    private var sourceLists = SourceListTable()
    /// The ids of the list being read, reused from list to list.
    private var scratchIDs: [String] = []
    /// The bytes of a string with escapes, undone; reused from string to string.
    var scratchBytes: [UInt8] = []
    /// The last member name that ``rawKey()`` read, packed into a word for
    /// ``MemberTable/lookup(_:packed:)`` when it has at most eight bytes.
    private var keyWord: UInt64 = 0

    /// Told, after each tool, how many bytes from the start have been read for good; the
    /// reader never looks at them again.
    private var done: ((Int) -> Void)?

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The matrix in `bytes`, or `nil` when the document is not plainly valid in structure.
    /// The result still has to pass ``Validator``.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Matrix? {
        read(bytes, done: nil)
    }

    /// ``read(_:)``, telling `done` as the reader goes that the bytes before an offset will
    /// not be read again, so that a caller can give their memory back.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, done: ((Int) -> Void)?) -> Matrix? {
        var reader = FastDocumentReader(bytes: bytes)
        reader.done = done
        return try? reader.document()
    }

    // MARK: Bytes

    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(GiveUp) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { throw GiveUp() }
        position += 1
    }

    /// Consumes `byte` if it comes next.
    @inline(__always)
    private mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        if position < bytes.count, bytes[position] == byte { position += 1; return true }
        return false
    }

    /// Iterates the members of an object: calls `body` with each member name's bytes.
    private mutating func members(_ body: (inout FastDocumentReader, UnsafeBufferPointer<UInt8>) throws(GiveUp) -> Void) throws(GiveUp) {
        try expect(UInt8(ascii: "{"))
        if take(UInt8(ascii: "}")) { return }
        repeat {
            let key = try rawKey()
            try expect(UInt8(ascii: ":"))
            try body(&self, key)
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    /// Iterates the elements of an array.
    private mutating func elements(_ body: (inout FastDocumentReader) throws(GiveUp) -> Void) throws(GiveUp) {
        try expect(UInt8(ascii: "["))
        if take(UInt8(ascii: "]")) { return }
        repeat { try body(&self) } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
    }

    /// A member name without escapes, as bytes.
    private mutating func rawKey() throws(GiveUp) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let start = position
        // Eight bytes at a time: member names and criterion ids are short, and end within a
        // word or two. A backslash or control byte before the closing quote gives up, as the
        // byte loop below does.
        while position + 8 <= bytes.count {
            let word = ByteScan.word(bytes, at: position)
            let quote = ByteScan.firstIndex(of: UInt8(ascii: "\""), in: word)
            if min(ByteScan.firstIndex(of: UInt8(ascii: "\\"), in: word), ByteScan.firstIndexBelow(0x20, in: word)) < quote { throw GiveUp() }
            if quote < 8 {
                let key = UnsafeBufferPointer(rebasing: bytes[start..<position + quote])
                keyWord = position == start ? ByteScan.prefix(word, count: quote) : key.count <= 8 ? MemberTable<MatrixMember>.pack(key) : 0
                position += quote + 1
                return key
            }
            position += 8
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                let key = UnsafeBufferPointer(rebasing: bytes[start..<position - 1])
                keyWord = key.count <= 8 ? MemberTable<MatrixMember>.pack(key) : 0
                return key
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { throw GiveUp() }
            position += 1
        }
        throw GiveUp()
    }

    private func peek() -> UInt8? {
        var index = position
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        return index < bytes.count ? bytes[index] : nil
    }

    /// The member a key names, marked as seen; gives up on an unknown or repeated member. A
    /// member that v1 does not name is noted, since it is allowed only in a v2 document.
    private mutating func member<Member: SchemaMember>(_ key: UnsafeBufferPointer<UInt8>, seen: inout UInt32) throws(GiveUp) -> Member {
        guard let (member, bit) = Member.table.lookup(key, packed: keyWord), seen & bit == 0 else { throw GiveUp() }
        seen |= bit
        if member.introduced > .v1 { needsV2 = true }
        return member
    }

    /// The bits of each object's required members, computed once.
    private enum Required {
        static let matrix = MatrixMember.table.mask([.format, .id, .title, .criteria, .tools])
        static let source = SourceMember.table.mask([.id, .title])
        static let criterion = CriterionMember.table.mask([.id, .name, .kind])
        static let tool = ToolMember.table.mask([.id, .name])
        static let cell = CellMember.table.mask([.value])
        static let remark = RemarkMember.table.mask([.text])
        static let profile = ProfileMember.table.mask([.id, .name])
    }

    // MARK: Document

    private mutating func document() throws(GiveUp) -> Matrix {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        var matrix = Matrix(id: "", title: "", criteria: [], tools: [])
        var seen: UInt32 = 0
        var criteriaIndex: CriteriaIndex?
        var version = FormatVersion.v2
        try members { reader, key throws(GiveUp) in
            let member: MatrixMember = try reader.member(key, seen: &seen)
            switch member {
            case .format:
                guard let named = FormatVersion(formatName: try reader.string()) else { throw GiveUp() }
                version = named
            case .schema: _ = try reader.string()
            case .id: matrix.id = try reader.string()
            case .title: matrix.title = try reader.string()
            case .summary: matrix.summary = try reader.string()
            case .methodology: matrix.methodology = try reader.string()
            case .verdict: matrix.verdict = try reader.string()
            case .asOf: matrix.asOf = CalendarDate(try reader.string())
            case .staleAfterDays:
                let days = try reader.number()
                guard days == days.rounded(), (1...3650).contains(days) else { throw GiveUp() }
                matrix.staleAfterDays = Int(days)
            case .sources:
                try reader.elements { reader throws(GiveUp) in matrix.sources.append(try reader.source()) }
            case .criteria:
                try reader.elements { reader throws(GiveUp) in matrix.criteria.append(try reader.criterion()) }
                criteriaIndex = CriteriaIndex(matrix.criteria)
            case .tools:
                guard var index = criteriaIndex else { throw GiveUp() }
                var scratch = CellScratch()
                try reader.elements { reader throws(GiveUp) in
                    matrix.tools.append(try reader.tool(&index, &scratch))
                    reader.done?(reader.position)
                }
            case .profiles:
                try reader.elements { reader throws(GiveUp) in matrix.profiles.append(try reader.profile()) }
            }
        }
        skipWhitespace()
        guard position == bytes.count, seen & Required.matrix == Required.matrix else { throw GiveUp() }
        // v1 documents are read under the v1 rules: anything new in v2 is for the full reader to report.
        if version == .v1, needsV2 { throw GiveUp() }
        return matrix
    }

    private mutating func source() throws(GiveUp) -> Source {
        var source = Source("", id: "")
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            let member: SourceMember = try reader.member(key, seen: &seen)
            switch member {
            case .id: source.id = try reader.string()
            case .title: source.title = try reader.string()
            case .author: source.author = try reader.string()
            case .event: source.event = try reader.string()
            case .url: source.url = try reader.string()
            case .published: source.published = CalendarDate(try reader.string())
            case .accessed: source.accessed = CalendarDate(try reader.string())
            case .reports: source.reports = try reader.string()
            }
        }
        guard seen & Required.source == Required.source else { throw GiveUp() }
        return source
    }

    private mutating func criterion() throws(GiveUp) -> Criterion {
        var id = "", name = "", kind = ""
        var group: String?, description: String?, unit: String?, better: Criterion.Better?, scale: Double?
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            let member: CriterionMember = try reader.member(key, seen: &seen)
            switch member {
            case .id: id = try reader.string()
            case .name: name = try reader.string()
            case .kind: kind = try reader.string()
            case .group: group = try reader.string()
            case .description: description = try reader.string()
            case .unit: unit = try reader.string()
            case .better:
                guard let parsed = Criterion.Better(rawValue: try reader.string()) else { throw GiveUp() }
                better = parsed
            case .scale: scale = try reader.number()
            }
        }
        guard seen & Required.criterion == Required.criterion else { throw GiveUp() }
        let criterionKind: Criterion.Kind
        switch kind {
        case "text", "support":
            guard unit == nil, better == nil, scale == nil else { throw GiveUp() }
            criterionKind = kind == "text" ? .text : .support
        case "number":
            guard scale == nil else { throw GiveUp() }
            criterionKind = .number(unit: unit, better: better)
        case "rating":
            let value = scale ?? 5
            guard unit == nil, value == value.rounded(), (1...10).contains(value) else { throw GiveUp() }
            criterionKind = .rating(scale: Int(value), better: better)
        default:
            throw GiveUp()
        }
        return Criterion(id: id, name: name, group: group, description: description, kind: criterionKind)
    }

    private mutating func tool(_ index: inout CriteriaIndex, _ scratch: inout CellScratch) throws(GiveUp) -> Tool {
        var tool = Tool(id: "", name: "")
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            let member: ToolMember = try reader.member(key, seen: &seen)
            switch member {
            case .id: tool.id = try reader.string()
            case .name: tool.name = try reader.string()
            case .url: tool.url = try reader.string()
            case .summary: tool.summary = try reader.string()
            case .version: tool.version = try reader.string()
            case .verified: tool.verified = CalendarDate(try reader.string())
            case .values:
                index.startTool()
                scratch.removeAll()
                try reader.members { reader, key throws(GiveUp) in
                    guard let criterionIndex = index.find(key) else { throw GiveUp() }
                    scratch.cells.append(try reader.cell(index.kinds[criterionIndex]))
                    scratch.ids.append(index.idStrings[criterionIndex])
                }
                tool.setCells(ids: scratch.ids, values: scratch.cells)
                // Cells listed in another order (the canonical form sorts them by id) are kept
                // in the criteria's order, where the renderers look for them.
                if !index.foundInOrder { tool.sortCells(byRank: index.found) }
            case .pros:
                try reader.elements { reader throws(GiveUp) in tool.pros.append(try reader.remark()) }
            case .cons:
                try reader.elements { reader throws(GiveUp) in tool.cons.append(try reader.remark()) }
            }
        }
        guard seen & Required.tool == Required.tool else { throw GiveUp() }
        return tool
    }

    private mutating func cell(_ kind: Criterion.Kind) throws(GiveUp) -> Cell {
        guard peek() == UInt8(ascii: "{") else { return Cell(try value(kind)) }
        var value = Cell.Value.text(""), note: String?, sources: [String] = []
        var qualifier: Cell.Qualifier?, maximum: Double?, version: String?, verified: CalendarDate?, disputed = false
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            let member: CellMember = try reader.member(key, seen: &seen)
            switch member {
            case .value: value = try reader.value(kind)
            case .note: note = try reader.string()
            case .sources: sources = try reader.sourceIDs()
            case .version: version = try reader.string()
            case .verified: verified = CalendarDate(try reader.string())
            case .disputed:
                guard try reader.literalTrue() else { throw GiveUp() }
                disputed = true
            case .qualifier:
                guard case .number = kind, let parsed = Cell.Qualifier(rawValue: try reader.string()) else { throw GiveUp() }
                qualifier = parsed
            case .max:
                guard case .number = kind else { throw GiveUp() }
                maximum = try reader.number()
            }
        }
        guard seen & Required.cell == Required.cell else { throw GiveUp() }
        return Cell(value, note: note, sources: sources, qualifier: qualifier, maximum: maximum, version: version, verified: verified, disputed: disputed)
    }

    private mutating func value(_ kind: Criterion.Kind) throws(GiveUp) -> Cell.Value {
        switch kind {
        case .text:
            return .text(try string())
        case .support:
            var parsed = try plainSupport()
            if parsed == nil { parsed = Support(rawValue: try string()) }
            guard let support = parsed else { throw GiveUp() }
            if support == .preview { needsV2 = true }
            return .support(support)
        case .number:
            return .number(try number())
        case .rating(let scale, _):
            let value = try number()
            guard value == value.rounded(), value >= 0, value <= Double(scale) else { throw GiveUp() }
            return .rating(Int(value))
        }
    }

    private mutating func remark() throws(GiveUp) -> Remark {
        guard peek() == UInt8(ascii: "{") else { return Remark(try string()) }
        var remark = Remark("")
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            let member: RemarkMember = try reader.member(key, seen: &seen)
            switch member {
            case .text: remark.text = try reader.string()
            case .sources: remark.sources = try reader.sourceIDs()
            }
        }
        guard seen & Required.remark == Required.remark else { throw GiveUp() }
        return remark
    }

    private mutating func profile() throws(GiveUp) -> Profile {
        var profile = Profile(id: "", name: "")
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            let member: ProfileMember = try reader.member(key, seen: &seen)
            switch member {
            case .id: profile.id = try reader.string()
            case .name: profile.name = try reader.string()
            case .description: profile.description = try reader.string()
            case .require:
                try reader.members { reader, key throws(GiveUp) in
                    let id = String(decoding: key, as: UTF8.self)
                    guard profile.requirements[id] == nil else { throw GiveUp() }
                    profile.requirements[id] = try reader.requirement()
                }
            case .weights:
                try reader.members { reader, key throws(GiveUp) in
                    let id = String(decoding: key, as: UTF8.self)
                    guard profile.weights[id] == nil else { throw GiveUp() }
                    profile.weights[id] = try reader.number()
                }
            }
        }
        guard seen & Required.profile == Required.profile else { throw GiveUp() }
        return profile
    }

    private mutating func requirement() throws(GiveUp) -> Profile.Requirement {
        switch peek() {
        case UInt8(ascii: "\""):
            guard let support = Support(rawValue: try string()) else { throw GiveUp() }
            return .support(support)
        case UInt8(ascii: "{"):
            var bound: Profile.Requirement?
            try members { reader, key throws(GiveUp) in
                guard bound == nil else { throw GiveUp() }
                var seenBound: UInt32 = 0
                let member: BoundMember = try reader.member(key, seen: &seenBound)
                switch member {
                case .atMost: bound = .atMost(try reader.number())
                case .atLeast: bound = .atLeast(try reader.number())
                }
            }
            guard let bound else { throw GiveUp() }
            return bound
        default:
            let value = try number()
            guard value == value.rounded(), abs(value) <= 1_000 else { throw GiveUp() }
            return .minimum(Int(value))
        }
    }

    /// A support value written plainly (`"yes"`, `"partial"`, `"preview"`, `"no"`), read
    /// from its bytes; `nil`, with nothing read, for anything else.
    private mutating func plainSupport() throws(GiveUp) -> Support? {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw GiveUp() }
        for (support, name) in Self.supportNames {
            let end = position + 1 + name.count
            guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { continue }
            var equal = true
            for offset in 0..<name.count where bytes[position + 1 + offset] != name[offset] {
                equal = false
                break
            }
            if equal {
                position = end + 1
                return support
            }
        }
        return nil
    }

    /// Each support value with the bytes of its name.
    private static let supportNames: [(Support, [UInt8])] = Support.allCases.map { ($0, Array($0.rawValue.utf8)) }

    /// The literal `true`.
    private mutating func literalTrue() throws(GiveUp) -> Bool {
        skipWhitespace()
        guard position + 4 <= bytes.count, bytes[position..<position + 4].elementsEqual("true".utf8) else { throw GiveUp() }
        position += 4
        return true
    }

    private mutating func sourceIDs() throws(GiveUp) -> [String] {
        skipWhitespace()
        let start = position
        // A list of strings without escapes is looked up by its bytes first.
        guard let end = plainListEnd() else { return try readSourceIDs() }
        let key = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let hash = SourceListTable.hash(key)
        if let shared = sourceLists.find(key, hash: hash) {
            position = end
            return shared
        }
        let list = try readSourceIDs()
        sourceLists.add(key, hash: hash, list: list)
        return list
    }

    /// Reads a list of source ids.
    private mutating func readSourceIDs() throws(GiveUp) -> [String] {
        var ids = scratchIDs
        scratchIDs = []
        ids.removeAll(keepingCapacity: true)
        try elements { reader throws(GiveUp) in ids.append(try reader.string()) }
        defer { scratchIDs = ids }
        return Array(ids[...])
    }

    /// Where the array at ``position`` ends (just after its `]`) when it holds only strings
    /// without escapes or control bytes, and `nil` for anything else. It does not check the
    /// strings' UTF-8: bytes seen before were read and checked then, and new bytes are read
    /// by ``readSourceIDs()``, which checks them.
    private func plainListEnd() -> Int? {
        var index = position
        func skip() { while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 } }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        index += 1
        skip()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { return index + 1 }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\") || bytes[index] < 0x20 { return nil }
                index += 1
            }
            guard index < bytes.count else { return nil }
            index += 1
            skip()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") { return index + 1 }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
            skip()
        }
    }
}
