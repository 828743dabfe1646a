import Foundation
import Testing
@testable import TechMatrix
import TechMatrixTestSupport

/// Atomic writes, all-or-nothing renders, contained paths and input limits.
@Suite("Hardening: writes, paths and limits", .serialized)
struct HardeningTests {
    let directory: URL

    init() throws { directory = try CLIProcess.temporaryDirectory() }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func run(_ arguments: String...) throws -> CLIProcess.Result {
        try CLIProcess.run(arguments, in: directory)
    }

    /// A large matrix (about 8 MB of JSON), so that a render takes long enough to be killed
    /// in the middle; `variant` changes every text so the two versions differ everywhere.
    static func bigMatrix(variant: String) -> Matrix {
        let criteria = (0..<40).map { Criterion(id: "c\($0)", name: "Criterion \($0)", kind: $0 % 2 == 0 ? .text : .number(unit: "ms", better: .lower)) }
        let tools = (0..<1500).map { index in
            Tool(id: "t\(index)", name: "Tool \(index) \(variant)", cells: Dictionary(uniqueKeysWithValues: criteria.enumerated().map { position, criterion in
                (criterion.id, position % 2 == 0 ? Cell(.text("\(variant) value \(index)-\(position) | <b>&</b>")) : Cell(.number(Double(index + position))))
            }), pros: [Remark("Pro \(variant)")])
        }
        return Matrix(id: "big", title: "Big \(variant)", criteria: criteria, tools: tools)
    }

    @Test("SIGKILL at random moments leaves every output file old or new and complete; the next run removes temporary files", .tags(.slow), .fullSuiteOnly)
    func killDuringRender() throws {
        let versions = [Self.bigMatrix(variant: "alpha"), Self.bigMatrix(variant: "beta")]
        var expected: [[String: [UInt8]]] = []
        for (index, matrix) in versions.enumerated() {
            try MatrixEncoder().encode(matrix).write(toFile: path("v\(index).json"), atomically: true, encoding: .utf8)
            expected.append(Dictionary(uniqueKeysWithValues: OutputFormat.allCases.map { ("big.\($0.fileExtension)", Renderer().renderBytes(matrix, as: $0)) }))
        }
        // Time one whole render, so that the kills can be aimed inside one.
        let started = Date()
        #expect(try run("render", "--input", "v0.json", "--output-dir", "out").status == 0)
        let duration = max(Date().timeIntervalSince(started), 0.05)
        var generator = SeededGenerator(seed: 7)
        var killedMidway = 0
        for round in 0..<12 {
            let version = round % 2 == 0 ? 1 : 0
            let process = Process()
            process.executableURL = CLIProcess.executable
            process.arguments = ["render", "--input", "v\(version).json", "--output-dir", "out"]
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0.05...0.95, using: &generator) * duration * 1_000_000))
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for name in expected[0].keys {
                let bytes = FileManager.default.contents(atPath: path("out/\(name)")).map { Array($0) }
                let whole = bytes == expected[0][name] || bytes == expected[1][name]
                #expect(whole, "round \(round): out/\(name) is neither the old nor the new version")
            }
        }
        #expect(killedMidway > 0, "no kill landed while a render was running; the test proved nothing")
        #expect(try run("render", "--input", "v1.json", "--output-dir", "out").status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: path("out")).sorted()
        #expect(left == expected[1].keys.sorted(), "temporary files left behind: \(left)")
        for (name, bytes) in expected[1] {
            let fresh = FileManager.default.contents(atPath: path("out/\(name)")).map { Array($0) } == bytes
            #expect(fresh, "out/\(name)")
        }
    }

    @Test("A render of several matrices writes nothing when any one is invalid")
    func allOrNothing() throws {
        var broken = GoldenTests.Fixture.matrix
        broken.id = "broken"
        broken.tools[0].name = " "
        var captured: [UInt8] = []
        nonisolated(unsafe) var errors: [UInt8] = []
        let environment = CommandEnvironment(
            writeOutput: { _ in }, writeError: { errors.append(contentsOf: $0) }, readInput: { _ in [] },
            workingDirectory: directory.path)
        let status = TechMatrixCommand(builtins: [GoldenTests.Fixture.matrix, broken], environment: environment)
            .run(arguments: ["techmatrix", "render", "--output-dir", "out"])
        captured = errors
        #expect(status == 1)
        #expect(String(decoding: captured, as: UTF8.self) == "Error: matrix 'broken': Tool(\" \") (tools[0].name): must not be empty or only white space\n")
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }

    @Test("An output directory that is a symbolic link is refused and nothing is written through it")
    func symlinkedOutput() throws {
        try FileManager.default.createDirectory(atPath: path("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path("output"), withDestinationPath: path("elsewhere"))
        let result = try run("render")
        #expect(result.status == 1)
        #expect(result.stderr == "Error: output: is a symbolic link; refusing to write through it (give a real directory with --output-dir)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: path("elsewhere")) == [])
    }

    @Test("An --output-dir that is a file is refused and the file is untouched")
    func outputDirIsAFile() throws {
        try "keep".write(toFile: path("file"), atomically: true, encoding: .utf8)
        let result = try run("render", "--output-dir", "file")
        #expect(result.status == 1)
        #expect(result.stderr == "Error: file: is a file, not a directory\n")
        #expect(try String(contentsOfFile: path("file"), encoding: .utf8) == "keep")
    }

    @Test("A symbolic link in place of an output file is replaced, never followed")
    func symlinkedOutputFile() throws {
        try FileManager.default.createDirectory(atPath: path("out"), withIntermediateDirectories: true)
        try "secret".write(toFile: path("target.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("out/service-meshes.md"), withDestinationPath: path("target.txt"))
        #expect(try run("render", "service-meshes", "--format", "md", "--output-dir", "out").status == 0)
        #expect(try String(contentsOfFile: path("target.txt"), encoding: .utf8) == "secret")
        let attributes = try FileManager.default.attributesOfItem(atPath: path("out/service-meshes.md"))
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    @Test("An id that is not a valid id never becomes a file name")
    func invalidIDIsRefused() throws {
        let text = Fixtures.document(replacing: #""id": "service-meshes""#, with: #""id": "../../etc/passwd""#)
        try text.write(toFile: path("bad.json"), atomically: true, encoding: .utf8)
        let result = try run("render", "--input", "bad.json", "--output-dir", "out")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(#"Error: bad.json: id: "../../etc/passwd" is not a valid id"#))
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }

    @Test("A file over the 256 MiB limit is refused before it is read")
    func sizeLimit() throws {
        _ = FileManager.default.createFile(atPath: path("huge.json"), contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path("huge.json")))
        try handle.truncate(atOffset: 257 << 20)
        try handle.close()
        let result = try run("validate", "--input", "huge.json")
        #expect(result.status == 1)
        #expect(result.stderr == "Error: huge.json: the file is 269484032 bytes, more than the limit of 268435456 bytes (256 MiB); split the matrix\n")
    }

    @Test("Standard input over the limit is refused without reading it all")
    func stdinLimit() throws {
        nonisolated(unsafe) var errors: [UInt8] = []
        let environment = CommandEnvironment(
            writeOutput: { _ in }, writeError: { errors.append(contentsOf: $0) },
            readInput: { limit in [UInt8](repeating: 0x20, count: limit + 1) }, workingDirectory: directory.path)
        let status = TechMatrixCommand(builtins: [], environment: environment).run(arguments: ["techmatrix", "validate", "--input", "-"])
        #expect(status == 1)
        #expect(String(decoding: errors, as: UTF8.self) == "Error: <stdin>: (document): the document is 268435457 bytes, more than the limit of 268435456 bytes\n")
    }
}
