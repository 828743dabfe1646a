import BuiltinMatrices
import Foundation
import TechMatrix
import TechMatrixTestSupport
import Testing

/// The commands that read and write files, run in process against a file system in memory:
/// no executable, no temporary directory, and a count of every write.
@Suite("Commands in process")
struct InProcessCommandTests {
    /// A command run: its exit status and what it printed.
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    let files = InMemoryFileSystem(directories: ["/work"])

    func run(_ arguments: String..., stdin: String = "") -> Run {
        let output = Capture(), errors = Capture()
        let environment = CommandEnvironment(
            writeOutput: { output.append($0) }, writeError: { errors.append($0) },
            readInput: { _ in Array(stdin.utf8) }, workingDirectory: "/work", fileSystem: files,
            today: { CalendarDate("2026-12-01") })
        let status = TechMatrixCommand(builtins: BuiltinMatrices.all, environment: environment).run(arguments: ["techmatrix"] + arguments)
        return Run(status: status, output: output.text, errors: errors.text)
    }

    /// Collects what a command writes to one stream.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes: [UInt8] = []
        func append(_ more: [UInt8]) { lock.withLock { bytes += more } }
        var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("render writes the same output/ as the committed one, and a second run writes nothing")
    func renderMatchesTheRepository() throws {
        let first = run("render")
        #expect(first.status == 0, "\(first.errors)")
        let committed = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("output").path)
            .filter { !$0.hasPrefix(".") }.sorted()
        #expect(files.names(inDirectory: "/work/output").sorted() == committed)
        for name in committed {
            let disk = try Data(contentsOf: Self.repository.appendingPathComponent("output").appendingPathComponent(name))
            #expect(try files.contents(of: "/work/output/\(name)") == Array(disk), "output/\(name)")
        }
        let writes = files.writes
        #expect(writes == committed.count + 1, "one directory and every file")
        let second = run("render")
        #expect(second.status == 0)
        #expect(second.output == "\(committed.count) files already up to date in output/\n")
        #expect(files.writes == writes)
        #expect(run("render", "--check").status == 0)
    }

    @Test("render --check names a stale and a missing file, exits 1 and writes nothing")
    func checkReportsStaleFiles() {
        #expect(run("render").status == 0)
        files.setFile("/work/output/service-meshes.csv", "old\n")
        files.removeFile("/work/output/service-meshes.md")
        let writes = files.writes
        let check = run("render", "--check")
        #expect(check.status == 1)
        #expect(check.output.contains("stale: output/service-meshes.csv\n"))
        #expect(check.output.contains("missing: output/service-meshes.md\n"))
        #expect(check.errors.hasPrefix("Error: "))
        #expect(files.writes == writes)
        #expect(files.text("/work/output/service-meshes.csv") == "old\n")
    }

    @Test("render removes the temporary files an interrupted run left in the output directory")
    func leftoversAreRemoved() {
        files.setFile("/work/output/.service-meshes.md.4242.techmatrix-tmp", "half a file")
        files.setFile("/work/output/notes.txt", "mine")
        #expect(run("render", "service-meshes", "--format", "md").status == 0)
        #expect(files.names(inDirectory: "/work/output").sorted() == ["notes.txt", "service-meshes.md"])
        #expect(files.text("/work/output/notes.txt") == "mine")
    }

    @Test("render refuses an output directory that is a file or a symbolic link, and writes nothing")
    func refusedOutputDirectories() {
        files.setFile("/work/plain", "keep")
        files.setLink("/work/linked", to: "/elsewhere")
        #expect(throws: Never.self) { try files.createDirectory("/elsewhere") }
        let writes = files.writes
        let file = run("render", "--output-dir", "plain")
        #expect(file.status == 1)
        #expect(file.errors == "Error: plain: is a file, not a directory\n")
        let link = run("render", "--output-dir", "linked")
        #expect(link.status == 1)
        #expect(link.errors == "Error: linked: is a symbolic link; refusing to write through it (give a real directory with --output-dir)\n")
        #expect(files.writes == writes)
        #expect(files.names(inDirectory: "/elsewhere").isEmpty)
        #expect(files.text("/work/plain") == "keep")
    }

    @Test("render --output writes one file, says when it is up to date, and refuses a missing directory, a directory or a link")
    func renderOneFile() throws {
        let written = run("render", "service-meshes", "--format", "csv", "--output", "meshes.csv")
        #expect(written.status == 0)
        #expect(written.output == "wrote meshes.csv\n")
        let disk = try Data(contentsOf: Self.repository.appendingPathComponent("output/service-meshes.csv"))
        #expect(try files.contents(of: "/work/meshes.csv") == Array(disk))
        #expect(run("render", "service-meshes", "--format", "csv", "--output", "meshes.csv").output == "meshes.csv is already up to date\n")

        let writes = files.writes
        let missing = run("render", "service-meshes", "--format", "csv", "--output", "no/such/dir/meshes.csv")
        #expect(missing.status == 1)
        #expect(missing.errors == "Error: no/such/dir/meshes.csv: the directory it would go in does not exist\n")
        try files.createDirectory("/work/folder")
        let folder = run("render", "service-meshes", "--format", "csv", "--output", "folder")
        #expect(folder.errors == "Error: folder: is a directory; give a file name, or use --output-dir to write every format into it\n")
        files.setLink("/work/link.csv", to: "meshes.csv")
        let link = run("render", "service-meshes", "--format", "csv", "--output", "link.csv")
        #expect(link.errors == "Error: link.csv: is a symbolic link; refusing to write through it (give the file itself)\n")
        #expect(files.writes == writes + 1, "only the folder made by the test")
    }

    @Test("validate and render --input read the file from the command's file system")
    func inputFiles() throws {
        let document = try Data(contentsOf: Self.repository.appendingPathComponent("output/service-meshes.json"))
        files.setFile("/work/in/meshes.json", Array(document))
        let validate = run("validate", "--input", "in/meshes.json")
        #expect(validate.status == 0, "\(validate.errors)")
        let rendered = run("render", "--input", "in/meshes.json", "--format", "md", "--output", "-")
        #expect(rendered.status == 0)
        let disk = try String(contentsOf: Self.repository.appendingPathComponent("output/service-meshes.md"), encoding: .utf8)
        #expect(rendered.output == disk)

        #expect(run("validate", "--input", "nope.json").errors == "Error: nope.json: no such file\n")
        #expect(run("validate", "--input", "in").errors == "Error: in: is a directory, not a JSON file\n")
        files.setFile("/work/in/broken.json", "{\"format\": \"techmatrix/v2\"")
        let broken = run("validate", "--input", "in/broken.json")
        #expect(broken.status == 1)
        #expect(broken.errors.hasPrefix("Error: in/broken.json: "))
    }

    @Test("embed updates a document's regions in place, and --check reports a stale one without writing")
    func embed() throws {
        let stale = "# Notes\n\n<!-- techmatrix:service-meshes table-only -->\nold table\n<!-- /techmatrix -->\n\nThe end.\n"
        files.setFile("/work/notes.md", stale)
        let writes = files.writes
        let check = run("embed", "--check", "notes.md")
        #expect(check.status == 1)
        #expect(check.output.hasPrefix("stale: notes.md\n"))
        #expect(files.writes == writes)
        #expect(files.text("/work/notes.md") == stale)

        let update = run("embed", "notes.md")
        #expect(update.status == 0, "\(update.errors)")
        #expect(update.output == "updated notes.md\n")
        #expect(files.writes == writes + 1)
        let updated = try #require(files.text("/work/notes.md"))
        #expect(updated.hasPrefix("# Notes\n\n<!-- techmatrix:service-meshes table-only -->\n| "))
        #expect(updated.hasSuffix("<!-- /techmatrix -->\n\nThe end.\n"))
        #expect(!updated.contains("old table"))
        #expect(run("embed", "--check", "notes.md").status == 0)

        let missing = run("embed", "gone.md")
        #expect(missing.status == 1)
        #expect(missing.errors == "Error: gone.md: no such file\n")
    }
}
