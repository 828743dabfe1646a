import Foundation
import Testing

@testable import TechMatrix

/// Regenerating docs, diffing revisions in git and embedding tables, through the real
/// executable.
@Suite("Git and write-up workflows end to end", .serialized)
struct WorkflowEndToEndTests {
    let directory: URL

    init() throws { directory = try CLIProcess.temporaryDirectory() }

    func run(_ arguments: String..., stdin: Data? = nil) throws -> CLIProcess.Result {
        try CLIProcess.run(arguments, stdin: stdin, in: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func modified(_ name: String) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: path(name))[.modificationDate] as? Date)
    }

    @Test("Two processes render identical bytes, and an unchanged render leaves mtimes alone")
    func byteStability() throws {
        #expect(try run("render", "--output-dir", "a").status == 0)
        #expect(try run("render", "--output-dir", "b").status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: path("a")).sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: path("b")).sorted()))
        for name in names {
            #expect(FileManager.default.contents(atPath: path("a/\(name)")) == FileManager.default.contents(atPath: path("b/\(name)")), "\(name)")
        }
        let before = try modified("a/service-meshes.md")
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try run("render", "--output-dir", "a").status == 0)
        #expect(try modified("a/service-meshes.md") == before)
    }

    @Test("render --check passes on fresh output, and lists stale and missing files with a diff")
    func checkMode() throws {
        #expect(try run("render", "--output-dir", "out").status == 0)
        let fresh = try run("render", "--check", "--output-dir", "out")
        #expect(fresh.status == 0)
        #expect(fresh.stdout == "all 50 files in out/ are up to date\n")

        let stalePath = path("out/service-meshes.csv")
        let original = try String(contentsOfFile: stalePath, encoding: .utf8)
        try original.replacingOccurrences(of: "Istio Ambient", with: "Istio Ambiant").write(toFile: stalePath, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: path("out/index.html"))
        let before = try modified("out/service-meshes.csv")
        let stale = try run("render", "--check", "--output-dir", "out")
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("stale: out/service-meshes.csv\n--- out/service-meshes.csv (on disk)\n+++ out/service-meshes.csv (fresh rendering)\n@@ -2,7 +2,7 @@\n"))
        #expect(stale.stdout.contains("\n-Istio Ambiant,"))
        #expect(stale.stdout.contains("\n+Istio Ambient,"))
        #expect(stale.stdout.contains("missing: out/index.html\n"))
        #expect(stale.stderr == "Error: 2 of 50 files in out/ are stale or missing; run 'techmatrix render' to update them\n")
        #expect(!FileManager.default.fileExists(atPath: path("out/index.html")), "--check must not write")
        #expect(try modified("out/service-meshes.csv") == before)
    }

    @Test("diff compares two revisions in a real git repository")
    func gitRevisions() throws {
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
            process.currentDirectoryURL = directory
            process.standardOutput = Pipe()
            process.standardError = Pipe()
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git("init", "-q")
        #expect(try run("render", "service-meshes", "--format", "json").status == 0)
        try git("add", "output")
        try git("commit", "-q", "-m", "first")
        let file = path("output/service-meshes.json")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"value\": 15", with: "\"value\": 12").write(toFile: file, atomically: true, encoding: .utf8)
        try git("commit", "-q", "-am", "second")

        let result = try run("diff", "HEAD~1", "HEAD", "service-meshes")
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                service-meshes: 1 change
                  ~ Istio (sidecar mode) / Added latency: ≈ 15 ms [note: "About 15 ms on the OpenTelemetry demo."; sources: mares-day-two-mesh-wars; version: "the release current in March 2025"] → ≈ 12 ms [note: "About 15 ms on the OpenTelemetry demo."; sources: mares-day-two-mesh-wars; version: "the release current in March 2025"]

                """)
        // Without an id, two revisions compare every matrix both hold: here the one matrix.
        let withoutID = try run("diff", "HEAD~1", "HEAD")
        #expect(withoutID.status == 1)
        #expect(withoutID.stderr == "")
        #expect(withoutID.stdout == result.stdout)
        let same = try run("diff", "HEAD:output/service-meshes.json", "output/service-meshes.json")
        #expect(same.status == 0)
        #expect(same.stdout == "service-meshes: no changes\n")
        let bad = try run("diff", "HEAD~5", "HEAD", "service-meshes")
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("Error: HEAD~5:./output/service-meshes.json: git show failed"))
        let json = try run("diff", "HEAD~1", "HEAD", "service-meshes", "--format", "json")
        #expect(json.status == 1)
        #expect(json.stdout.contains(#""type": "cellChanged""#))
    }

    @Test("The README's textconv recipe makes git diff show a change to a con, which no table shows")
    func textconvShowsEveryChange() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.hasPrefix("git config diff.techmatrix.textconv ") })
        // The recipe's command, with the built executable in place of techmatrix on PATH.
        let command = String(line.split(separator: "'")[1]).replacingOccurrences(of: "techmatrix ", with: CLIProcess.executable.path + " ", options: .anchored)
        func git(_ arguments: String...) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "diff.techmatrix.textconv=\(command)"] + arguments
            process.currentDirectoryURL = directory
            let output = Pipe()
            process.standardOutput = output
            process.standardError = Pipe()
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
            return String(decoding: data, as: UTF8.self)
        }
        _ = try git("init", "-q")
        try "output/*.json diff=techmatrix\n".write(toFile: path(".gitattributes"), atomically: true, encoding: .utf8)
        #expect(try run("render", "service-meshes", "--format", "json").status == 0)
        _ = try git("add", ".")
        _ = try git("commit", "-q", "-m", "first")
        let file = path("output/service-meshes.json")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("\"Laborious to configure, in the 2025 write-up\""))
        try text.replacingOccurrences(of: "\"Laborious to configure, in the 2025 write-up\"", with: "\"Hard to configure, in the 2025 write-up\"")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let diff = try git("diff")
        #expect(diff.contains("\n-- Laborious to configure, in the 2025 write-up"), "\(diff)")
        #expect(diff.contains("\n+- Hard to configure, in the 2025 write-up"), "\(diff)")
        #expect(!diff.contains("\"text\""), "git shows the rendering, not the JSON")
    }

    @Test("embed rewrites regions, is idempotent, and leaves a file with a bad marker untouched")
    func embed() throws {
        let document = "# Notes\n\n<!-- techmatrix:service-meshes table-only -->\n<!-- /techmatrix -->\n\nThe end.\n"
        try document.write(toFile: path("doc.md"), atomically: true, encoding: .utf8)
        let first = try run("embed", "doc.md")
        #expect(first.status == 0)
        #expect(first.stdout == "updated doc.md\n")
        let updated = try String(contentsOfFile: path("doc.md"), encoding: .utf8)
        #expect(updated.hasPrefix("# Notes\n\n<!-- techmatrix:service-meshes table-only -->\n| Criterion | Istio (sidecar mode) · 1.31 |"))
        #expect(updated.hasSuffix("<!-- /techmatrix -->\n\nThe end.\n"))
        let second = try run("embed", "doc.md")
        #expect(second.stdout == "1 file already up to date\n")
        #expect(try String(contentsOfFile: path("doc.md"), encoding: .utf8) == updated)
        #expect(try run("embed", "--check", "doc.md").status == 0)

        let broken = "keep me\n<!-- techmatrix:service-meshes -->\nno end\n"
        try broken.write(toFile: path("broken.md"), atomically: true, encoding: .utf8)
        let result = try run("embed", "doc.md", "broken.md")
        #expect(result.status == 1)
        #expect(result.stderr == "Error: broken.md: line 2: the region opened here is never closed with <!-- /techmatrix -->; the file was not changed\n")
        #expect(try String(contentsOfFile: path("broken.md"), encoding: .utf8) == broken)

        try document.write(toFile: path("stale.md"), atomically: true, encoding: .utf8)
        let check = try run("embed", "--check", "stale.md")
        #expect(check.status == 1)
        #expect(check.stdout.hasPrefix("stale: stale.md\n--- stale.md (on disk)\n"))
        #expect(try String(contentsOfFile: path("stale.md"), encoding: .utf8) == document)
    }
}
