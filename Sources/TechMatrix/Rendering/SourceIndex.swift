import Foundation

/// Each source's position among a matrix's sources, by id: the first source with that id, as
/// `[String: Int]` would give it, found with a ``ByteHasher`` probe instead of SipHash. The
/// notes of a matrix whose cells all cite sources look up two or three ids per note, which
/// through a dictionary was a twentieth of a realistic Markdown render.
///
/// Source ids are slugs, ASCII only, and for ASCII text comparing bytes is comparing strings.
/// An id beyond ASCII (which validation rejects) is still answered as a dictionary would: a
/// matrix with such a source keeps a dictionary, and such an id looked up is compared as a
/// string with every source's.
struct SourceIndex {
    private let ids: [String]
    /// Every id's bytes, one after the other, and where each starts (one more entry for the end).
    private var idBytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing: a source's position plus one, 0 for an empty slot.
    private var slots: [Int32] = []
    private var mask = 0
    /// Used instead of the slots when a source id is not ASCII.
    private var dictionary: [String: Int]?

    init(_ sources: [Source]) {
        ids = sources.map(\.id)
        guard
            ids.allSatisfy({ id in
                var id = id
                return id.withUTF8 { !Self.hasNonASCII($0) }
            })
        else {
            var byID: [String: Int] = [:]
            for (index, id) in ids.enumerated() where byID[id] == nil { byID[id] = index }
            dictionary = byID
            return
        }
        for id in ids {
            idBytes.append(contentsOf: id.utf8)
            starts.append(idBytes.count)
        }
        var size = 16
        while size < 2 * ids.count { size <<= 1 }
        mask = size - 1
        slots = Array(repeating: 0, count: size)
        for index in ids.indices {
            idBytes.withUnsafeBufferPointer { all in
                let bytes = UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])
                // A repeated id keeps the first source's position, as a dictionary of first
                // positions does.
                guard find(bytes, in: all) == nil else { return }
                var slot = Self.hash(bytes) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index + 1)
            }
        }
    }

    /// The position of the first source with this id, or `nil` when no source has it.
    func position(of id: String) -> Int? {
        if let dictionary { return dictionary[id] }
        var id = id
        return id.withUTF8 { bytes in
            // Beyond ASCII, bytes are not strings: such an id is compared as a string.
            guard !Self.hasNonASCII(bytes) else { return ids.firstIndex(of: String(decoding: bytes, as: UTF8.self)) }
            return idBytes.withUnsafeBufferPointer { find(bytes, in: $0) }
        }
    }

    /// The position of the id with exactly these bytes, among those already in the slots.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, in all: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(bytes) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            let start = starts[index], count = starts[index + 1] - start
            if count == bytes.count, count == 0 || memcmp(all.baseAddress! + start, bytes.baseAddress!, count) == 0 { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = ByteHasher()
        hasher.combine(bytes: bytes)
        return Int(truncatingIfNeeded: hasher.value)
    }

    private static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            if ByteScan.hasNonASCII(ByteScan.word(bytes, at: index)) { return true }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return true }
            index += 1
        }
        return false
    }
}
