import Foundation
import Testing

/// Misplaced DSL elements are compile errors whose message says where they belong. Each case
/// type-checks a snippet against the built TechMatrix module with the toolchain's swiftc.
@Suite("Misplaced DSL elements fail to compile with a message saying where they belong")
struct DSLDiagnosticsTests {
    static let prelude = """
        import TechMatrix
        let talk = Source("Talk", id: "talk")
        let latency = Criterion.number("Latency", unit: "ms")
        let istio = Tool("Istio") { latency(15) }

        """

    /// `swiftc -typecheck` of `file` against the built module: its modules, and the module map
    /// of the small C target that it imports internally (`CacheHints`), as SwiftPM passes them
    /// to a package that depends on TechMatrix.
    static func typecheck(_ file: URL) -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [
            "swiftc", "-typecheck", "-swift-version", "6", "-I", CLIProcess.binDirectory.appendingPathComponent("Modules").path,
            "-I", root.appendingPathComponent("Sources/CacheHints/include").path, file.path,
        ]
    }

    @Test("Diagnostics", arguments: [
        ("let m = Matrix(\"M\") { latency(15) }", "a cell belongs inside a Tool { … } block; declare the tool and list it in the Matrix"),
        ("let m = Matrix(\"M\") { Pro(\"Fast\") }", "a Pro belongs inside a Tool { … } block"),
        ("let m = Matrix(\"M\") { Con(\"Slow\") }", "a Con belongs inside a Tool { … } block"),
        ("let t = Tool(\"T\") { istio }", "a Tool belongs in a Matrix { … } block, not inside another Tool"),
        ("let t = Tool(\"T\") { talk }", "a Source belongs in the Matrix { … } block; inside a Tool, cite it with `sources:` on a cell, Pro or Con"),
        ("let t = Tool(\"T\") { latency }", "a criterion is listed in the Matrix { … } block; inside a Tool, call it with a value: `name(15)`"),
        ("let t = Tool(\"T\") { Verdict(\"Good\") }", "a Verdict belongs in the Matrix { … } block, not inside a Tool"),
    ])
    func diagnostic(snippet: String, message: String) throws {
        let directory = try CLIProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("Snippet.swift")
        try (Self.prelude + snippet + "\n").write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = Self.typecheck(file)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(output.contains("error: '"), "\(output)")
        #expect(output.contains(message), "\(output)")
    }

    @Test("The control snippet without misplaced elements compiles")
    func control() throws {
        let directory = try CLIProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("Snippet.swift")
        try (Self.prelude + "let m = Matrix(\"M\") { talk; latency; istio }\n").write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = Self.typecheck(file)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
