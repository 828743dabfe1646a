import Foundation

// libFuzzer target: the CLI argument parser and dispatcher. The input is split at NUL bytes
// into words. Every command's option table parses them, and every command but diff runs, in
// a captured environment whose files are in memory (Tests/TechMatrixTestSupport/
// InMemoryFileSystem.swift, compiled in): render and embed write there, never to the disk.
// diff is parsed but not run, since it starts git: Foundation's Process trips
// AddressSanitizer on its own (finding arguments-crash-91540c17, see the regression test in
// CLIEndToEndTests).
let fuzzMatrix = Matrix(
    id: "example", title: "Example",
    criteria: [
        Criterion(id: "a", name: "A", kind: .text), Criterion(id: "s", name: "S", kind: .support),
        Criterion(id: "n", name: "N", kind: .number(unit: "ms", better: .lower)), Criterion(id: "m", name: "M", kind: .number(unit: nil, better: nil)),
        Criterion(id: "r", name: "R", kind: .rating(scale: 5, better: .higher)),
    ],
    tools: [
        Tool(id: "t", name: "T", cells: ["a": Cell(.text("x")), "s": Cell(.support(.partial)), "n": Cell(.number(3), maximum: 9)]),
        Tool(id: "u", name: "U", cells: ["n": Cell(.number(5), qualifier: .atMost), "r": Cell(.rating(4))]),
    ],
    profiles: [Profile(id: "p", name: "P", requirements: ["s": .support(.yes)], weights: ["n": 2, "r": 1, "m": 1])])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let words = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    for spec in CommandSpec.all {
        _ = try? ParsedArguments(words, spec: spec)
    }
    if let first = words.first, first == "diff" { return 0 }
    let files = InMemoryFileSystem(directories: ["/work/output"])
    files.setFile("/work/notes.md", "<!-- techmatrix:example table-only -->\n<!-- /techmatrix -->\n")
    files.setFile("/work/notes.adoc", "// techmatrix:example\n// /techmatrix\n")
    files.setFile("/work/example.json", MatrixEncoder().encode(fuzzMatrix))
    files.setLink("/work/link", to: "/work/output")
    let environment = CommandEnvironment(
        writeOutput: { _ in }, writeError: { _ in }, readInput: { _ in Array("{}".utf8) },
        workingDirectory: "/work", fileSystem: files)
    let status = TechMatrixCommand(builtins: [fuzzMatrix], environment: environment).run(arguments: ["techmatrix"] + words)
    if ![0, 1, 64].contains(status) { fatalError("unexpected exit status \(status)") }
    return 0
}
