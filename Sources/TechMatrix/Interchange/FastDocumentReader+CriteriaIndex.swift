import Foundation

extension FastDocumentReader {
    /// Finds criteria by the bytes of their ids: first by guessing the next one in declaration
    /// or sorted order (documents list cells in one of them), then by a dictionary. Also
    /// refuses a criterion that appears twice in one tool.
    struct CriteriaIndex {
        let criteria: [Criterion]
        let idStrings: [String]
        let kinds: [Criterion.Kind]
        private let ids: [[UInt8]]
        private let sorted: [Int]
        private let sortedPosition: [Int]
        private let byID: [String: Int]
        private var seen: [Bool]
        private var nextDeclared = 0
        private var nextSorted = 0
        /// The criteria found since ``startTool()``, in the order the document lists them.
        private(set) var found: [Int] = []
        /// Whether ``found`` is in the criteria's declaration order.
        private(set) var foundInOrder = true

        init(_ criteria: [Criterion]) {
            self.criteria = criteria
            idStrings = criteria.map(\.id)
            kinds = criteria.map(\.kind)
            ids = criteria.map { Array($0.id.utf8) }
            sorted = criteria.indices.sorted { criteria[$0].id.utf8.lexicographicallyPrecedes(criteria[$1].id.utf8) }
            var positions = Array(repeating: 0, count: criteria.count)
            for (position, index) in sorted.enumerated() { positions[index] = position }
            sortedPosition = positions
            byID = Dictionary(criteria.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
            seen = Array(repeating: false, count: criteria.count)
        }

        mutating func startTool() {
            for index in seen.indices { seen[index] = false }
            nextDeclared = 0
            nextSorted = 0
            found.removeAll(keepingCapacity: true)
            foundInOrder = true
        }

        mutating func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
            let match: Int?
            if nextDeclared < ids.count, matches(key, nextDeclared) {
                match = nextDeclared
            } else if nextSorted < sorted.count, matches(key, sorted[nextSorted]) {
                match = sorted[nextSorted]
            } else {
                match = byID[String(decoding: key, as: UTF8.self)]
            }
            guard let index = match, !seen[index] else { return nil }
            seen[index] = true
            if let last = found.last, last > index { foundInOrder = false }
            found.append(index)
            nextDeclared = index + 1
            nextSorted = sortedPosition[index] + 1
            return index
        }

        private func matches(_ key: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
            let id = ids[index]
            guard id.count == key.count else { return false }
            return key.isEmpty || id.withUnsafeBufferPointer { memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 }
        }
    }

    /// The cells of the tool being read and their criteria's ids. One is kept for the whole
    /// document, so that its storage is reused from tool to tool, and each tool gets a copy of
    /// its own size (a reserve per tool, freed after the copy, fragmented the heap).
    struct CellScratch {
        var cells: [Cell] = []
        var ids: [String] = []

        mutating func removeAll() {
            cells.removeAll(keepingCapacity: true)
            ids.removeAll(keepingCapacity: true)
        }
    }
}
