import Foundation
import Testing

@testable import TechMatrix

/// `techmatrix audit`: one test per finding kind on a small document, each asserting the exact
/// findings (kind, severity, path, message); golden reports of matrices that trigger every kind;
/// and the command's options and exit statuses.
@Suite("Audit: every finding kind, the reports, the command")
struct AuditTests {
    /// A clean v2 document: on 2025-06-01 it has no finding at all.
    static let clean = #"""
        {
          "format": "techmatrix/v2",
          "id": "meshes",
          "title": "Meshes",
          "asOf": "2025-04-01",
          "staleAfterDays": 365,
          "sources": [
            { "id": "talk", "title": "The Talk", "event": "Conf 2025", "published": "2025-03-31" },
            { "id": "docs", "title": "Retries page", "url": "https://example.org/docs/retries", "accessed": "2025-04-01" }
          ],
          "criteria": [
            { "id": "latency", "name": "Added latency", "kind": "number", "unit": "ms", "better": "lower" },
            { "id": "retries", "name": "Retries", "kind": "support" }
          ],
          "tools": [
            { "id": "istio", "name": "Istio", "version": "1.25", "verified": "2025-04-01",
              "values": { "latency": { "value": 15, "sources": ["talk"] }, "retries": { "value": "yes", "sources": ["docs"] } },
              "pros": [ { "text": "Rich", "sources": ["docs"] } ] },
            { "id": "linkerd", "name": "Linkerd", "version": "2.18",
              "values": { "latency": { "value": 5, "sources": ["talk"] }, "retries": { "value": "yes", "sources": ["docs"] } } }
          ]
        }
        """#

    /// The clean document with exact pieces replaced; records an issue when a piece is missing.
    static func document(_ replacements: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) -> String {
        var text = clean
        for (old, new) in replacements {
            #expect(text.contains(old), "the clean document does not contain \(old)", sourceLocation: sourceLocation)
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// The findings for a document, as (kind, severity, path, message).
    static func findings(_ text: String, today: CalendarDate = "2025-06-01", maximumAge: Int? = nil) throws -> [[String]] {
        let matrix = try MatrixDecoder().decode(text)
        return MatrixAuditor(today: today, maximumAge: maximumAge).audit(matrix).findings.map {
            [$0.kind.rawValue, $0.severity.rawValue, $0.path.description, $0.message]
        }
    }

    @Test("A clean document has no finding, full coverage and its oldest date")
    func clean() throws {
        #expect(try Self.findings(Self.clean) == [])
        let report = MatrixAuditor(today: "2025-06-01").audit(try MatrixDecoder().decode(Self.clean))
        #expect(report.coverage == Coverage(assessed: 4, total: 4))
        #expect(report.oldestVerified == "2025-04-01")
        #expect(report.staleAfterDays == 365 && report.thresholdOrigin == .matrix)
    }

    @Test("date-after-as-of: a verified, published or accessed date later than asOf is an error")
    func dateAfterAsOf() throws {
        let text = Self.document([
            (#""verified": "2025-04-01""#, #""verified": "2025-05-01""#),
            (#""published": "2025-03-31""#, #""published": "2025-04-02""#),
            (#""latency": { "value": 5, "sources": ["talk"] }"#, #""latency": { "value": 5, "sources": ["talk"], "verified": "2025-04-03" }"#),
        ])
        #expect(
            try Self.findings(text) == [
                ["date-after-as-of", "error", "sources[0].published", #"Source "The Talk": published 2025-04-02 is later than the matrix's asOf 2025-04-01"#],
                ["date-after-as-of", "error", "tools[0].verified", #"Tool "Istio": verified 2025-05-01 is later than the matrix's asOf 2025-04-01"#],
                ["date-after-as-of", "error", "tools[1].values.latency.verified", #"Tool "Linkerd", "Added latency": verified 2025-04-03 is later than the matrix's asOf 2025-04-01"#],
            ])
    }

    @Test("unsourced-cell: an assessed cell without a source is an error")
    func unsourcedCell() throws {
        let text = Self.document([(#""retries": { "value": "yes", "sources": ["docs"] } } }"#, #""retries": "yes" } }"#)])
        #expect(try Self.findings(text) == [["unsourced-cell", "error", "tools[1].values.retries", #"Tool "Linkerd", "Retries": an assessed cell cites no source"#]])
    }

    @Test("unsourced-remark: a pro or con without a source is an error")
    func unsourcedRemark() throws {
        let text = Self.document([(#""pros": [ { "text": "Rich", "sources": ["docs"] } ]"#, #""pros": [ { "text": "Rich", "sources": ["docs"] } ], "cons": ["Heavy"]"#)])
        #expect(try Self.findings(text) == [["unsourced-remark", "error", "tools[0].cons[0]", #"Tool "Istio": the con "Heavy" cites no source"#]])
    }

    @Test("stale-claim: a cell's, a tool's and the matrix's date past the threshold, counted back from today")
    func staleClaim() throws {
        let text = Self.document([(#""retries": { "value": "yes", "sources": ["docs"] } },"#, #""retries": { "value": "yes", "sources": ["docs"], "verified": "2024-05-01" } },"#)])
        // 2025-06-01 is 396 days after 2024-05-01 (2024 is a leap year): only the cell is stale.
        #expect(
            try Self.findings(text) == [
                ["stale-claim", "warning", "tools[0].values.retries.verified", #"Tool "Istio", "Retries": verified 2024-05-01, 396 days before 2025-06-01, older than 365 days"#]
            ])
        // A year later everything is: 2026-06-01 is 426 days after 2025-04-01, and the talk is 427 days old.
        #expect(
            try Self.findings(text, today: "2026-06-01") == [
                ["stale-claim", "warning", "tools[0].values.retries.verified", #"Tool "Istio", "Retries": verified 2024-05-01, 761 days before 2026-06-01, older than 365 days"#],
                ["stale-claim", "warning", "tools[0].verified", #"Tool "Istio": 2 claims verified 2025-04-01 (the tool's date), 426 days before 2026-06-01, older than 365 days"#],
                ["stale-claim", "warning", "tools[1]", #"Tool "Linkerd": 2 claims dated by the matrix's asOf 2025-04-01, 426 days before 2026-06-01, older than 365 days"#],
                ["old-source", "info", "sources[0].published", #"Source "The Talk" was published 2025-03-31, 427 days before 2026-06-01 (threshold 365 days): its evidence may be out of date"#],
            ])
    }

    @Test("stale-claim: the threshold is staleAfterDays, else --max-age, else 365 days")
    func threshold() throws {
        let withoutPolicy = Self.document([(#""staleAfterDays": 365,"#, "")])
        let matrix = try MatrixDecoder().decode(withoutPolicy)
        #expect(MatrixAuditor(today: "2025-06-01").audit(matrix).thresholdOrigin == .default)
        #expect(MatrixAuditor(today: "2025-06-01").audit(matrix).staleAfterDays == 365)
        // 61 days after asOf and 62 after the talk: nothing is old with --max-age 62, all with 60.
        #expect(try Self.findings(withoutPolicy, maximumAge: 62) == [])
        #expect(
            try Self.findings(withoutPolicy, maximumAge: 60) == [
                ["stale-claim", "warning", "tools[0].verified", #"Tool "Istio": 3 claims verified 2025-04-01 (the tool's date), 61 days before 2025-06-01, older than 60 days"#],
                ["stale-claim", "warning", "tools[1]", #"Tool "Linkerd": 2 claims dated by the matrix's asOf 2025-04-01, 61 days before 2025-06-01, older than 60 days"#],
                ["old-source", "info", "sources[0].published", #"Source "The Talk" was published 2025-03-31, 62 days before 2025-06-01 (threshold 60 days): its evidence may be out of date"#],
            ])
        // The matrix's own policy wins over --max-age.
        #expect(try Self.findings(Self.clean, maximumAge: 10) == [])
    }

    @Test("unverified-claim: claims with no cell, tool or asOf date")
    func unverifiedClaim() throws {
        let text = Self.document([(#""asOf": "2025-04-01","#, "")])
        #expect(try Self.findings(text) == [["unverified-claim", "warning", "tools[1]", #"Tool "Linkerd": 2 claims with no verified date (no cell, tool or asOf date)"#]])
    }

    @Test("uncited-source: a source nothing cites; one that a cited source reports on counts as used")
    func uncitedSource() throws {
        let orphan = Self.document([(#"{ "id": "talk", "title""#, #"{ "id": "orphan", "title": "Orphan", "event": "Conf" }, { "id": "talk", "title""#)])
        #expect(try Self.findings(orphan) == [["uncited-source", "warning", "sources[0]", #"Source "Orphan" is cited by no cell, pro or con, and no cited source reports on it"#]])
        let reported = Self.document([
            (#"{ "id": "talk", "title""#, #"{ "id": "reported", "title": "Reported talk", "event": "Conf" }, { "id": "talk", "title""#),
            (#""accessed": "2025-04-01" }"#, #""accessed": "2025-04-01", "reports": "reported" }"#),
        ])
        #expect(try Self.findings(reported).filter { $0[0] == "uncited-source" } == [])
    }

    @Test("source-without-location: neither a URL nor an event")
    func sourceWithoutLocation() throws {
        let text = Self.document([(#""event": "Conf 2025", "#, "")])
        #expect(try Self.findings(text) == [["source-without-location", "warning", "sources[0]", #"Source "The Talk" has neither a URL nor an event, so a reader cannot find it"#]])
    }

    @Test("web-source-without-accessed: a URL without the day it was read")
    func webSourceWithoutAccessed() throws {
        let text = Self.document([(#", "accessed": "2025-04-01""#, "")])
        #expect(try Self.findings(text) == [["web-source-without-accessed", "warning", "sources[1].url", #"Source "Retries page" has a URL but no accessed date"#]])
    }

    @Test("tool-without-version: a tool that does not say which release it describes")
    func toolWithoutVersion() throws {
        let text = Self.document([(#""name": "Linkerd", "version": "2.18","#, #""name": "Linkerd","#)])
        #expect(try Self.findings(text) == [["tool-without-version", "warning", "tools[1]", #"Tool "Linkerd" does not say which release its cells describe"#]])
    }

    @Test("unjudgeable-requirement: a requirement that more than half of the tools are not assessed on")
    func unjudgeableRequirement() throws {
        let criteria = #"{ "id": "retries", "name": "Retries", "kind": "support" }"#
        let mtls = #"{ "id": "mtls", "name": "Mutual TLS", "kind": "support" }"#
        let profile = #""profiles": [ { "id": "secure", "name": "Secure", "require": { "mtls": "yes", "retries": "yes" } } ], "tools": ["#
        let text = Self.document([(criteria, criteria + ", " + mtls), (#""tools": ["#, profile)])
        #expect(
            try Self.findings(text) == [
                [
                    "unjudgeable-requirement", "warning", "profiles[0].require.mtls",
                    #"Profile "Secure" requires "Mutual TLS", but 2 of 2 tools are not assessed on it and can only be listed as unknown"#,
                ]
            ])
        // One of two tools unknown is not "most".
        let half = Self.document([
            (criteria, criteria + ", " + mtls), (#""tools": ["#, profile),
            (#""retries": { "value": "yes", "sources": ["docs"] } },"#, #""retries": { "value": "yes", "sources": ["docs"] }, "mtls": { "value": "yes", "sources": ["docs"] } },"#),
        ])
        #expect(try Self.findings(half) == [])
    }

    @Test("second-hand-claim: claims whose only sources report on other sources, for information")
    func secondHandClaim() throws {
        let text = Self.document([
            (#""accessed": "2025-04-01" }"#, #""accessed": "2025-04-01", "reports": "talk" }"#)
        ])
        #expect(
            try Self.findings(text) == [
                ["second-hand-claim", "info", "tools[0]", #"Tool "Istio": 2 claims rest only on sources that report on other sources ("Retries", a pro)"#],
                ["second-hand-claim", "info", "tools[1]", #"Tool "Linkerd": 1 claim rests only on sources that report on other sources ("Retries")"#],
            ])
    }

    @Test("disputed-cell: a cell whose sources disagree, for information")
    func disputedCell() throws {
        let text = Self.document([
            (#""latency": { "value": 5, "sources": ["talk"] }"#, #""latency": { "value": 5, "disputed": true, "note": "The docs say 3.", "sources": ["talk", "docs"] }"#)
        ])
        #expect(try Self.findings(text) == [["disputed-cell", "info", "tools[1].values.latency.disputed", #"Tool "Linkerd", "Added latency": disputed between "The Talk", "Retries page""#]])
    }

    @Test("old-source: a cited source published longer ago than the threshold, for information")
    func oldSource() throws {
        let text = Self.document([(#""published": "2025-03-31""#, #""published": "2021-05-04""#)])
        #expect(
            try Self.findings(text) == [
                ["old-source", "info", "sources[0].published", #"Source "The Talk" was published 2021-05-04, 1489 days before 2025-06-01 (threshold 365 days): its evidence may be out of date"#]
            ])
    }

    @Test("Errors come first, then warnings, then information, each in document order")
    func order() throws {
        let text = Self.document([
            (#""name": "Linkerd", "version": "2.18","#, #""name": "Linkerd","#),
            (#""retries": { "value": "yes", "sources": ["docs"] } } }"#, #""retries": "yes" } }"#),
            (#""accessed": "2025-04-01" }"#, #""accessed": "2025-04-01", "reports": "talk" }"#),
        ])
        #expect(try Self.findings(text).map { $0[0] } == ["unsourced-cell", "tool-without-version", "second-hand-claim"])
    }

    @Test("Day numbers: known dates, leap years, and back again")
    func dayNumbers() {
        #expect(CalendarDate("1970-01-01").dayNumber == 0)
        #expect(CalendarDate("2000-03-01").dayNumber == 11_017)
        #expect(CalendarDate("2024-03-01").dayNumber! - CalendarDate("2024-02-28").dayNumber! == 2)
        #expect(CalendarDate("2023-03-01").dayNumber! - CalendarDate("2023-02-28").dayNumber! == 1)
        #expect(CalendarDate("1969-12-31").dayNumber == -1)
        #expect(CalendarDate("2025-02-30").dayNumber == nil)
        // From 0001-01-01 to 9999-12-31, the dates written in four digits.
        #expect(CalendarDate(dayNumber: -719_162) == "0001-01-01")
        #expect(CalendarDate(dayNumber: 2_932_896) == "9999-12-31")
        for day in stride(from: -719_162, through: 2_932_896, by: 997) {
            #expect(CalendarDate(dayNumber: day).dayNumber == day)
        }
        #expect(CalendarDate(dayNumber: 20_423) == "2025-12-01")
    }

    // MARK: Golden reports

    /// Two small matrices that together trigger every finding kind on 2025-12-01.
    static let everyKind = [
        #"""
        {
          "format": "techmatrix/v2", "id": "every-kind", "title": "Every | kind *audited*", "asOf": "2025-04-01", "staleAfterDays": 100,
          "sources": [
            { "id": "talk", "title": "The Talk", "event": "Conf 2025", "published": "2025-03-31" },
            { "id": "writeup", "title": "A write-up", "url": "https://example.org/writeup", "published": "2025-04-01", "accessed": "2025-04-02", "reports": "talk" },
            { "id": "docs", "title": "Docs page", "url": "https://example.org/docs" },
            { "id": "orphan", "title": "Orphan notes" }
          ],
          "criteria": [
            { "id": "latency", "name": "Added latency", "kind": "number", "unit": "ms", "better": "lower" },
            { "id": "retries", "name": "Retries", "kind": "support" },
            { "id": "mtls", "name": "Mutual TLS", "kind": "support" }
          ],
          "tools": [
            { "id": "istio", "name": "Istio", "version": "1.25", "verified": "2025-05-01",
              "values": { "latency": { "value": 15, "sources": ["writeup"] }, "retries": { "value": "yes", "sources": ["docs"], "verified": "2025-03-01" } },
              "pros": ["Rich"] },
            { "id": "linkerd", "name": "Linkerd",
              "values": { "latency": { "value": 5, "disputed": true, "note": "The docs say less.", "sources": ["talk", "docs"] }, "retries": "yes" } }
          ],
          "profiles": [ { "id": "secure", "name": "Secure", "require": { "mtls": "yes" } } ]
        }
        """#,
        #"""
        {
          "format": "techmatrix/v2", "id": "undated", "title": "Undated",
          "sources": [ { "id": "docs", "title": "Docs", "url": "https://example.org/d", "accessed": "2025-01-01" } ],
          "criteria": [ { "id": "retries", "name": "Retries", "kind": "support" } ],
          "tools": [ { "id": "kuma", "name": "Kuma", "version": "2.10", "values": { "retries": { "value": "yes", "sources": ["docs"] } } } ]
        }
        """#,
    ]

    static func everyKindListing() throws -> AuditListing {
        let auditor = MatrixAuditor(today: "2025-12-01")
        return AuditListing(try everyKind.map { auditor.audit(try MatrixDecoder().decode($0)) })
    }

    @Test("The golden matrices trigger every finding kind")
    func everyKindIsTriggered() throws {
        let kinds = Set(try Self.everyKindListing().reports.flatMap(\.findings).map(\.kind))
        #expect(kinds == Set(AuditFinding.Kind.allCases))
    }

    @Test("Text, Markdown and JSON reports match their reviewed golden files", arguments: ["audit.txt", "audit.md", "audit.json"])
    func golden(name: String) throws {
        let listing = try Self.everyKindListing()
        let bytes: [UInt8] =
            switch name {
            case "audit.txt": Array(listing.text().utf8)
            case "audit.md": listing.markdown()
            default: listing.json()
            }
        let file = GoldenTests.directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TECHMATRIX_RECORD"] == "1" {
            try Data(bytes).write(to: file)
            Issue.record("recorded \(name); review it by eye, then run again without TECHMATRIX_RECORD")
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(name) differs from its golden file")
    }

    // MARK: The command

    /// Runs the command in process with a fixed clock, returning status, output and errors.
    static func run(_ arguments: [String], clock: CalendarDate = "2030-01-01", in directory: URL) -> (Int32, String, String) {
        let output = Captured()
        let errors = Captured()
        let environment = CommandEnvironment(
            writeOutput: { output.append($0) }, writeError: { errors.append($0) }, readInput: { _ in [] },
            workingDirectory: directory.path, today: { clock })
        let command = TechMatrixCommand(builtins: [], environment: environment)
        return (command.run(arguments: ["techmatrix"] + arguments), output.text, errors.text)
    }

    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes: [UInt8] = []
        func append(_ more: [UInt8]) { lock.withLock { bytes += more } }
        var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
    }

    static func writeDocument(_ text: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: directory.appendingPathComponent("m.json"))
        return directory
    }

    @Test("--today makes the report independent of the clock; without it the clock decides")
    func todayOption() throws {
        let directory = try Self.writeDocument(Self.clean)
        let first = Self.run(["audit", "--input", "m.json", "--today", "2025-06-01", "--format", "json"], clock: "2030-01-01", in: directory)
        let second = Self.run(["audit", "--input", "m.json", "--today", "2025-06-01", "--format", "json"], clock: "2031-07-07", in: directory)
        #expect(first.0 == 0 && first == second)
        #expect(first.1.contains(#""today": "2025-06-01""#))
        let clocked = Self.run(["audit", "--input", "m.json"], clock: "2027-01-01", in: directory)
        #expect(clocked.1.contains("counted back from 2027-01-01"))
        #expect(clocked.1.contains("stale-claim"))
    }

    @Test("Exit status: 0 with findings, 1 with --strict on a warning, --fail-on error ignores warnings")
    func exitStatus() throws {
        let warning = try Self.writeDocument(Self.document([(#""name": "Linkerd", "version": "2.18","#, #""name": "Linkerd","#)]))
        #expect(Self.run(["audit", "--input", "m.json", "--today", "2025-06-01"], in: warning).0 == 0)
        #expect(Self.run(["audit", "--input", "m.json", "--today", "2025-06-01", "--strict"], in: warning).0 == 1)
        #expect(Self.run(["audit", "--input", "m.json", "--today", "2025-06-01", "--fail-on", "error"], in: warning).0 == 0)
        let error = try Self.writeDocument(Self.document([(#""retries": { "value": "yes", "sources": ["docs"] } } }"#, #""retries": "yes" } }"#)]))
        #expect(Self.run(["audit", "--input", "m.json", "--today", "2025-06-01", "--fail-on", "error"], in: error).0 == 1)
        let clean = try Self.writeDocument(Self.clean)
        #expect(Self.run(["audit", "--input", "m.json", "--today", "2025-06-01", "--strict"], in: clean).0 == 0)
    }

    @Test("Usage errors name the option and exit 64; a bad document exits 1 with its path")
    func errors() throws {
        let directory = try Self.writeDocument(Self.clean)
        let badDay = Self.run(["audit", "--input", "m.json", "--today", "2025-02-30"], in: directory)
        #expect(badDay.0 == 64 && badDay.2.contains("--today takes a real date written YYYY-MM-DD, got '2025-02-30'"))
        let badAge = Self.run(["audit", "--input", "m.json", "--max-age", "0"], in: directory)
        #expect(badAge.0 == 64 && badAge.2.contains("--max-age takes a whole number of days from 1 to 3650, got '0'"))
        let badFormat = Self.run(["audit", "--input", "m.json", "--format", "jsn"], in: directory)
        #expect(badFormat.0 == 64 && badFormat.2.contains("unknown audit format 'jsn'; did you mean 'json'?"))
        let both = Self.run(["audit", "--input", "m.json", "--strict", "--fail-on", "error"], in: directory)
        #expect(both.0 == 64 && both.2.contains("give either --strict or --fail-on, not both"))
        let broken = try Self.writeDocument(Self.document([(#""value": 15,"#, #""value": "fast","#)]))
        let bad = Self.run(["audit", "--input", "m.json"], in: broken)
        #expect(bad.0 == 1 && bad.2.contains("tools[0].values.latency"))
        #expect(bad.1.isEmpty)
    }
}
