/// Checks a matrix against every rule of the `techmatrix/v2` spec that a model value can
/// break, whether it was built with the DSL or decoded from JSON.
struct Validator {
    private(set) var problems: [Problem] = []
    /// The matrix's source ids as a set, made on first use by ``isKnownSource(_:_:)``.
    private var knownSources: Set<String>?
    /// The addresses of the lists of source ids found to cite only known sources (see
    /// ``citesKnownSources(_:_:)``).
    private var knownLists = AddressSet()

    /// Every problem in `matrix`, in document order.
    static func problems(in matrix: Matrix) -> [Problem] {
        var validator = Validator()
        validator.check(matrix)
        return validator.problems
    }

    private mutating func report(_ path: JSONPath, _ reason: Problem.Reason) {
        problems.append(Problem(path, reason))
    }

    private mutating func check(_ matrix: Matrix) {
        let root = JSONPath()
        checkID(matrix.id, at: root.appending("id"))
        checkName(matrix.title, at: root.appending("title"))
        checkText(matrix.summary, at: root.appending(MatrixMember.summary))
        checkText(matrix.methodology, at: root.appending(MatrixMember.methodology))
        checkDate(matrix.asOf, at: root.appending(MatrixMember.asOf))
        if let days = matrix.staleAfterDays, !(1...3650).contains(days) {
            report(root.appending(MatrixMember.staleAfterDays), .invalidStaleAfterDays(String(days)))
        }

        let sourceIDs = matrix.sources.map(\.id)
        var seenSources = Set<String>()
        for (index, source) in matrix.sources.enumerated() {
            let path = root.appending("sources").appending(index)
            checkID(source.id, at: path.appending("id"), seen: &seenSources)
            checkName(source.title, at: path.appending("title"))
            checkText(source.author, at: path.appending("author"))
            checkText(source.event, at: path.appending("event"))
            checkURL(source.url, at: path.appending("url"))
            checkDate(source.published, at: path.appending(SourceMember.published))
            checkDate(source.accessed, at: path.appending(SourceMember.accessed))
            if let reported = source.reports {
                let reportsPath = path.appending(SourceMember.reports)
                if !sourceIDs.contains(reported) {
                    report(reportsPath, .unknownSource(reported, suggestion: Suggestion.closest(to: reported, in: sourceIDs)))
                } else if let cycle = Self.reportCycle(from: source, in: matrix.sources) {
                    report(reportsPath, .reportCycle(cycle))
                }
            }
        }

        if matrix.criteria.isEmpty { report(root.appending("criteria"), .emptyList) }
        var seenCriteria = Set<String>()
        var criterionNames = Set<String>()
        for (index, criterion) in matrix.criteria.enumerated() {
            let path = root.appending("criteria").appending(index)
            checkID(criterion.id, at: path.appending("id"), seen: &seenCriteria)
            checkName(criterion.name, at: path.appending("name"), seen: &criterionNames)
            checkText(criterion.group, at: path.appending("group"))
            checkText(criterion.description, at: path.appending("description"))
            switch criterion.kind {
            case .text, .support: break
            case .number(let unit, _): checkText(unit, at: path.appending("unit"))
            case .rating(let scale, _):
                if !(1...10).contains(scale) { report(path.appending("scale"), .invalidScale(String(scale))) }
            }
        }

        if matrix.tools.isEmpty { report(root.appending("tools"), .emptyList) }
        var criteriaByID: [String: Criterion] = [:]
        var firstIndex: [String: Int] = [:]
        var firstOccurrence: [Bool] = []
        let criterionIDs = matrix.criteria.map(\.id)
        let criterionKinds = matrix.criteria.map(\.kind)
        for (index, criterion) in matrix.criteria.enumerated() {
            firstOccurrence.append(criteriaByID[criterion.id] == nil)
            if criteriaByID[criterion.id] == nil {
                criteriaByID[criterion.id] = criterion
                firstIndex[criterion.id] = index
            }
        }
        // Each criterion's kind as one number for the cheap test of a cell: a rating's
        // highest value, or one of the negative codes.
        let kindCodes = criterionKinds.map { kind -> Int in
            switch kind {
            case .text: Self.textCode
            case .support: Self.supportCode
            case .number: Self.numberCode
            case .rating(let scale, _): max(0, scale)
            }
        }
        var positions = [Int32](repeating: -1, count: criterionIDs.count)
        var seenTools = Set<String>()
        var toolNames = Set<String>()
        for (index, tool) in matrix.tools.enumerated() {
            let path = root.appending("tools").appending(index)
            checkID(tool.id, at: path.appending("id"), seen: &seenTools)
            checkName(tool.name, at: path.appending("name"), seen: &toolNames)
            checkURL(tool.url, at: path.appending("url"))
            checkText(tool.summary, at: path.appending("summary"))
            checkVersion(tool.version, at: path.appending(ToolMember.version))
            checkDate(tool.verified, at: path.appending(ToolMember.verified))
            for criterionID in tool.declaration.repeatedCriteria {
                report(path.appending("values").appending(criterionID), .repeatedCell(criterion: criterionID))
            }
            // Cells in display order, then any cell for an undeclared criterion, by id.
            var declaredCells = 0
            tool.cellPositions(criterionIDs, byID: firstIndex, into: &positions, at: 0)
            tool.cellValues.withUnsafeBufferPointer { cells in
                for criterionIndex in criterionIDs.indices where firstOccurrence[criterionIndex] {
                    let position = Int(positions[criterionIndex])
                    guard position >= 0 else { continue }
                    declaredCells += 1
                    // Most cells pass the cheap test; the others get every check, with paths.
                    if isPlainlyValid(cells.baseAddress! + position, kindCode: kindCodes[criterionIndex], sourceIDs: sourceIDs) { continue }
                    let id = criterionIDs[criterionIndex]
                    checkCell(cells[position], id: id, kind: criterionKinds[criterionIndex], at: path.appending("values").appending(id), sourceIDs: sourceIDs)
                }
            }
            if declaredCells < tool.cellCount {
                for criterionID in tool.cellIDs.filter({ criteriaByID[$0] == nil }).sorted() {
                    report(path.appending("values").appending(criterionID), .unknownCriterion(criterionID, suggestion: Suggestion.closest(to: criterionID, in: matrix.criteria.map(\.id))))
                }
            }
            for (kind, remarks) in [("pros", tool.pros), ("cons", tool.cons)] {
                for (remarkIndex, remark) in remarks.enumerated() {
                    let remarkPath = path.appending(kind).appending(remarkIndex)
                    let textPath = remark.sources.isEmpty ? remarkPath : remarkPath.appending("text")
                    checkText(remark.text, at: textPath)
                    checkSources(remark.sources, at: remarkPath.appending("sources"), known: sourceIDs)
                }
            }
        }
        var seenProfiles = Set<String>()
        var profileNames = Set<String>()
        for (index, profile) in matrix.profiles.enumerated() {
            let path = root.appending(MatrixMember.profiles).appending(index)
            checkID(profile.id, at: path.appending(ProfileMember.id), seen: &seenProfiles)
            checkName(profile.name, at: path.appending(ProfileMember.name), seen: &profileNames)
            checkText(profile.description, at: path.appending(ProfileMember.description))
            if profile.requirements.isEmpty, profile.weights.isEmpty { report(path, .emptyProfile) }
            checkRequirements(profile.requirements, at: path.appending(ProfileMember.require), criteria: criteriaByID)
            checkWeights(profile.weights, at: path.appending(ProfileMember.weights), criteria: criteriaByID)
        }
        checkText(matrix.verdict, at: root.appending("verdict"))
    }

    private mutating func checkRequirements(_ requirements: [String: Profile.Requirement], at path: JSONPath, criteria: [String: Criterion]) {
        for id in requirements.keys.sorted() {
            let requirement = requirements[id]!
            guard let criterion = criteria[id] else {
                report(path.appending(id), .unknownCriterion(id, suggestion: Suggestion.closest(to: id, in: criteria.keys.sorted())))
                continue
            }
            let expected: String
            switch (criterion.kind, requirement) {
            case (.text, _):
                report(path.appending(id), .textCriterionInProfile(criterion: id, use: "required"))
                continue
            case (.support, .support(.yes)), (.support, .support(.partial)), (.number, .atMost), (.number, .atLeast):
                continue
            case (.rating(let scale, _), .minimum(let minimum)):
                if (0...scale).contains(minimum) { continue }
                expected = "a whole-number rating from 0 to \(scale)"
            case (.support, _): expected = "\"yes\" or \"partial\""
            case (.number, _): expected = "{\"atMost\": n} or {\"atLeast\": n}"
            case (.rating(let scale, _), _): expected = "a whole-number rating from 0 to \(scale)"
            }
            report(path.appending(id), .invalidRequirement(criterion: id, expected: expected, found: requirement.description))
        }
    }

    private mutating func checkWeights(_ weights: [String: Double], at path: JSONPath, criteria: [String: Criterion]) {
        for id in weights.keys.sorted() {
            guard let criterion = criteria[id] else {
                report(path.appending(id), .unknownCriterion(id, suggestion: Suggestion.closest(to: id, in: criteria.keys.sorted())))
                continue
            }
            if case .text = criterion.kind {
                report(path.appending(id), .textCriterionInProfile(criterion: id, use: "weighted"))
            } else if let weight = weights[id], !(weight.isFinite && (0...10).contains(weight)) {
                report(path.appending(id), .invalidWeight(NumberFormatting.json(weight)))
            }
        }
    }

    /// The chain from `source` back to itself through `reports`, if there is one.
    static func reportCycle(from source: Source, in sources: [Source]) -> [String]? {
        var chain = [source.id]
        var current = source
        while let next = current.reports {
            chain.append(next)
            if next == source.id { return chain }
            guard chain.count <= sources.count + 1, let reported = sources.first(where: { $0.id == next }) else { return nil }
            if chain.dropLast().contains(next) { return nil }  // a cycle that does not pass through `source`
            current = reported
        }
        return nil
    }

    private mutating func checkVersion(_ version: String?, at path: @autoclosure () -> JSONPath) {
        guard let version else { return }
        if TextRules.isBlank(version) { report(path(), .blankText); return }
        if version.unicodeScalars.count > 64 || version.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" }) {
            report(path(), .invalidVersion(version))
            return
        }
        checkText(version, at: path())
    }

    private mutating func checkCell(_ cell: Cell, id: String, kind: Criterion.Kind, at path: @autoclosure () -> JSONPath, sourceIDs: [String]) {
        func valuePath() -> JSONPath { cell.isBare ? path() : path().appending(CellMember.value) }
        // One switch on the value, then the kind, so that neither enum is copied.
        var fits = true
        switch cell.value {
        case .text(let text):
            if case .text = kind { checkText(text, at: valuePath()) } else { fits = false }
        case .support:
            if case .support = kind {} else { fits = false }
        case .number(let number):
            if case .number = kind {
                if !number.isFinite { report(valuePath(), .nonFiniteNumber(String(number))) }
            } else {
                fits = false
            }
        case .rating(let rating):
            if case .rating(let scale, _) = kind {
                if !(0...max(0, scale)).contains(rating) {
                    report(valuePath(), .ratingOutOfRange(criterion: id, found: String(rating), scale: scale))
                }
            } else {
                fits = false
            }
        }
        if !fits {
            report(valuePath(), .valueMismatch(criterion: id, expected: Self.expectation(for: kind), found: Self.describe(cell.value)))
        }
        if let note = cell.note { checkText(note, at: path().appending(CellMember.note)) }
        if !cell.sources.isEmpty { checkSources(cell.sources, at: path().appending(CellMember.sources), known: sourceIDs) }
        // Everything below is about the members most cells leave out.
        guard cell.hasDetails else { return }
        checkVersion(cell.version, at: path().appending(CellMember.version))
        checkDate(cell.verified, at: path().appending(CellMember.verified))
        if case .number(let value) = cell.value, case .number = kind {
            if let maximum = cell.maximum {
                if !maximum.isFinite {
                    report(path().appending(CellMember.max), .nonFiniteNumber(String(maximum)))
                } else if value.isFinite, !(maximum > value) {
                    report(path().appending(CellMember.max), .rangeNotAboveValue(max: NumberFormatting.json(maximum), value: NumberFormatting.json(value)))
                }
                if let qualifier = cell.qualifier, qualifier != .about {
                    report(path().appending(CellMember.max), .rangeWithBound(qualifier: qualifier.rawValue))
                }
            }
        } else {
            if cell.qualifier != nil { report(path().appending(CellMember.qualifier), .memberNotAllowed(CellMember.qualifier.rawValue, kind: kind.name)) }
            if cell.maximum != nil { report(path().appending(CellMember.max), .memberNotAllowed(CellMember.max.rawValue, kind: kind.name)) }
        }
        if cell.disputed {
            if cell.note == nil || TextRules.isBlank(cell.note!) { report(path().appending(CellMember.disputed), .disputedWithoutNote) }
            if cell.sources.count < 2 { report(path().appending(CellMember.disputed), .disputedWithTooFewSources(cell.sources.count)) }
        }
    }

    /// The codes of ``kindCodes`` for the kinds without a scale.
    private static let textCode = -1, supportCode = -2, numberCode = -3

    /// Whether `cell` certainly breaks no rule, by cheap tests that read it in place: a value
    /// that fits its criterion's kind (`kindCode`), text and note with no byte that could
    /// start a forbidden scalar, known sources, none of the seldom-used members. `false`
    /// means only that ``checkCell(_:id:kind:at:sourceIDs:)`` must look.
    private mutating func isPlainlyValid(_ cell: UnsafePointer<Cell>, kindCode: Int, sourceIDs: [String]) -> Bool {
        if cell.pointee.hasDetails, !Self.hasPlainlyValidDetails(cell, kindCode: kindCode) { return false }
        switch cell.pointee.value {
        case .text(let text):
            guard kindCode == Self.textCode, !Self.mayHoldForbidden(text) else { return false }
        case .support:
            guard kindCode == Self.supportCode else { return false }
        case .number(let number):
            guard kindCode == Self.numberCode, number.isFinite else { return false }
        case .rating(let rating):
            guard kindCode >= 0, rating >= 0, rating <= kindCode else { return false }
        }
        if let note = cell.pointee.note, Self.mayHoldForbidden(note) { return false }
        return cell.pointee.sources.isEmpty || citesKnownSources(cell.pointee.sources, sourceIDs)
    }

    /// Whether the seldom-used members of `cell` certainly break no rule, by the cheap tests:
    /// a version of at most 64 printable ASCII characters, not all spaces; a valid verified
    /// date; a qualifier or range only on a number cell of a number criterion, a range above
    /// a finite value and with no bound; a disputed cell with a note that has a printable
    /// ASCII character and at least two sources. Anything else is left to
    /// ``checkCell(_:id:kind:at:sourceIDs:)``.
    private static func hasPlainlyValidDetails(_ cell: UnsafePointer<Cell>, kindCode: Int) -> Bool {
        if let version = cell.pointee.version {
            let plain = version.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.count <= 64 && bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && bytes.contains { $0 != 0x20 }
            }
            guard plain == true else { return false }
        }
        if let verified = cell.pointee.verified, !verified.isValid { return false }
        if case .number(let value) = cell.pointee.value, kindCode == numberCode {
            if let maximum = cell.pointee.maximum {
                guard maximum.isFinite, value.isFinite, maximum > value else { return false }
                if let qualifier = cell.pointee.qualifier, qualifier != .about { return false }
            }
        } else if cell.pointee.qualifier != nil || cell.pointee.maximum != nil {
            return false
        }
        if cell.pointee.disputed {
            guard cell.pointee.sources.count >= 2, let note = cell.pointee.note else { return false }
            let printable = note.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 > 0x20 && $0 < 0x7F } }
            guard printable == true else { return false }
        }
        return true
    }

    /// ``TextRules/mayHoldForbidden(_:)`` on a text's bytes; `true` when they are not at hand.
    private static func mayHoldForbidden(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(TextRules.mayHoldForbidden) ?? true
    }

    /// Whether every id of `ids` is a known source. Cells share their lists of source ids
    /// (the fast reader reads each distinct list once), so a list found good is remembered by
    /// the address of its storage, which no other list has while the matrix is being checked.
    private mutating func citesKnownSources(_ ids: [String], _ known: [String]) -> Bool {
        let address = ids.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        if knownLists.contains(address) { return true }
        for id in ids where !isKnownSource(id, known) { return false }
        knownLists.insert(address)
        return true
    }

    private mutating func checkSources(_ ids: [String], at path: @autoclosure () -> JSONPath, known: [String]) {
        if citesKnownSources(ids, known) { return }
        for (index, id) in ids.enumerated() where !isKnownSource(id, known) {
            report(path().appending(index), .unknownSource(id, suggestion: Suggestion.closest(to: id, in: known)))
        }
    }

    /// Whether `id` is one of the matrix's sources: by the set made once when there are many.
    private mutating func isKnownSource(_ id: String, _ known: [String]) -> Bool {
        guard known.count > 8 else { return known.contains(id) }
        if knownSources == nil { knownSources = Set(known) }
        return knownSources!.contains(id)
    }

    private mutating func checkID(_ id: String, at path: @autoclosure () -> JSONPath) {
        if !Slug.isValid(id) { report(path(), .invalidID(id)) }
    }

    private mutating func checkID(_ id: String, at path: @autoclosure () -> JSONPath, seen: inout Set<String>) {
        checkID(id, at: path())
        if !seen.insert(id).inserted { report(path(), .repeatedID(id)) }
    }

    private mutating func checkName(_ name: String, at path: @autoclosure () -> JSONPath) {
        if TextRules.isBlank(name) { report(path(), .blankText) } else { checkText(name, at: path()) }
    }

    private mutating func checkName(_ name: String, at path: @autoclosure () -> JSONPath, seen: inout Set<String>) {
        checkName(name, at: path())
        // Swift's String equality and hashing follow Unicode canonical equivalence.
        if !TextRules.isBlank(name), !seen.insert(name).inserted { report(path(), .repeatedName(name)) }
    }

    private mutating func checkText(_ text: String?, at path: @autoclosure () -> JSONPath) {
        guard let text else { return }
        checkText(text, at: path())
    }

    private mutating func checkText(_ text: String, at path: @autoclosure () -> JSONPath) {
        guard let (scalar, offset) = TextRules.firstForbidden(in: text) else { return }
        report(path(), .forbiddenCharacter(scalar, offset: offset))
    }

    private mutating func checkDate(_ date: CalendarDate?, at path: @autoclosure () -> JSONPath) {
        guard let date else { return }
        if !date.isValid { report(path(), .invalidDate(date.text)) }
    }

    private mutating func checkURL(_ url: String?, at path: @autoclosure () -> JSONPath) {
        guard let url else { return }
        if !TextRules.isWebURL(url) { report(path(), .invalidURL(url)) }
    }

    /// What a criterion's cells must hold, as the messages say it.
    static func expectation(for kind: Criterion.Kind, in version: FormatVersion = .current) -> String {
        switch kind {
        case .text: "a string"
        case .support: version >= .v2 ? "\"yes\", \"partial\", \"preview\" or \"no\"" : "\"yes\", \"partial\" or \"no\""
        case .number: "a number"
        case .rating(let scale, _): "a whole number from 0 to \(scale)"
        }
    }

    /// A model value as the messages show it.
    static func describe(_ value: Cell.Value) -> String { value.phrase }
}

extension Matrix {
    /// Every problem that keeps this matrix from being a valid `techmatrix/v2` document, in
    /// document order; empty when the matrix is valid.
    ///
    /// ```swift
    /// for problem in ServiceMeshes.matrix.problems() { print(problem) }
    /// ```
    public func problems() -> [Problem] { Validator.problems(in: self) }

    /// Returns the matrix unchanged when it is valid.
    /// - Throws: ``ValidationError`` listing every problem found.
    public func validated() throws(ValidationError) -> Matrix {
        let problems = problems()
        if !problems.isEmpty { throw ValidationError(problems: problems) }
        return self
    }
}

/// A set of addresses (never 0) by open addressing: cheaper than `Set<UInt>`, whose hashing
/// is built to resist chosen keys, which addresses of the program's own storage are not.
private struct AddressSet {
    private var slots = [UInt](repeating: 0, count: 64)
    private var count = 0

    func contains(_ address: UInt) -> Bool {
        guard address != 0 else { return false }
        let mask = slots.count - 1
        var slot = Self.start(address, mask)
        while slots[slot] != 0 {
            if slots[slot] == address { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    mutating func insert(_ address: UInt) {
        guard address != 0, !contains(address) else { return }
        if (count + 1) * 2 > slots.count {
            let old = slots
            slots = [UInt](repeating: 0, count: old.count * 2)
            count = 0
            for kept in old where kept != 0 { insert(kept) }
        }
        let mask = slots.count - 1
        var slot = Self.start(address, mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = address
        count += 1
    }

    /// The first slot to probe: Fibonacci hashing, whose high bits mix every bit of the address.
    private static func start(_ address: UInt, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (address &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
