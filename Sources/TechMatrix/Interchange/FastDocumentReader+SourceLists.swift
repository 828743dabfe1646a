import Foundation

extension FastDocumentReader {
    /// The lists of source ids read so far, found again by the bytes that spelled them. Cells
    /// cite the same few lists again and again: a list whose bytes were read before is the
    /// same list (the same bytes always read as the same strings), so it is found with one
    /// hash of its bytes instead of making a String of each id and hashing the array, and
    /// every cell that cites it shares one array.
    struct SourceListTable {
        private struct Entry {
            let hash: Int
            let keyStart: Int
            let keyCount: Int
            let list: [String]
        }

        /// Indices into ``entries`` (-1 for an empty slot); a power of two in size.
        private var slots = [Int32](repeating: -1, count: 64)
        private var entries: [Entry] = []
        /// The bytes of every key, one after another.
        private var keys: [UInt8] = []

        /// The list spelled by exactly `key`, if one was added.
        func find(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> [String]? {
            let mask = slots.count - 1
            var slot = hash & mask
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                let entry = entries[index]
                if entry.hash == hash, entry.keyCount == key.count, matches(key, entry) { return entry.list }
                slot = (slot + 1) & mask
            }
        }

        /// Adds the list that `key` spells; the caller read it and found no list for `key`.
        mutating func add(_ key: UnsafeBufferPointer<UInt8>, hash: Int, list: [String]) {
            if (entries.count + 1) * 2 > slots.count { grow() }
            entries.append(Entry(hash: hash, keyStart: keys.count, keyCount: key.count, list: list))
            keys.append(contentsOf: key)
            place(entries.count - 1)
        }

        /// The hash of a key's bytes.
        static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
            var hasher = Hasher()
            hasher.combine(bytes: UnsafeRawBufferPointer(key))
            return hasher.finalize()
        }

        private func matches(_ key: UnsafeBufferPointer<UInt8>, _ entry: Entry) -> Bool {
            key.isEmpty || keys.withUnsafeBufferPointer { memcmp($0.baseAddress! + entry.keyStart, key.baseAddress!, key.count) == 0 }
        }

        private mutating func place(_ index: Int) {
            let mask = slots.count - 1
            var slot = entries[index].hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }

        private mutating func grow() {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for index in entries.indices { place(index) }
        }
    }
}
