/// The audit reports of one run, written as a terminal listing, Markdown for a pull-request
/// comment, or JSON in the documented shape of `schema/techmatrix-audit.schema.json`.
struct AuditListing: Sendable {
    /// The format of the JSON report, its first member.
    static let jsonFormat = "techmatrix-audit/v1"

    /// The reports, one per matrix, in order.
    var reports: [AuditReport]

    /// Creates a listing of `reports`.
    init(_ reports: [AuditReport]) { self.reports = reports }

    // MARK: Text

    /// A plain listing for a terminal: per matrix its coverage, age and every finding, one
    /// line each.
    func text() -> String {
        var lines: [String] = []
        for (index, report) in reports.enumerated() {
            if index > 0 { lines.append("") }
            lines.append("\(report.matrixID): \(oneLine(report.title))")
            for line in overview(report) { lines.append("  " + line) }
            for finding in report.findings {
                lines.append("  \(finding.severity.rawValue): \(finding.kind.rawValue) at \(finding.path): \(oneLine(finding.message))")
            }
        }
        lines.append("")
        lines.append(totals)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "2 errors, 1 warning, 4 info in 6 matrices".
    private var totals: String {
        counts { severity in reports.reduce(0) { $0 + $1.count(severity) } } + " in \(reports.count) matri\(reports.count == 1 ? "x" : "ces")"
    }

    /// "2 errors, 1 warning, 4 info", with the number of each severity from `number`.
    private func counts(_ number: (AuditFinding.Severity) -> Int) -> String {
        AuditFinding.Severity.allCases.map { severity in
            let count = number(severity)
            return severity == .info ? "\(count) info" : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }

    /// Coverage, emptiest rows and columns, dates and the threshold, as short lines.
    private func overview(_ report: AuditReport) -> [String] {
        var lines = ["coverage: \(report.coverage.sentence) (\(report.coverage.percent) %)"]
        let tools = AuditReport.emptiest(report.toolCoverage)
        if !tools.isEmpty { lines.append("emptiest tools: " + tools.map(describe).joined(separator: "; ")) }
        let criteria = AuditReport.emptiest(report.criterionCoverage)
        if !criteria.isEmpty { lines.append("emptiest criteria: " + criteria.map(describe).joined(separator: "; ")) }
        lines.append("as of: \(report.asOf?.text ?? "not given"); oldest verified claim: \(report.oldestVerified?.text ?? "none")")
        lines.append("stale after: \(report.staleAfterDays) days (\(origin(report))), counted back from \(report.today.text)")
        lines.append("findings: " + counts(report.count))
        return lines
    }

    private func describe(_ row: AuditReport.CoverageRow) -> String {
        "\(oneLine(row.name)) \(row.coverage.assessed) of \(row.coverage.total)"
    }

    private func origin(_ report: AuditReport) -> String {
        switch report.thresholdOrigin {
        case .matrix: "the matrix's staleAfterDays"
        case .option: "--max-age"
        case .default: "the default"
        }
    }

    /// Names and messages on one line: line breaks in user text become spaces.
    private func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    // MARK: Markdown

    /// Markdown for a pull-request comment: per matrix a heading, the overview and a table of
    /// findings; user text is escaped so that it shows exactly as written.
    func markdown() -> [UInt8] {
        var output = ByteBuffer()
        output.append("## TechMatrix audit\n\n")
        output.append(totals)
        output.append(".\n")
        for report in reports {
            output.append("\n### ")
            MarkdownEscaping.heading(report.title, into: &output)
            output.append(" (`\(report.matrixID)`)\n\n")
            for line in overview(report) {
                output.append("- ")
                MarkdownEscaping.inline(line, into: &output)
                output.append("\n")
            }
            guard !report.findings.isEmpty else {
                output.append("\nNo findings.\n")
                continue
            }
            output.append("\n| Severity | Kind | Where | Finding |\n| --- | --- | --- | --- |\n")
            for finding in report.findings {
                output.append("| \(finding.severity.rawValue) | `\(finding.kind.rawValue)` | `\(finding.path)` | ")
                MarkdownEscaping.tableCell(finding.message, into: &output)
                output.append(" |\n")
            }
        }
        return output.takeBytes()
    }

    // MARK: JSON

    /// The JSON report: canonical, so the same input and day give the same bytes.
    func json() -> [UInt8] {
        func member(_ key: String, _ value: JSONValue) -> JSONMember { JSONMember(key: key, value: value) }
        func date(_ date: CalendarDate?) -> JSONValue { date.map { .string($0.text) } ?? .null }
        func coverage(_ coverage: Coverage) -> [JSONMember] {
            [member("assessed", .number(Double(coverage.assessed))), member("total", .number(Double(coverage.total)))]
        }
        func rows(_ rows: [AuditReport.CoverageRow]) -> JSONValue {
            .array(rows.map { .object([member("id", .string($0.id)), member("name", .string($0.name))] + coverage($0.coverage)) })
        }
        let matrices: [JSONValue] = reports.map { report in
            .object([
                member("id", .string(report.matrixID)),
                member("title", .string(report.title)),
                member("asOf", date(report.asOf)),
                member("today", .string(report.today.text)),
                member("staleAfterDays", .number(Double(report.staleAfterDays))),
                member("staleAfterDaysFrom", .string(report.thresholdOrigin.rawValue)),
                member("oldestVerified", date(report.oldestVerified)),
                member(
                    "coverage",
                    .object(coverage(report.coverage) + [member("tools", rows(report.toolCoverage)), member("criteria", rows(report.criterionCoverage))])),
                member("counts", .object(AuditFinding.Severity.allCases.map { member($0.rawValue, .number(Double(report.count($0)))) })),
                member(
                    "findings",
                    .array(
                        report.findings.map {
                            .object([
                                member("kind", .string($0.kind.rawValue)), member("severity", .string($0.severity.rawValue)),
                                member("path", .string($0.path.description)), member("message", .string($0.message)),
                            ])
                        })),
            ])
        }
        var output = ByteBuffer()
        CanonicalJSON.write(.object([member("format", .string(Self.jsonFormat)), member("matrices", .array(matrices))]), into: &output)
        return output.takeBytes()
    }
}
