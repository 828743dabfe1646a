extension Presentation {
    /// What a footnote was made from, and so where its note and sources are read when it is
    /// written: a numbered footnote keeps this instead of its own copies of them.
    enum FootnoteOwner: Equatable {
        /// A tool's cell for a criterion, by their positions.
        case cell(criterion: Int, tool: Int)
        /// A criterion's description, shown as a footnote on its label.
        case description(criterion: Int)
        /// The sources of a tool's pro or con, by the tool's position and the remark's.
        case remark(RemarkList.Kind, tool: Int, index: Int)
    }

    /// Numbers footnotes from 1 in the order they are made, line by line, and gives identical
    /// footnotes on one line one number.
    ///
    /// A footnote's identity includes its line and footnotes are made a line at a time, so
    /// only footnotes of the line being made can match a new one: the lookup table holds that
    /// line's alone and is emptied, by moving to a new generation, when the next line starts.
    /// Each footnote is kept as 20 bytes (where it comes from, its line and its place on the
    /// line) instead of a copy of its note, sources, date and line: for a matrix whose cells
    /// all have notes, the copies and their growing array were the largest part of a
    /// rendering's peak memory.
    struct FootnoteNumbering {
        private struct Record {
            var first: Int32
            var second: Int32
            /// The line, as ``code(_:)`` writes it.
            var line: Int32
            /// The footnote's place among its line's, from 0.
            var ordinal: Int32
            /// 0 a cell, 1 a description, 2 a pro's sources, 3 a con's.
            var kind: UInt8
        }

        private struct Slot {
            var generation: UInt32 = 0
            var number: Int32 = 0
        }

        private var records: [Record] = []
        /// Open addressing with linear probing; a slot whose generation is not the current
        /// one is empty.
        private var slots = [Slot](repeating: Slot(), count: 16)
        private var generation: UInt32 = 1
        /// The number of footnotes made before the current line.
        private var lineStart = 0

        /// - Parameter capacity: How many footnotes to make room for.
        init(capacity: Int) { records.reserveCapacity(capacity) }

        /// How many footnotes there are; they are numbered `1...count`.
        var count: Int { records.count }

        /// What footnote `number` was made from.
        func owner(_ number: Int) -> FootnoteOwner {
            let record = records[number - 1]
            let first = Int(record.first), second = Int(record.second)
            switch record.kind {
            case 0: return .cell(criterion: first, tool: second)
            case 1: return .description(criterion: first)
            case 2: return .remark(.pros, tool: first, index: second)
            default: return .remark(.cons, tool: first, index: second)
            }
        }

        /// The line that cites footnote `number`.
        func line(_ number: Int) -> NoteLine { Self.line(records[number - 1].line) }

        /// Footnote `number`'s place among its line's footnotes, from 0.
        func ordinal(_ number: Int) -> Int { Int(records[number - 1].ordinal) }

        /// The number of `footnote`, made from `owner`: the number of an identical footnote
        /// already made on its line, or a new one. `resolve` gives the footnote an owner
        /// stands for, to compare with. Footnotes must be made line by line.
        mutating func number(for footnote: Footnote, owner: FootnoteOwner, resolve: (FootnoteOwner) -> Footnote) -> Int {
            let line = Self.code(footnote.line)
            if records.last?.line != line { startLine() }
            if 2 * (records.count - lineStart + 1) > slots.count { grow(resolve) }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: Self.hash(footnote)) & mask
            while slots[slot].generation == generation {
                let number = Int(slots[slot].number)
                if resolve(self.owner(number)) == footnote { return number }
                slot = (slot + 1) & mask
            }
            records.append(Self.record(owner, line: line, ordinal: records.count - lineStart))
            slots[slot] = Slot(generation: generation, number: Int32(records.count))
            return records.count
        }

        private mutating func startLine() {
            lineStart = records.count
            if generation == .max {
                slots = [Slot](repeating: Slot(), count: slots.count)
                generation = 1
            } else {
                generation += 1
            }
        }

        /// Doubles the table and places the current line's footnotes again.
        private mutating func grow(_ resolve: (FootnoteOwner) -> Footnote) {
            slots = [Slot](repeating: Slot(), count: slots.count * 2)
            let mask = slots.count - 1
            for number in (lineStart + 1)..<(records.count + 1) {
                var slot = Int(truncatingIfNeeded: Self.hash(resolve(owner(number)))) & mask
                while slots[slot].generation == generation { slot = (slot + 1) & mask }
                slots[slot] = Slot(generation: generation, number: Int32(number))
            }
        }

        /// The hash of what a footnote says; its line is left out, as the table holds one line.
        private static func hash(_ footnote: Footnote) -> UInt64 {
            var hasher = ByteHasher()
            if let verified = footnote.verified {
                hasher.combine(1)
                hasher.combine(verified.text)
            }
            if let note = footnote.note {
                hasher.combine(2)
                hasher.combine(note)
            }
            hasher.combine(UInt64(footnote.sources.count))
            for source in footnote.sources { hasher.combine(source) }
            return hasher.value
        }

        private static func record(_ owner: FootnoteOwner, line: Int32, ordinal: Int) -> Record {
            func make(_ kind: UInt8, _ first: Int, _ second: Int) -> Record {
                Record(first: Int32(first), second: Int32(second), line: line, ordinal: Int32(ordinal), kind: kind)
            }
            switch owner {
            case .cell(let criterion, let tool): return make(0, criterion, tool)
            case .description(let criterion): return make(1, criterion, 0)
            case .remark(let kind, let tool, let index): return make(kind == .pros ? 2 : 3, tool, index)
            }
        }

        /// A line as a number: the header is -1, a row its position, a tool's pros and cons
        /// -2 minus the tool's position.
        private static func code(_ line: NoteLine) -> Int32 {
            switch line {
            case .header: -1
            case .row(let index): Int32(index)
            case .remarks(let tool): -2 - Int32(tool)
            }
        }

        private static func line(_ code: Int32) -> NoteLine {
            code >= 0 ? .row(Int(code)) : code == -1 ? .header : .remarks(Int(-2 - code))
        }
    }
}
