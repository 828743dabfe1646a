/// Audits matrices: what is stale, missing, unsourced or disputed, and how much is known.
///
/// The result depends only on the matrix and the auditor's ``today``: never on the clock.
///
/// ```swift
/// let report = MatrixAuditor(today: "2026-12-01").audit(matrix)
/// print(report.text())
/// ```
struct MatrixAuditor: Sendable {
    /// The day staleness is counted back from.
    var today: CalendarDate
    /// The threshold for matrices without `staleAfterDays`; `nil` uses ``Matrix/defaultStaleAfterDays``.
    var maximumAge: Int?

    /// Creates an auditor.
    /// - Parameters:
    ///   - today: The day staleness is counted back from; must be a valid date.
    ///   - maximumAge: Days after which a claim is stale, for matrices that do not say.
    init(today: CalendarDate, maximumAge: Int? = nil) {
        self.today = today
        self.maximumAge = maximumAge
    }

    /// The audit of a matrix that has passed validation.
    func audit(_ matrix: Matrix) -> AuditReport {
        let (threshold, origin): (Int, AuditReport.ThresholdOrigin) =
            if let days = matrix.staleAfterDays { (days, .matrix) } else if let maximumAge { (maximumAge, .option) } else {
                (Matrix.defaultStaleAfterDays, .default)
            }
        var audit = Audit(matrix: matrix, today: today, threshold: threshold)
        audit.run()
        let findings = audit.findings.enumerated().sorted {
            $0.element.severity != $1.element.severity ? $0.element.severity < $1.element.severity : $0.offset < $1.offset
        }.map(\.element)
        return AuditReport(
            matrixID: matrix.id, title: matrix.title, today: today, asOf: matrix.asOf, staleAfterDays: threshold,
            thresholdOrigin: origin, coverage: matrix.coverage,
            toolCoverage: matrix.tools.map { tool in
                .init(id: tool.id, name: tool.name, coverage: Coverage(assessed: matrix.criteria.count { tool[$0] != nil }, total: matrix.criteria.count))
            },
            criterionCoverage: matrix.criteria.map { criterion in
                .init(id: criterion.id, name: criterion.name, coverage: Coverage(assessed: matrix.tools.count { $0[criterion] != nil }, total: matrix.tools.count))
            },
            oldestVerified: matrix.oldestVerifiedDate, findings: findings)
    }
}

/// One run of the rules over one matrix, collecting findings in document order.
private struct Audit {
    let matrix: Matrix
    let today: CalendarDate
    let threshold: Int
    var findings: [AuditFinding] = []

    init(matrix: Matrix, today: CalendarDate, threshold: Int) {
        self.matrix = matrix
        self.today = today
        self.threshold = threshold
    }

    private var root: JSONPath { JSONPath() }

    /// How many days before ``today`` a date is; `nil` for an invalid date.
    private func age(_ date: CalendarDate) -> Int? {
        guard let day = date.dayNumber, let now = today.dayNumber else { return nil }
        return now - day
    }

    private func isLater(_ date: CalendarDate?, than asOf: CalendarDate?) -> Bool {
        guard let date, let asOf, let day = date.dayNumber, let limit = asOf.dayNumber else { return false }
        return day > limit
    }

    private func sourceName(_ id: String) -> String {
        matrix.source(withID: id).map { "\"\($0.title)\"" } ?? "\"\(id)\""
    }

    mutating func run() {
        sourceDates()
        for (index, tool) in matrix.tools.enumerated() { audit(tool, at: root.appending("tools").appending(index)) }
        sources()
        profiles()
    }

    // MARK: Sources

    private mutating func sourceDates() {
        for (index, source) in matrix.sources.enumerated() {
            let path = root.appending("sources").appending(index)
            for (member, date) in [("published", source.published), ("accessed", source.accessed)] where isLater(date, than: matrix.asOf) {
                findings.append(
                    .init(
                        .dateAfterAsOf, at: path.appending(member),
                        "Source \"\(source.title)\": \(member) \(date!.text) is later than the matrix's asOf \(matrix.asOf!.text)"))
            }
        }
    }

    /// Sources cited by a claim, and those they report on, transitively.
    private var usedSources: Set<String> {
        var used = Set<String>()
        var pending: [String] = []
        for tool in matrix.tools {
            for criterion in matrix.criteria { pending += tool[criterion]?.sources ?? [] }
            for remark in tool.pros + tool.cons { pending += remark.sources }
        }
        while let id = pending.popLast() {
            guard used.insert(id).inserted else { continue }
            if let reported = matrix.source(withID: id)?.reports { pending.append(reported) }
        }
        return used
    }

    private mutating func sources() {
        let used = usedSources
        for (index, source) in matrix.sources.enumerated() {
            let path = root.appending("sources").appending(index)
            let name = "Source \"\(source.title)\""
            if !used.contains(source.id) {
                findings.append(.init(.uncitedSource, at: path, "\(name) is cited by no cell, pro or con, and no cited source reports on it"))
            }
            if source.url == nil && source.event == nil {
                findings.append(.init(.sourceWithoutLocation, at: path, "\(name) has neither a URL nor an event, so a reader cannot find it"))
            }
            if source.url != nil && source.accessed == nil {
                findings.append(.init(.webSourceWithoutAccessed, at: path.appending("url"), "\(name) has a URL but no accessed date"))
            }
            if used.contains(source.id), let published = source.published, let age = age(published), age > threshold {
                findings.append(
                    .init(
                        .oldSource, at: path.appending("published"),
                        "\(name) was published \(published.text), \(age) days before \(today.text) (threshold \(threshold) days): its evidence may be out of date"))
            }
        }
    }

    // MARK: Tools and their claims

    private mutating func audit(_ tool: Tool, at path: JSONPath) {
        let name = "Tool \"\(tool.name)\""
        if isLater(tool.verified, than: matrix.asOf) {
            findings.append(
                .init(.dateAfterAsOf, at: path.appending("verified"), "\(name): verified \(tool.verified!.text) is later than the matrix's asOf \(matrix.asOf!.text)"))
        }
        if tool.version == nil {
            findings.append(.init(.toolWithoutVersion, at: path, "\(name) does not say which release its cells describe"))
        }
        // Claims that take their verified date from the tool or from asOf, counted for one finding.
        var inheriting = tool.pros.count + tool.cons.count
        var secondHand: [String] = []
        for criterion in matrix.criteria {
            guard let cell = tool[criterion] else { continue }
            let cellPath = path.appending("values").appending(criterion.id)
            let claim = "\(name), \"\(criterion.name)\""
            if cell.sources.isEmpty {
                findings.append(.init(.unsourcedCell, at: cellPath, "\(claim): an assessed cell cites no source"))
            } else if isSecondHand(cell.sources) {
                secondHand.append("\"\(criterion.name)\"")
            }
            if cell.disputed {
                findings.append(
                    .init(.disputedCell, at: cellPath.appending("disputed"), "\(claim): disputed between \(cell.sources.map(sourceName).joined(separator: ", "))"))
            }
            if let verified = cell.verified {
                if isLater(verified, than: matrix.asOf) {
                    findings.append(
                        .init(.dateAfterAsOf, at: cellPath.appending("verified"), "\(claim): verified \(verified.text) is later than the matrix's asOf \(matrix.asOf!.text)"))
                }
                if let age = age(verified), age > threshold {
                    findings.append(.init(.staleClaim, at: cellPath.appending("verified"), "\(claim): verified \(verified.text), \(staleness(age))"))
                }
            } else {
                inheriting += 1
            }
        }
        for (list, remarks) in [("pros", tool.pros), ("cons", tool.cons)] {
            for (index, remark) in remarks.enumerated() {
                if remark.sources.isEmpty {
                    let word = list == "pros" ? "pro" : "con"
                    findings.append(.init(.unsourcedRemark, at: path.appending(list).appending(index), "\(name): the \(word) \"\(remark.text)\" cites no source"))
                } else if isSecondHand(remark.sources) {
                    secondHand.append(list == "pros" ? "a pro" : "a con")
                }
            }
        }
        if !secondHand.isEmpty {
            findings.append(
                .init(
                    .secondHandClaim, at: path,
                    "\(name): \(count(secondHand.count, "claim")) \(secondHand.count == 1 ? "rests" : "rest") only on sources that report on other sources (\(summarised(secondHand)))"))
        }
        guard inheriting > 0 else { return }
        if let verified = tool.verified {
            if let age = age(verified), age > threshold {
                findings.append(
                    .init(.staleClaim, at: path.appending("verified"), "\(name): \(count(inheriting, "claim")) verified \(verified.text) (the tool's date), \(staleness(age))"))
            }
        } else if let asOf = matrix.asOf {
            if let age = age(asOf), age > threshold {
                findings.append(
                    .init(.staleClaim, at: path, "\(name): \(count(inheriting, "claim")) dated by the matrix's asOf \(asOf.text), \(staleness(age))"))
            }
        } else {
            findings.append(.init(.unverifiedClaim, at: path, "\(name): \(count(inheriting, "claim")) with no verified date (no cell, tool or asOf date)"))
        }
    }

    /// Whether every source cited reports on another one.
    private func isSecondHand(_ ids: [String]) -> Bool {
        ids.allSatisfy { matrix.source(withID: $0)?.reports != nil }
    }

    private func staleness(_ age: Int) -> String {
        "\(age) days before \(today.text), older than \(threshold) days"
    }

    private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// At most five items, then how many more.
    private func summarised(_ items: [String]) -> String {
        items.count <= 5 ? items.joined(separator: ", ") : items.prefix(5).joined(separator: ", ") + " and \(items.count - 5) more"
    }

    // MARK: Profiles

    private mutating func profiles() {
        for (index, profile) in matrix.profiles.enumerated() {
            let path = root.appending("profiles").appending(index).appending("require")
            for criterion in matrix.criteria where profile.requirements[criterion.id] != nil {
                let unknown = matrix.tools.count { $0[criterion] == nil }
                if unknown * 2 > matrix.tools.count {
                    findings.append(
                        .init(
                            .unjudgeableRequirement, at: path.appending(criterion.id),
                            "Profile \"\(profile.name)\" requires \"\(criterion.name)\", but \(unknown) of \(matrix.tools.count) tools are not assessed on it and can only be listed as unknown"))
                }
            }
        }
    }
}
