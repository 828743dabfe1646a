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

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The matrix in `bytes`, or `nil` when the document is not plainly valid in structure.
    /// The result still has to pass ``Validator``.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Matrix? {
        var reader = FastDocumentReader(bytes: bytes)
        return try? reader.document()
    }

    // MARK: Bytes

    mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    mutating func expect(_ byte: UInt8) throws(GiveUp) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { throw GiveUp() }
        position += 1
    }

    /// Consumes `byte` if it comes next.
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
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return UnsafeBufferPointer(rebasing: bytes[start..<position - 1])
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

    /// Marks a member as seen; a repeat gives up.
    private static func see(_ bit: UInt32, in seen: inout UInt32) throws(GiveUp) {
        if seen & bit != 0 { throw GiveUp() }
        seen |= bit
    }

    private static func equals(_ key: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount else { return false }
        return key.isEmpty || memcmp(key.baseAddress!, name.utf8Start, key.count) == 0
    }

    // MARK: Document

    private mutating func document() throws(GiveUp) -> Matrix {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        var matrix = Matrix(id: "", title: "", criteria: [], tools: [])
        var seen: UInt32 = 0
        var criteriaIndex: CriteriaIndex?
        try members { reader, key throws(GiveUp) in
            if Self.equals(key, "format") {
                try Self.see(1, in: &seen)
                guard try reader.string() == "techmatrix/v1" else { throw GiveUp() }
            } else if Self.equals(key, "id") {
                try Self.see(2, in: &seen); matrix.id = try reader.string()
            } else if Self.equals(key, "title") {
                try Self.see(4, in: &seen); matrix.title = try reader.string()
            } else if Self.equals(key, "summary") {
                try Self.see(8, in: &seen); matrix.summary = try reader.string()
            } else if Self.equals(key, "asOf") {
                try Self.see(16, in: &seen); matrix.asOf = CalendarDate(try reader.string())
            } else if Self.equals(key, "verdict") {
                try Self.see(32, in: &seen); matrix.verdict = try reader.string()
            } else if Self.equals(key, "$schema") {
                try Self.see(64, in: &seen); _ = try reader.string()
            } else if Self.equals(key, "sources") {
                try Self.see(128, in: &seen)
                try reader.elements { reader throws(GiveUp) in matrix.sources.append(try reader.source()) }
            } else if Self.equals(key, "criteria") {
                try Self.see(256, in: &seen)
                try reader.elements { reader throws(GiveUp) in matrix.criteria.append(try reader.criterion()) }
                criteriaIndex = CriteriaIndex(matrix.criteria)
            } else if Self.equals(key, "tools") {
                try Self.see(512, in: &seen)
                guard var index = criteriaIndex else { throw GiveUp() }
                try reader.elements { reader throws(GiveUp) in matrix.tools.append(try reader.tool(&index)) }
            } else {
                throw GiveUp()
            }
        }
        skipWhitespace()
        // format, id, title, criteria and tools are required.
        guard position == bytes.count, seen & (1 | 2 | 4 | 256 | 512) == (1 | 2 | 4 | 256 | 512) else { throw GiveUp() }
        return matrix
    }

    private mutating func source() throws(GiveUp) -> Source {
        var source = Source("", id: "")
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            if Self.equals(key, "id") { try Self.see(1, in: &seen); source.id = try reader.string() }
            else if Self.equals(key, "title") { try Self.see(2, in: &seen); source.title = try reader.string() }
            else if Self.equals(key, "author") { try Self.see(4, in: &seen); source.author = try reader.string() }
            else if Self.equals(key, "event") { try Self.see(8, in: &seen); source.event = try reader.string() }
            else if Self.equals(key, "url") { try Self.see(16, in: &seen); source.url = try reader.string() }
            else if Self.equals(key, "published") { try Self.see(32, in: &seen); source.published = CalendarDate(try reader.string()) }
            else { throw GiveUp() }
        }
        guard seen & 3 == 3 else { throw GiveUp() }
        return source
    }

    private mutating func criterion() throws(GiveUp) -> Criterion {
        var id = "", name = "", kind = ""
        var group: String?, description: String?, unit: String?, better: Criterion.Better?, scale: Double?
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            if Self.equals(key, "id") { try Self.see(1, in: &seen); id = try reader.string() }
            else if Self.equals(key, "name") { try Self.see(2, in: &seen); name = try reader.string() }
            else if Self.equals(key, "kind") { try Self.see(4, in: &seen); kind = try reader.string() }
            else if Self.equals(key, "group") { try Self.see(8, in: &seen); group = try reader.string() }
            else if Self.equals(key, "description") { try Self.see(16, in: &seen); description = try reader.string() }
            else if Self.equals(key, "unit") { try Self.see(32, in: &seen); unit = try reader.string() }
            else if Self.equals(key, "better") {
                try Self.see(64, in: &seen)
                guard let parsed = Criterion.Better(rawValue: try reader.string()) else { throw GiveUp() }
                better = parsed
            } else if Self.equals(key, "scale") { try Self.see(128, in: &seen); scale = try reader.number() }
            else { throw GiveUp() }
        }
        guard seen & 7 == 7 else { throw GiveUp() }
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

    private mutating func tool(_ index: inout CriteriaIndex) throws(GiveUp) -> Tool {
        var tool = Tool(id: "", name: "")
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            if Self.equals(key, "id") { try Self.see(1, in: &seen); tool.id = try reader.string() }
            else if Self.equals(key, "name") { try Self.see(2, in: &seen); tool.name = try reader.string() }
            else if Self.equals(key, "url") { try Self.see(4, in: &seen); tool.url = try reader.string() }
            else if Self.equals(key, "summary") { try Self.see(8, in: &seen); tool.summary = try reader.string() }
            else if Self.equals(key, "values") {
                try Self.see(16, in: &seen)
                index.startTool()
                try reader.members { reader, key throws(GiveUp) in
                    guard let criterionIndex = index.find(key) else { throw GiveUp() }
                    tool.cells[index.idStrings[criterionIndex]] = try reader.cell(index.kinds[criterionIndex])
                }
            } else if Self.equals(key, "pros") {
                try Self.see(32, in: &seen)
                try reader.elements { reader throws(GiveUp) in tool.pros.append(try reader.remark()) }
            } else if Self.equals(key, "cons") {
                try Self.see(64, in: &seen)
                try reader.elements { reader throws(GiveUp) in tool.cons.append(try reader.remark()) }
            } else {
                throw GiveUp()
            }
        }
        guard seen & 3 == 3 else { throw GiveUp() }
        return tool
    }

    private mutating func cell(_ kind: Criterion.Kind) throws(GiveUp) -> Cell {
        guard peek() == UInt8(ascii: "{") else { return Cell(try value(kind)) }
        var cell = Cell(.text(""))
        var seen: UInt32 = 0
        try members { reader, key throws(GiveUp) in
            if Self.equals(key, "value") { try Self.see(1, in: &seen); cell.value = try reader.value(kind) }
            else if Self.equals(key, "note") { try Self.see(2, in: &seen); cell.note = try reader.string() }
            else if Self.equals(key, "sources") { try Self.see(4, in: &seen); cell.sources = try reader.sourceIDs() }
            else { throw GiveUp() }
        }
        guard seen & 1 == 1 else { throw GiveUp() }
        return cell
    }

    private mutating func value(_ kind: Criterion.Kind) throws(GiveUp) -> Cell.Value {
        switch kind {
        case .text:
            return .text(try string())
        case .support:
            guard let support = Support(rawValue: try string()) else { throw GiveUp() }
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
            if Self.equals(key, "text") { try Self.see(1, in: &seen); remark.text = try reader.string() }
            else if Self.equals(key, "sources") { try Self.see(2, in: &seen); remark.sources = try reader.sourceIDs() }
            else { throw GiveUp() }
        }
        guard seen & 1 == 1 else { throw GiveUp() }
        return remark
    }

    private mutating func sourceIDs() throws(GiveUp) -> [String] {
        var ids: [String] = []
        try elements { reader throws(GiveUp) in ids.append(try reader.string()) }
        return ids
    }
}
