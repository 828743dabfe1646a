extension TechMatrixCommand {
    /// `audit`: coverage, staleness and evidence findings for built-in matrices or one document.
    func audit(_ arguments: ParsedArguments) throws(CommandError) {
        var today = environment.today()
        if let text = arguments.values["today"] {
            today = CalendarDate(text)
            guard today.isValid else { throw .usage("--today takes a real date written YYYY-MM-DD, got '\(text)'", command: "audit") }
        }
        var maximumAge: Int?
        if let text = arguments.values["max-age"] {
            guard let days = Int(text), (1...3650).contains(days) else {
                throw .usage("--max-age takes a whole number of days from 1 to 3650, got '\(text)'", command: "audit")
            }
            maximumAge = days
        }
        let format = arguments.values["format"] ?? "text"
        guard ["text", "md", "json"].contains(format) else {
            let suggestion = Suggestion.closest(to: format, in: ["text", "md", "json"])
            throw .usage("unknown audit format '\(format)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + " (text, md or json)", command: "audit")
        }
        var failOn: AuditFinding.Severity?
        if arguments.switches.contains("strict") { failOn = .warning }
        if let text = arguments.values["fail-on"] {
            guard failOn == nil else { throw .usage("give either --strict or --fail-on, not both", command: "audit") }
            guard let severity = AuditFinding.Severity(rawValue: text), severity != .info else {
                throw .usage("--fail-on takes error or warning, got '\(text)'", command: "audit")
            }
            failOn = severity
        }

        let matrices: [Matrix]
        if let input = arguments.values["input"] {
            if !arguments.positionals.isEmpty { throw .usage("give either matrix ids or --input, not both", command: "audit") }
            matrices = [try InputReader(environment: environment).matrix(from: input)]
        } else {
            matrices = try selectBuiltins(arguments.positionals, command: "audit")
            try validateAll(matrices)
        }
        let auditor = MatrixAuditor(today: today, maximumAge: maximumAge)
        let listing = AuditListing(matrices.map(auditor.audit))
        switch format {
        case "md": environment.writeOutput(listing.markdown())
        case "json": environment.writeOutput(listing.json())
        default: environment.writeOutput(Array(listing.text().utf8))
        }
        if let failOn, listing.reports.contains(where: { report in report.findings.contains { $0.severity <= failOn } }) {
            throw .difference
        }
    }
}
