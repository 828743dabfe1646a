import Foundation

/// What every renderer shows, computed once per matrix: each cell's entry (the cell, its
/// footnote, whether it is the best of its row), each criterion label's footnote, each tool's
/// pros and cons with theirs, the numbered footnotes, and the criteria grouped into
/// consecutive runs. Renderers ask it, by criterion and tool, and only write.
struct Presentation {
    /// A cell as every format shows it.
    struct Entry {
        /// The cell, borrowed from its tool; `nil` when not assessed.
        let cell: Cell?
        /// The number of its footnote (its note, sources or verified date), if it has one.
        let footnote: Int?
        /// Whether it holds the best value of its row (see ``bestMarks(_:intervals:)``).
        let isBest: Bool
    }

    /// A tool's pros, or its cons, each with its footnote.
    struct RemarkList {
        /// Which of the two lists.
        enum Kind {
            case pros, cons

            /// `Pros` or `Cons`, as headings and labels say it.
            var title: String { self == .pros ? "Pros" : "Cons" }
        }

        let kind: Kind
        /// The remarks in the tool's order, each with the number of the footnote that gives
        /// its sources.
        let items: [(remark: Remark, footnote: Int?)]
    }

    /// A footnote: a note, the sources behind it, or both. Identical footnotes on one line
    /// share one label; identical means byte for byte, so that two notes that differ only in
    /// their Unicode normal form each keep their own text (and hashing needs no normalising).
    struct Footnote: Equatable {
        var note: String?
        var sources: [String]
        /// A cell's own verified date.
        var verified: CalendarDate?
        /// The line that cites it; part of its identity, so that lines never share a label.
        var line: NoteLine

        static func == (left: Footnote, right: Footnote) -> Bool {
            guard left.line == right.line, left.sources.count == right.sources.count else { return false }
            switch (left.verified, right.verified) {
            case (nil, nil): break
            case (let one?, let other?): if !Self.sameBytes(one.text, other.text) { return false }
            default: return false
            }
            switch (left.note, right.note) {
            case (nil, nil): break
            case (let one?, let other?): if !Self.sameBytes(one, other) { return false }
            default: return false
            }
            return zip(left.sources, right.sources).allSatisfy { Self.sameBytes($0, $1) }
        }

        private static func sameBytes(_ one: String, _ other: String) -> Bool {
            var one = one, other = other
            return one.withUTF8 { first in
                other.withUTF8 { second in
                    first.count == second.count && (first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0)
                }
            }
        }
    }

    /// Where footnotes are cited, and so how they are labelled: each line of the table and
    /// each tool's pros and cons letters its own footnotes (`3a`, `3b`; `Ha` on the header
    /// row; `P2a` for the second tool's pros and cons). Adding, removing or editing one note
    /// relabels only the footnotes of its own line, so a diff stays as small as the change.
    enum NoteLine: Hashable {
        /// The header row, where criteria are columns: their descriptions.
        case header
        /// A table row by position among the criteria (tools as columns) or the tools (as rows).
        case row(Int)
        /// A tool's pros and cons, by the tool's position.
        case remarks(Int)
    }

    /// A run of consecutive criteria that share a group (or have none).
    struct Group {
        var name: String?
        var criteria: [Int]
    }

    let matrix: Matrix
    let plain: Bool
    /// Which way round the table is laid out, which decides its lines and so the labels.
    let orientation: RenderOptions.Orientation
    /// The numbered footnotes, each kept as where it comes from.
    private var numbering = FootnoteNumbering(capacity: 0)
    /// Where each cell is; the cells stay where the tools hold them.
    let grid: CellGrid
    /// Each source's position in the matrix's sources, by id.
    private let sourceIndex: SourceIndex
    /// `labelFootnotes[criterion]`: the criterion's description, when shown as a footnote.
    private var labelFootnotes: [Int?] = []
    /// Cell footnote numbers, criterion-major (`cellFootnoteNumbers[criterion * tools + tool]`),
    /// 0 for none (while `init` runs, -1 marks a cell found to need one but not yet numbered).
    private var cellFootnoteNumbers: [Int32] = []
    /// Best marks, criterion-major like the footnote numbers.
    private var best: [Bool] = []
    /// `proFootnotes[tool][pro]` and likewise for cons; empty when pros and cons are not shown.
    private var proFootnotes: [[Int?]] = []
    private var conFootnotes: [[Int?]] = []
    private(set) var groups: [Group] = []
    /// Whether any number cell is qualified or a range, which the key then explains.
    private(set) var hasQualifiers = false

    /// - Parameters:
    ///   - descriptionsAsFootnotes: Give criterion descriptions as footnotes on the criterion's
    ///     label, for formats that cannot show them beside the name.
    ///   - orientation: The table's layout; `nil` is ``RenderOptions/tableOrientation(toolCount:)``.
    ///   - remarks: Whether pros and cons are shown, and so get footnotes; without them their
    ///     lists are empty.
    init(
        _ matrix: Matrix, plain: Bool, descriptionsAsFootnotes: Bool = false, orientation: RenderOptions.Orientation? = nil,
        remarks: Bool = true
    ) {
        self.matrix = matrix
        self.plain = plain
        self.orientation = orientation ?? RenderOptions.tableOrientation(toolCount: matrix.tools.count)
        let ids = matrix.criteria.map(\.id)
        sourceIndex = SourceIndex(matrix.sources)
        let toolCount = matrix.tools.count
        grid = CellGrid(matrix, layout: self.orientation == .toolsAsColumns ? .criterionMajor : .toolMajor)
        // Room for every footnote there can be, so that the numbering never grows its array
        // (a growing array holds the old and the new copy at once).
        var footnoted = descriptionsAsFootnotes ? ids.count : 0
        for tool in matrix.tools {
            for cell in tool.cellValues {
                if cell.qualifier != nil || cell.maximum != nil { hasQualifiers = true }
                if Self.hasFootnote(cell) { footnoted += 1 }
            }
            if remarks { footnoted += tool.pros.count + tool.cons.count }
        }
        numbering = FootnoteNumbering(capacity: footnoted)
        cellFootnoteNumbers = Array(repeating: 0, count: ids.count * toolCount)
        best = Array(repeating: false, count: ids.count * toolCount)
        // The cells of a criterion lie in every tool's storage, so a few criteria are read at a
        // time, tool by tool (see RowBlockWriter), each into its own row of intervals.
        let ranked = matrix.criteria.indices.filter { matrix.criteria[$0].kind.better != nil }
        var intervals = Array(repeating: [ClosedRange<Double>?](repeating: nil, count: toolCount), count: min(RowBlockWriter.maximumRows, ranked.count))
        for blockStart in stride(from: 0, to: ranked.count, by: RowBlockWriter.maximumRows) {
            let block = ranked[blockStart..<min(blockStart + RowBlockWriter.maximumRows, ranked.count)]
            for toolIndex in 0..<toolCount {
                let cells = grid.cells(ofTool: toolIndex)
                grid.prefetch(block, aheadOf: toolIndex)
                for (slot, index) in block.enumerated() {
                    let position = grid.position(index, toolIndex)
                    intervals[slot][toolIndex] = position < 0 ? nil : cells[position].interval
                }
            }
            for (slot, index) in block.enumerated() {
                let marks = Self.bestMarks(matrix.criteria[index], intervals: intervals[slot])
                for toolIndex in 0..<toolCount where marks[toolIndex] { best[index * toolCount + toolIndex] = true }
            }
        }
        // Footnotes are made line by line, in the order a reader meets them.
        func description(_ index: Int, on line: NoteLine) -> Int? {
            descriptionsAsFootnotes ? footnote(.description(criterion: index), on: line) : nil
        }
        switch self.orientation {
        case .toolsAsColumns:
            // Which cells have something to footnote is found a few rows at a time, tool by
            // tool, and marked -1; the rows then number only those, in order.
            for blockStart in stride(from: 0, to: ids.count, by: RowBlockWriter.maximumRows) {
                let block = blockStart..<min(blockStart + RowBlockWriter.maximumRows, ids.count)
                for toolIndex in 0..<toolCount {
                    let cells = grid.cells(ofTool: toolIndex)
                    grid.prefetch(block, aheadOf: toolIndex)
                    for index in block {
                        let position = grid.position(index, toolIndex)
                        guard position >= 0, Self.hasFootnote(cells[position]) else { continue }
                        cellFootnoteNumbers[index * toolCount + toolIndex] = -1
                    }
                }
                for index in block {
                    labelFootnotes.append(description(index, on: .row(index)))
                    for toolIndex in 0..<toolCount where cellFootnoteNumbers[index * toolCount + toolIndex] == -1 {
                        cellFootnote(index, toolIndex, on: .row(index))
                    }
                }
            }
        case .toolsAsRows:
            for index in ids.indices { labelFootnotes.append(description(index, on: .header)) }
            for toolIndex in 0..<toolCount {
                for index in ids.indices { cellFootnote(index, toolIndex, on: .row(toolIndex)) }
            }
        }
        for (toolIndex, tool) in matrix.tools.enumerated() where remarks {
            proFootnotes.append(tool.pros.indices.map { footnote(.remark(.pros, tool: toolIndex, index: $0), on: .remarks(toolIndex)) })
            conFootnotes.append(tool.cons.indices.map { footnote(.remark(.cons, tool: toolIndex, index: $0), on: .remarks(toolIndex)) })
        }
        for (index, criterion) in matrix.criteria.enumerated() {
            if let last = groups.last, last.name == criterion.group {
                groups[groups.count - 1].criteria.append(index)
            } else {
                groups.append(Group(name: criterion.group, criteria: [index]))
            }
        }
    }

    /// Whether any criterion has a group; without groups no group rows are shown.
    var hasGroups: Bool { matrix.criteria.contains { $0.group != nil } }

    /// `Version 1.25, verified 2025-04-01.` for a tool that states either; `nil` otherwise.
    static func versionLine(_ tool: Tool) -> String? {
        switch (tool.version, tool.verified) {
        case (nil, nil): nil
        case (let version?, nil): "Version \(version)."
        case (nil, let verified?): "Verified \(verified.text)."
        case (let version?, let verified?): "Version \(version), verified \(verified.text)."
        }
    }

    /// Whether any cell is marked best.
    var hasBestMarks: Bool { best.contains(true) }

    /// Gives a tool's cell for a criterion its footnote, if it has a note, sources or a date.
    @inline(__always)
    private mutating func cellFootnote(_ criterionIndex: Int, _ toolIndex: Int, on line: NoteLine) {
        let position = grid.position(criterionIndex, toolIndex)
        guard position >= 0 else { return }
        let cell = grid.cells(ofTool: toolIndex)[position]
        // A quick skip for the many cells with nothing to footnote, before a footnote is made.
        guard Self.hasFootnote(cell) else { return }
        let number = footnote(.cell(criterion: criterionIndex, tool: toolIndex), on: line)
        cellFootnoteNumbers[criterionIndex * matrix.tools.count + toolIndex] = Int32(number ?? 0)
    }

    /// Whether a cell has a note, sources or a verified date, and so a footnote.
    private static func hasFootnote(_ cell: Cell) -> Bool {
        cell.note != nil || !cell.sources.isEmpty || cell.verified != nil
    }

    /// The number of the footnote, made if this line has none like it yet; `nil` when there is
    /// nothing to say. Footnotes must be made line by line: a new line starts its letters at `a`.
    private mutating func footnote(_ owner: FootnoteOwner, on line: NoteLine) -> Int? {
        let matrix = matrix, grid = grid
        let footnote = Self.footnote(owner, line: line, matrix: matrix, grid: grid)
        if footnote.note == nil, footnote.sources.isEmpty, footnote.verified == nil { return nil }
        return numbering.number(for: footnote, owner: owner) { Self.footnote($0, line: line, matrix: matrix, grid: grid) }
    }

    /// How many footnotes there are; they are numbered from 1.
    var footnoteCount: Int { numbering.count }

    /// Footnote `number` (1-based, as ``Entry/footnote``, ``labelFootnote(_:)`` and the remark
    /// lists give it): its note, sources, date and line, read from what it was made from.
    func footnote(_ number: Int) -> Footnote {
        Self.footnote(numbering.owner(number), line: numbering.line(number), matrix: matrix, grid: grid)
    }

    /// Asks the processor to start loading the cell that footnote ``CellGrid/toolsAhead`` after
    /// `number` was made from, if it was made from a cell (see ``CellGrid/prefetch(_:_:)``): the
    /// notes list meets those cells in the order of the table's lines, each in a new place.
    /// Does nothing past the last footnote.
    func prefetchFootnote(after number: Int) {
        let number = number + CellGrid.toolsAhead
        guard number >= 1, number <= numbering.count, case .cell(let criterion, let tool) = numbering.owner(number) else { return }
        grid.prefetch(criterion, tool)
    }

    /// What footnote `number` was made from: the first thing, in the order the table and then
    /// the pros and cons show them, that cites it.
    func footnoteOwner(_ number: Int) -> FootnoteOwner { numbering.owner(number) }

    private static func footnote(_ owner: FootnoteOwner, line: NoteLine, matrix: Matrix, grid: CellGrid) -> Footnote {
        switch owner {
        case .cell(let criterion, let tool):
            let cell = grid.cells(ofTool: tool)[grid.position(criterion, tool)]
            return Footnote(note: cell.note, sources: cell.sources, verified: cell.verified, line: line)
        case .description(let criterion):
            return Footnote(note: matrix.criteria[criterion].description, sources: [], verified: nil, line: line)
        case .remark(let kind, let tool, let index):
            let remark = kind == .pros ? matrix.tools[tool].pros[index] : matrix.tools[tool].cons[index]
            return Footnote(note: nil, sources: remark.sources, verified: nil, line: line)
        }
    }

    /// `3a` for a line's first footnote; after `z` come `aa`, `ab`, … (bijective base 26).
    static func label(_ line: NoteLine, _ ordinal: Int) -> String {
        var label = ByteBuffer(capacity: 16)
        appendLabel(line, ordinal, into: &label)
        return String(decoding: label.bytes, as: UTF8.self)
    }

    /// Writes ``label(_:_:)`` without making a string: labels are written at every reference.
    static func appendLabel(_ line: NoteLine, _ ordinal: Int, into output: inout ByteBuffer) {
        switch line {
        case .header: output.append(UInt8(ascii: "H"))
        case .row(let index): output.appendDecimal(index + 1)
        case .remarks(let tool):
            output.append(UInt8(ascii: "P"))
            output.appendDecimal(tool + 1)
        }
        // The letters, most significant first: count them, then write from the top.
        var count = 1, capacity = 26, rest = ordinal
        while rest >= capacity {
            rest -= capacity
            capacity *= 26
            count += 1
        }
        var divisor = capacity / 26
        for _ in 0..<count {
            output.append(UInt8(ascii: "a") + UInt8(rest / divisor % 26))
            divisor /= 26
        }
    }

    /// Marks the best values of a number or rating row under the spec's interval rule: only
    /// when at least two cells are assessed and not all are equal, a cell is best when its
    /// interval is at least as good as every other cell's over its whole extent (for `lower`,
    /// its upper end is at most every other lower end). So `≤ 10` is never best beside another
    /// `≤ 10`, and a lone value is never marked.
    private static func bestMarks(_ criterion: Criterion, intervals: [ClosedRange<Double>?]) -> [Bool] {
        let none = Array(repeating: false, count: intervals.count)
        guard let better = criterion.kind.better else { return none }
        let assessed = intervals.compactMap { $0 }
        guard assessed.count >= 2, assessed.contains(where: { $0 != assessed[0] }) else { return none }
        // Each cell is compared with the best rival end among the *other* cells: the two best
        // ends are enough to know it for every cell, so a row costs O(n), not O(n²).
        func rivalEnd(_ interval: ClosedRange<Double>) -> Double { better == .lower ? -interval.lowerBound : interval.upperBound }
        var first = (index: -1, end: -Double.infinity), second = -Double.infinity
        for (index, interval) in intervals.enumerated() {
            guard let interval else { continue }
            let end = rivalEnd(interval)
            if end > first.end || first.index < 0 {
                second = first.index < 0 ? second : first.end
                first = (index, end)
            } else if end > second {
                second = end
            }
        }
        return intervals.enumerated().map { index, interval in
            guard let interval else { return false }
            let rival = index == first.index ? second : first.end
            return better == .lower ? interval.upperBound <= -rival : interval.lowerBound >= rival
        }
    }

    /// A tool's cell for a criterion, by their positions, as the table shows it.
    func entry(_ criterionIndex: Int, _ toolIndex: Int) -> Entry {
        let marks = marks(criterionIndex, toolIndex)
        return Entry(cell: grid.cell(criterionIndex, toolIndex), footnote: marks.footnote, isBest: marks.isBest)
    }

    /// What the table adds to a tool's cell for a criterion, without the cell: its footnote and
    /// whether it is the best of its row. A renderer that borrows the cell from ``grid`` asks
    /// this instead of ``entry(_:_:)``, which copies the cell (and retains its texts).
    func marks(_ criterionIndex: Int, _ toolIndex: Int) -> (footnote: Int?, isBest: Bool) {
        let flat = criterionIndex * matrix.tools.count + toolIndex
        let number = cellFootnoteNumbers[flat]
        return (number == 0 ? nil : Int(number), best[flat])
    }

    /// The footnote on a criterion's label: its description, when descriptions are footnotes.
    func labelFootnote(_ criterionIndex: Int) -> Int? { labelFootnotes[criterionIndex] }

    /// A tool's pros, then its cons, each list left out when it is empty, with the footnotes
    /// of their sources. Empty when the presentation was made without pros and cons.
    func remarkLists(_ toolIndex: Int) -> [RemarkList] {
        guard toolIndex < proFootnotes.count else { return [] }
        let tool = matrix.tools[toolIndex]
        var lists: [RemarkList] = []
        if !tool.pros.isEmpty { lists.append(RemarkList(kind: .pros, items: Array(zip(tool.pros, proFootnotes[toolIndex])))) }
        if !tool.cons.isEmpty { lists.append(RemarkList(kind: .cons, items: Array(zip(tool.cons, conFootnotes[toolIndex])))) }
        return lists
    }

    /// How footnote `number` (1-based, as ``Entry/footnote``, ``labelFootnote(_:)`` and the
    /// remark lists give it) is shown: the marker in the table and the label in the notes list.
    func footnoteLabel(_ number: Int) -> String {
        Self.label(numbering.line(number), numbering.ordinal(number))
    }

    /// Writes ``footnoteLabel(_:)``; labels are letters and digits, so no format escapes them.
    func appendFootnoteLabel(_ number: Int, into output: inout ByteBuffer) {
        Self.appendLabel(numbering.line(number), numbering.ordinal(number), into: &output)
    }

    /// A cell's value as shown: `✅ Yes` (or `Yes` when plain), `15 ms`, `≈ 15 ms` (`about 15 ms`),
    /// `≤ 10 ms` (`up to 10 ms`), `≥ 3` (`at least 3`), `10–20 ms` (`10 to 20 ms`), `3/5`, or
    /// the text itself.
    static func text(of cell: Cell, criterion: Criterion, plain: Bool) -> String {
        text(of: cell, kind: criterion.kind, plain: plain)
    }

    /// ``text(of:criterion:plain:)`` given the criterion's kind alone.
    static func text(of cell: Cell, kind: Criterion.Kind, plain: Bool) -> String {
        switch cell.value {
        case .text(let text): return text
        case .support(let support): return supportLabel(support, plain: plain)
        case .number(let number):
            var shown = NumberFormatting.json(number)
            if let maximum = cell.maximum { shown += rangeMark(plain: plain) + NumberFormatting.json(maximum) }
            if case .number(let unit?, _) = kind { shown += unitSuffix(unit) }
            return qualifierMark(cell.qualifier, plain: plain) + shown
        case .rating(let rating):
            if case .rating(let scale, _) = kind { return "\(rating)/\(scale)" }
            return String(rating)
        }
    }

    /// What is said about a cell beside its value: the release it describes when that differs
    /// from its tool's, and whether it is disputed: `(in 1.24; disputed)`. `nil` when nothing.
    static func annotation(of cell: Cell, in tool: Tool) -> String? {
        annotation(of: cell, toolVersion: tool.version)
    }

    /// What stands before a qualified number: `≈ ` (`about `), `≤ ` (`up to `), `≥ ` (`at least `).
    static func qualifierMark(_ qualifier: Cell.Qualifier?, plain: Bool) -> String {
        switch qualifier {
        case nil: ""
        case .about: plain ? "about " : "≈ "
        case .atMost: plain ? "up to " : "≤ "
        case .atLeast: plain ? "at least " : "≥ "
        }
    }

    /// What stands between the ends of a range: `–` (` to `).
    static func rangeMark(plain: Bool) -> String { plain ? " to " : "–" }

    /// How a unit follows its number: ` ms`, or `%` without a space; empty for no unit.
    static func unitSuffix(_ unit: String) -> String {
        unit.isEmpty ? "" : unit.hasPrefix("%") ? unit : " " + unit
    }

    /// ``annotation(of:in:)`` for the tool at `toolIndex`, whose version is read only for a
    /// cell that says something (a table row reads one cell of each of many tools, and most
    /// cells say nothing: reading every tool's version was a cache miss per cell).
    static func annotation(of cell: Cell, toolAt toolIndex: Int, of tools: [Tool]) -> String? {
        if cell.version == nil, !cell.disputed { return nil }
        return annotation(of: cell, toolVersion: tools[toolIndex].version)
    }

    /// ``annotation(of:in:)`` given the tool's version alone.
    static func annotation(of cell: Cell, toolVersion: String?) -> String? {
        if cell.version == nil, !cell.disputed { return nil }
        var parts: [String] = []
        if let version = cell.version, version != toolVersion { parts.append("in " + version) }
        if cell.disputed { parts.append("disputed") }
        return parts.isEmpty ? nil : "(" + parts.joined(separator: "; ") + ")"
    }

    /// A tool's name as headers show it: the name, and its version after a middle dot.
    static func toolLabel(_ tool: Tool) -> String {
        guard let version = tool.version else { return tool.name }
        return tool.name + " · " + version
    }

    /// `✅ Yes`, `◐ Partial`, `◇ Preview`, `❌ No`, or the word alone when plain.
    static func supportLabel(_ support: Support, plain: Bool) -> String {
        switch support {
        case .yes: plain ? "Yes" : "✅ Yes"
        case .partial: plain ? "Partial" : "◐ Partial"
        case .preview: plain ? "Preview" : "◇ Preview"
        case .no: plain ? "No" : "❌ No"
        }
    }

    /// A source's details after its title: author, event, dates, and the source it reports
    /// on: `Vojta Mareš, 2025-04-01, accessed 2025-04-02, reporting on: The Service Mesh Wars —
    /// Henrik Rexed, 2025-03-31`.
    func sourceDetails(_ source: Source) -> String? {
        var details = Self.ownDetails(source)
        if let accessed = source.accessed { details.append("accessed " + accessed.text) }
        var text = details.joined(separator: ", ")
        if let reportedID = source.reports, let reported = matrix.source(withID: reportedID) {
            let inner = Self.ownDetails(reported)
            text += (text.isEmpty ? "" : ", ") + "reporting on: " + reported.title + (inner.isEmpty ? "" : " — " + inner.joined(separator: ", "))
        }
        return text.isEmpty ? nil : text
    }

    private static func ownDetails(_ source: Source) -> [String] {
        [source.author, source.event, source.published?.text].compactMap { $0 }
    }

    /// The mark shown for *not assessed*.
    static let notAssessed = "—"

    /// How much of the matrix is known and how old its oldest claim is, as one sentence:
    /// "31 of 40 cells assessed; the oldest claim was verified on 2025-03-31." It says what
    /// ``Matrix/coverage`` and ``Matrix/oldestVerifiedDate`` say of a valid matrix, counted
    /// from the grid, which already knows where every cell is, instead of by looking each
    /// cell's id up again.
    var freshness: String {
        var assessed = 0
        var oldest = OldestClaim(asOf: matrix.asOf)
        for (toolIndex, tool) in matrix.tools.enumerated() {
            oldest.add(tool) { consider in
                for criterionIndex in matrix.criteria.indices {
                    let position = grid.position(criterionIndex, toolIndex)
                    guard position >= 0 else { continue }
                    assessed += 1
                    consider(tool.cellValues[position])
                }
            }
        }
        let coverage = Coverage(assessed: assessed, total: matrix.tools.count * matrix.criteria.count).sentence
        guard let date = oldest.date else { return coverage + "." }
        return coverage + "; the oldest claim was verified on " + date.text + "."
    }

    /// What goes between a note and the "Verified …" or "Source: …" after it: a space when
    /// the note ends a sentence (`.`, `!`, `?`, `…`, `:` or `;`, before any closing quotes or
    /// brackets), otherwise ` — `, so that "OpenTelemetry demo" never runs into "Source:".
    ///
    /// The rule is about characters (a combining mark makes `.` another character; a joiner
    /// after a space keeps it a space), but most notes end in plain ASCII, where a byte is a
    /// character as long as the byte before it is ASCII too; so the last bytes are read first,
    /// and only a note whose end is not plain ASCII is walked back character by character
    /// (which, with a set of closing characters made per call, was a fifth of a whole render of
    /// a matrix whose cells all have notes). A note whose last scalar is one of the letters or
    /// pictographs of ``endsWithoutJoining(_:)``, maybe followed by marks that join it
    /// (``isJoiningMark(_:)``), is decided from that scalar: walking back by characters costs
    /// thousands of instructions. Any other ending beyond ASCII is walked.
    static func separator(afterNote note: String) -> String {
        var note = note
        let ascii: Bool? = note.withUTF8 { bytes in
            var index = bytes.count - 1
            while index >= 0 {
                let byte = bytes[index]
                guard byte < 0x80, index == 0 || bytes[index - 1] < 0x80 else { return nil }
                switch byte {
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x09...0x0D, 0x20: index -= 1
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"): return true
                default: return false
                }
            }
            return false
        }
        if let ascii { return ascii ? " " : " — " }
        // The last scalar, or behind the marks that join it the one they join: a letter or
        // pictograph that joins nothing decides without a walk by characters.
        if let last = note.unicodeScalars.reversed().first(where: { !Self.isJoiningMark($0) }), Self.endsWithoutJoining(last) {
            return " — "
        }
        for character in note.reversed() {
            switch character {
            case ")", "]", "\"", "'", "”", "’", "»": continue
            case ".", "!", "?", "…", ":", ";": return " "
            default:
                if character.isWhitespace { continue }
                return " — "
            }
        }
        return " — "
    }

    /// Combining diacritical marks, variation selectors and skin-tone modifiers: marks that
    /// join the character before them (grapheme cluster break Extend), so that a character
    /// ending in one is decided by the scalar it joins.
    private static func isJoiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x300...0x36F, 0xFE0E...0xFE0F, 0x1F3FB...0x1F3FF: true
        default: false
        }
    }

    /// Whether the last character of a text that ends in `scalar` is certainly neither white
    /// space nor a sentence end or closing mark: true for the letters of Latin-1 and Latin
    /// Extended-A/B, the basic Cyrillic letters А–я, the Hebrew letters, the Arabic letters
    /// U+0621–U+064A, hiragana and katakana letters, CJK unified ideographs, Hangul syllables,
    /// and the common pictographs (skin-tone modifiers, which join, left out). None of these
    /// is one of those marks or canonically equivalent to one, none is white space, and none
    /// joins the character before it: their grapheme cluster break property (UAX #29) is
    /// Other, or LV and LVT for the syllables, and the pictographs are Extended_Pictographic,
    /// which joins only after a zero-width joiner. So the character that ends the
    /// text holds `scalar`, and it starts either at `scalar` or at a scalar that is not white
    /// space (a Prepend, a leading jamo, or a pictograph before a zero-width joiner); marks
    /// that join it (``isJoiningMark(_:)``) do not change that, nor make it equivalent to a
    /// mark.
    private static func endsWithoutJoining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: true  // Latin letters, × and ÷ left out
        case 0x410...0x44F: true  // Cyrillic
        case 0x5D0...0x5EA: true  // Hebrew
        case 0x621...0x63A, 0x641...0x64A: true  // Arabic
        case 0x3041...0x3096, 0x30A1...0x30FA: true  // hiragana, katakana
        case 0x4E00...0x9FFF: true  // CJK unified ideographs
        case 0xAC00...0xD7A3: true  // Hangul syllables
        case 0x1F300...0x1F3FA, 0x1F400...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF: true  // pictographs
        default: false
        }
    }

    /// A whole note as every format writes it: the note's own text (through `text`, the
    /// format's escaping), the separator, then ``appendVerifiedAndSources(of:links:positions:into:date:)``.
    func appendNote(
        _ footnote: Footnote, links: [ByteBuffer], positions: inout [Int], into output: inout ByteBuffer,
        text: (String, inout ByteBuffer) -> Void, date: (String, inout ByteBuffer) -> Void
    ) {
        if let note = footnote.note {
            text(note, &output)
            if !footnote.sources.isEmpty || footnote.verified != nil { output.append(Self.separator(afterNote: note)) }
        }
        appendVerifiedAndSources(of: footnote, links: links, positions: &positions, into: &output, date: date)
    }

    /// The end of a note in Markdown and HTML alike: "Verified 2025-04-01." and "Source: …." or
    /// "Sources: …; …." with each source's link already written; `date` writes the verified
    /// date as the format needs it.
    func appendVerifiedAndSources(
        of footnote: Footnote, links: [ByteBuffer], positions: inout [Int], into output: inout ByteBuffer,
        date: (String, inout ByteBuffer) -> Void
    ) {
        if let verified = footnote.verified {
            output.append("Verified ")
            date(verified.text, &output)
            output.append(".")
            if !footnote.sources.isEmpty { output.append(" ") }
        }
        sourcePositions(of: footnote, into: &positions)
        guard !positions.isEmpty else { return }
        output.append(positions.count == 1 ? "Source: " : "Sources: ")
        for (place, position) in positions.enumerated() {
            if place > 0 { output.append("; ") }
            output.append(links[position])
        }
        output.append(".")
    }

    /// The positions in the matrix's sources of a footnote's sources, in citation order,
    /// written into `positions` (which is emptied first, and reused so that no array is made
    /// per footnote).
    func sourcePositions(of footnote: Footnote, into positions: inout [Int]) {
        positions.removeAll(keepingCapacity: true)
        for id in footnote.sources {
            if let position = sourceIndex.position(of: id) { positions.append(position) }
        }
    }
}
