import Foundation
import Testing

@testable import TechMatrix

/// The real executable in a separate process: stdout, stderr and exit status.
@Suite("techmatrix end to end", .serialized)
struct CLIEndToEndTests {
    let directory: URL

    init() throws { directory = try CLIProcess.temporaryDirectory() }

    func run(_ arguments: String..., stdin: Data? = nil) throws -> CLIProcess.Result {
        try CLIProcess.run(arguments, stdin: stdin, in: directory)
    }

    func write(_ name: String, _ data: Data) throws -> String {
        try data.write(to: directory.appendingPathComponent(name))
        return name
    }

    func contents(of directoryName: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(directoryName).path).sorted()
    }

    @Test("--help prints the overview on stdout and exits 0")
    func help() throws {
        let result = try run("--help")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: Keep technology comparison matrices as code"))
        #expect(result.stdout.contains("  render    Render matrices to Markdown, AsciiDoc, reStructuredText, CSV, HTML and JSON."))
        #expect(result.stderr == "")
        let command = try run("render", "--help")
        #expect(command.status == 0)
        #expect(command.stdout.hasPrefix("OVERVIEW: Render matrices"))
        #expect(command.stdout.contains("--output-dir <dir>"))
    }

    @Test("--output FILE writes one rendering atomically, leaves an unchanged file alone, and refuses a directory or a symbolic link")
    func outputFile() throws {
        let document = try write("in.json", Data(Fixtures.document.utf8))
        let first = try run("render", "--input", document, "--format", "md", "--output", "table.md")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "wrote table.md\n")
        let piped = try run("render", "--input", document, "--format", "md", "--output", "-")
        let written = try String(contentsOf: directory.appendingPathComponent("table.md"), encoding: .utf8)
        #expect(written == piped.stdout, "--output FILE writes what --output - prints")
        let again = try run("render", "--input", document, "--format", "md", "--output", "table.md")
        #expect(again.stdout == "table.md is already up to date\n")
        #expect(try contents(of: ".").filter { $0.hasSuffix("techmatrix-tmp") } == [], "no temporary file is left")

        // Refused paths: nothing is written, and what was there stays.
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let folder = try run("render", "--input", document, "--format", "csv", "--output", "folder")
        #expect(folder.status == 1)
        #expect(folder.stderr == "Error: folder: is a directory; give a file name, or use --output-dir to write every format into it\n")
        #expect(try contents(of: "folder") == [])
        try Data("keep".utf8).write(to: directory.appendingPathComponent("target.txt"))
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.csv").path, withDestinationPath: "target.txt")
        let link = try run("render", "--input", document, "--format", "csv", "--output", "link.csv")
        #expect(link.status == 1)
        #expect(link.stderr == "Error: link.csv: is a symbolic link; refusing to write through it (give the file itself)\n")
        #expect(try String(contentsOf: directory.appendingPathComponent("target.txt"), encoding: .utf8) == "keep")
        let missing = try run("render", "--input", document, "--format", "csv", "--output", "no/such/dir/x.csv")
        #expect(missing.status == 1)
        #expect(missing.stderr == "Error: no/such/dir/x.csv: the directory it would go in does not exist\n")
        let two = try run("render", "--input", document, "--format", "md,csv", "--output", "both.txt")
        #expect(two.status == 64)
        #expect(two.stderr.hasPrefix("Error: --output writes one rendering: name one matrix and one --format\n"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("both.txt").path))
    }

    /// A document of `count` tools named `Tool 1`, `Tool 2`, … that all support retries.
    static func document(tools count: Int) -> String {
        let tools = (1...count).map { #"{ "id": "tool-\#($0)", "name": "Tool \#($0)", "values": { "retries": "yes" } }"# }
        return #"{ "format": "techmatrix/v1", "id": "many", "title": "Many", "criteria": [ { "id": "retries", "name": "Retries", "kind": "support" } ], "tools": [ "#
            + tools.joined(separator: ", ") + " ] }"
    }

    @Test("Markdown and HTML lay tools out as columns up to eight tools and as rows beyond, unless --orientation says otherwise")
    func orientationDefault() throws {
        #expect(RenderOptions.maximumToolColumns == 8)
        let eight = try write("eight.json", Data(Self.document(tools: 8).utf8))
        let nine = try write("nine.json", Data(Self.document(tools: 9).utf8))
        func render(_ input: String, _ format: String, _ extra: String...) throws -> String {
            let result = try CLIProcess.run(["render", "--input", input, "--format", format, "--output", "-"] + extra, stdin: nil, in: directory)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
        let columns = "| Criterion | " + (1...8).map { "Tool \($0)" }.joined(separator: " | ") + " |\n"
        #expect(try render(eight, "md").contains(columns))
        let rows = try render(nine, "md")
        #expect(rows.contains("| Tool | Retries |\n"))
        #expect(rows.contains("| Tool 9 | ✅ Yes |\n"))
        #expect(try render(nine, "md", "--orientation", "columns").contains("| Criterion | Tool 1 | Tool 2 |"))
        #expect(try render(eight, "md", "--orientation", "rows").contains("| Tool | Retries |\n"))
        #expect(try render(eight, "html").contains("data-orientation=\"columns\""))
        #expect(try render(nine, "html").contains("data-orientation=\"rows\""))
        #expect(try render(nine, "html", "--orientation", "columns").contains("data-orientation=\"columns\""))
        // CSV stays one row per tool whatever the count: it is data, not a page.
        let csv = try render(nine, "csv").split(separator: "\r\n")
        #expect(csv.first == "Tool,Retries,Pros,Cons" && csv.count == 10, "a header and one row per tool")
    }

    @Test("show draws the matrix for a terminal: no colour into a pipe, colour with --color always, the width asked for, clear usage errors")
    func show() throws {
        let document = try write("in.json", Data(Fixtures.document.utf8))
        let piped = try run("show", "--input", document, "--width", "60")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("Service meshes\n\nAs of 2025-03-31."))
        #expect(piped.stdout.contains("┌"), "box drawing by default")
        #expect(!piped.stdout.contains("\u{1B}"), "no escape codes into a pipe")
        #expect(piped.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
        let coloured = try run("show", "--input", document, "--color", "always")
        #expect(coloured.stdout.contains("\u{1B}[1mService meshes\u{1B}[0m"))
        let ascii = try run("show", "--input", document, "--ascii")
        #expect(ascii.stdout.contains("+---") && !ascii.stdout.contains("│"))
        for (arguments, message) in [
            (["show", "--input", document, "--width", "5"], "Error: --width takes a number of columns from 20 to 1000, not '5'"),
            (["show", "--input", document, "--color", "sometimes"], "Error: --color takes auto, always or never, not 'sometimes'"),
            (["show"], "Error: 'show' takes exactly one matrix id (or --input FILE)"),
            (["show", "x", "--input", document], "Error: give either a matrix id or --input, not both"),
            (["show", "--input", document, "--orientation", "diagonal"], "Error: --orientation takes columns or rows, not 'diagonal'"),
        ] {
            let result = try CLIProcess.run(arguments, stdin: nil, in: directory)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix(message + "\n"), "\(result.stderr)")
            #expect(result.stdout == "")
        }
        let missing = try run("show", "--input", "nope.json")
        #expect(missing.status == 1)
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try run("--version")
        #expect(result.status == 0)
        #expect(result.stdout == "techmatrix \(TechMatrixCommand.version)\n")
    }

    @Test("A good render writes every format and says so; a second render writes nothing")
    func goodRender() throws {
        let first = try run("render", "--output-dir", "out")
        #expect(first.status == 0)
        #expect(first.stderr == "")
        let ids = (try run("list")).stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(!ids.isEmpty)
        let expectedFiles = (ids.flatMap { id in OutputFormat.allCases.map { "\(id).\($0.fileExtension)" } } + ["README.md", "index.html"]).sorted()
        #expect(try contents(of: "out") == expectedFiles)
        #expect(
            first.stdout == ids.flatMap { id in ["md", "adoc", "rst", "csv", "html", "json"].map { "wrote out/\(id).\($0)\n" } }.joined()
                + "wrote out/README.md\nwrote out/index.html\n")
        let second = try run("render", "--output-dir", "out")
        #expect(second.status == 0)
        #expect(second.stdout == "\(expectedFiles.count) files already up to date in out/\n")
    }

    @Test("render --input renders a JSON document to stdout")
    func renderInput() throws {
        let name = try write("m.json", Data(Fixtures.document.utf8))
        let result = try run("render", "--input", name, "--format", "json", "--output", "-")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == MatrixEncoder().encode(try MatrixDecoder().decode(Fixtures.document)))
        let piped = try run("render", "--input", "-", "--format", "csv", "--output", "-", stdin: Data(Fixtures.document.utf8))
        #expect(piped.status == 0)
        #expect(piped.stdout.hasPrefix("Tool,Data plane,Retries,Added latency,Ease of setup,Pros,Cons\r\n"))
    }

    @Test("A misspelt command is a usage error with a suggestion")
    func misspeltCommand() throws {
        let result = try run("rendr")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "Error: unknown command 'rendr'; did you mean 'render'?\nUsage: techmatrix [<command>] [options]\nSee 'techmatrix --help'.\n")
    }

    @Test("A misspelt option is a usage error with a suggestion")
    func misspeltOption() throws {
        let result = try run("render", "--fromat", "md")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: unknown option '--fromat' for 'render'; did you mean '--format'?\nUsage: techmatrix render "))
        #expect(result.stderr.hasSuffix("See 'techmatrix render --help'.\n"))
    }

    @Test("A missing file is a data error naming the file")
    func missingFile() throws {
        let result = try run("render", "--input", "nope.json", "--output-dir", "out")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "Error: nope.json: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test("Malformed JSON is reported with line and column, and nothing is written")
    func malformed() throws {
        let name = try write("bad.json", Data("{\n  \"format\": \"techmatrix/v1\",\n  \"id\": }\n".utf8))
        let result = try run("render", "--input", name, "--output-dir", "out")
        #expect(result.status == 1)
        #expect(result.stderr == "Error: bad.json: line 3, column 9: malformed JSON: unexpected '}'; expected a value\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test("An invalid document lists every problem with its path")
    func invalidDocument() throws {
        let text = Fixtures.document(replacing: #"{ "value": 15, "sources""#, with: #"{ "value": "fast", "sources""#)
            .replacingOccurrences(of: #""name": "Linkerd""#, with: #""name": "Istio""#)
        let name = try write("bad.json", Data(text.utf8))
        let result = try run("validate", "--input", name)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                Error: bad.json: tools[0].values.latency.value: expected a number for criterion "latency", got "fast"
                Error: bad.json: tools[1].name: name "Istio" is used more than once

                """)
    }

    @Test("An empty file is malformed JSON")
    func emptyFile() throws {
        let name = try write("empty.json", Data())
        let result = try run("validate", "--input", name)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: empty.json: line 1, column 1: malformed JSON: the document is empty; expected a JSON object\n")
    }

    @Test("A truncated file is malformed JSON at its end")
    func truncatedFile() throws {
        let bytes = Array(Fixtures.document.utf8)
        let name = try write("cut.json", Data(bytes.prefix(bytes.count / 2)))
        let result = try run("validate", "--input", name)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: cut.json: line "))
        #expect(result.stderr.contains("malformed JSON: unterminated string") || result.stderr.contains("malformed JSON: unexpected end of input"))
    }

    @Test("A 100 MB document renders correctly", .tags(.slow), .fullSuiteOnly)
    func hundredMegabyteDocument() throws {
        let summary = String(repeating: "Sidecar-free meshes | <b>fast</b> & \"small\" ✅\n", count: 2_100_000)
        let escaped = summary.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        let text = Fixtures.document(replacing: #""title": "Service meshes","#, with: #""title": "Service meshes", "summary": "\#(escaped)","#)
        let name = try write("big.json", Data(text.utf8))
        #expect(text.utf8.count > 100_000_000)
        let result = try run("render", "--input", name, "--format", "json", "--output", "-")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let rendered = try MatrixDecoder().decode(Array(result.stdoutBytes))
        #expect(rendered.summary == summary)
    }

    @Test("A 100 MB file of nested brackets is refused with a clear message, not a crash", .tags(.slow), .fullSuiteOnly)
    func hundredMegabyteNesting() throws {
        let name = try write("deep.json", Data(repeating: UInt8(ascii: "["), count: 100_000_000))
        let result = try run("validate", "--input", name)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: deep.json: (document): arrays and objects are nested more than 128 deep\n")
    }

    @Test("100 MB of random bytes is malformed JSON, not a crash", .tags(.slow), .fullSuiteOnly)
    func hundredMegabyteNoise() throws {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 100_000_000)
        for index in stride(from: 0, to: bytes.count, by: 8) {
            withUnsafeBytes(of: generator.next()) { raw in
                for offset in 0..<8 where index + offset < bytes.count { bytes[index + offset] = raw[offset] }
            }
        }
        bytes[0] = UInt8(ascii: "{")
        let name = try write("noise.json", Data(bytes))
        let result = try run("validate", "--input", name)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: noise.json: line "))
        #expect(result.stderr.contains("malformed JSON"))
    }

    @Test("An unknown matrix id is a usage error with a suggestion")
    func unknownMatrix() throws {
        let result = try run("export", "service-mesh")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: no built-in matrix has id 'service-mesh'; did you mean 'service-meshes'?"))
    }

    @Test("export prints canonical JSON that validates")
    func export() throws {
        let result = try run("export", "service-meshes")
        #expect(result.status == 0)
        let matrix = try MatrixDecoder().decode(Array(result.stdoutBytes))
        #expect(matrix.id == "service-meshes")
        #expect(MatrixEncoder().encode(matrix) == result.stdout)
    }

    @Test("Fuzz finding arguments-crash-91540c17: diff with an empty and a garbled revision fails cleanly")
    func fuzzFindingDiffArguments() throws {
        let garbled = String(decoding: [0x61, 0x2E, 0x6A, 0x53, 0x65, 0x71, 0x75, 0xC5, 0xC5, 0x90, 0x3A, 0x72, 0x24, 0x99, 0x6D, 0x39, 0x74], as: UTF8.self)
        let result = try run("diff", "", garbled, "m?")
        #expect(result.status == 1 || result.status == 64)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stdout == "")
    }
}
