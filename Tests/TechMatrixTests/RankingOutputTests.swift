import Foundation
import Testing

@testable import TechMatrix

/// `techmatrix rank` as a user runs it (exit statuses, messages, the three formats), its JSON
/// against schema/techmatrix-rank-v1.schema.json with Python's jsonschema, and the "Which one
/// fits" sections of the renderings.
@Suite("Ranking: the rank command and the renderings", .serialized)
struct RankingOutputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let python = root.appendingPathComponent(".build/venv/bin/python").path
    static var hasJSONSchema: Bool {
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import jsonschema"]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    let directory: URL
    init() throws { directory = try CLIProcess.temporaryDirectory() }

    func run(_ arguments: String...) throws -> CLIProcess.Result {
        try CLIProcess.run(arguments, in: directory)
    }

    /// A document with a number criterion that has no `better`, and two profiles.
    static let document = Matrix(
        id: "runtimes", title: "Runtimes",
        criteria: [
            Criterion(id: "startup", name: "Startup", kind: .number(unit: "ms", better: .lower)),
            Criterion(id: "size", name: "Image size", kind: .number(unit: "MB", better: nil)),
            Criterion(id: "arm", name: "ARM", kind: .support),
            Criterion(id: "docs", name: "Docs", kind: .rating(scale: 5, better: .higher)),
            Criterion(id: "notes", name: "Notes", kind: .text),
        ],
        tools: [
            Tool(id: "alpha", name: "Alpha", cells: ["startup": Cell(.number(10)), "arm": Cell(.support(.yes)), "docs": Cell(.rating(4))]),
            Tool(id: "beta", name: "Beta", cells: ["startup": Cell(.number(3), maximum: 30), "arm": Cell(.support(.no)), "docs": Cell(.rating(5))]),
            Tool(id: "gamma", name: "Gamma", cells: ["startup": Cell(.number(50)), "docs": Cell(.rating(2)), "size": Cell(.number(9))]),
        ],
        profiles: [
            Profile(id: "arm-builds", name: "ARM builds", requirements: ["arm": .support(.yes)], weights: ["startup": 2, "docs": 1]),
            Profile(id: "fast", name: "Fast start", requirements: ["startup": .atMost(20)], weights: ["startup": 1, "size": 1]),
        ])

    func writeDocument() throws -> String {
        try Data(Renderer().renderBytes(Self.document, as: .json)).write(to: directory.appendingPathComponent("runtimes.json"))
        return "runtimes.json"
    }

    @Test("rank on a built-in matrix with --require and --weight: text, md and json")
    func builtin() throws {
        // Worked by hand from matrices/ServiceMeshes.swift: only Linkerd and Istio Ambient have
        // mutual TLS on by default; Linkerd has retries and circuit breaking (1.00), Istio Ambient
        // partial retries and preview circuit breaking (0.5 each, so 0.50).
        let text = try run("rank", "service-meshes", "--require", "mutual-tls-on-by-default=yes", "--weight", "circuit-breaking=3,retries=2")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Service meshes: Command line\nMust have: Mutual TLS on by default: yes\nWeights: Retries 2, Circuit breaking 3\n"))
        #expect(text.stdout.contains("  1  Linkerd        1.00  first in 100 %\n  2  Istio Ambient  0.50  first in 0 %\n"), "\(text.stdout)")
        #expect(text.stdout.contains("Out:\n  Istio (sidecar mode): Mutual TLS on by default is Partial, needs yes\n"), "\(text.stdout)")
        // Declared profiles: in "Encrypted by default" Linkerd's sidecar-less cell is not assessed,
        // so its score is an interval that overlaps Istio Ambient's 0.90.
        let declared = try run("rank", "service-meshes", "--profile", "encrypted-by-default")
        #expect(declared.status == 0)
        #expect(declared.stdout.contains("Linkerd        [0.70, 0.90]"), "\(declared.stdout)")
        #expect(declared.stdout.contains("cannot be told apart on what is known"))
        let markdown = try run("rank", "service-meshes", "--require", "mutual-tls-on-by-default=yes", "--weight", "retries=3", "--format", "md")
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("### Which one fits: Command line (Service meshes)\n\n**Must have:** Mutual TLS on by default: yes\n\n"))
        #expect(markdown.stdout.contains("| Place | Tool | Score | First in | Cannot be told apart from |\n| --- | --- | --- | --- | --- |\n"))
        let json = try run("rank", "service-meshes", "--weight", "added-latency=1", "--format", "json")
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"format\": \"techmatrix-rank/v1\""))
    }

    @Test("declared profiles: all of them by default, one with --profile")
    func declared() throws {
        let file = try writeDocument()
        let all = try run("rank", "--input", file)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("Runtimes: ARM builds\n") && all.stdout.contains("Runtimes: Fast start\n"))
        // Fast start: Gamma (50 ms) fails; Beta 3–30 ms straddles 20; the weight on size is left out.
        #expect(all.stdout.contains("  Gamma: Startup is 50 ms, needs at most 20 ms"), "\(all.stdout)")
        #expect(all.stdout.contains("  Beta: Startup is 3 to 30 ms: may or may not be at most 20 ms; score [0.43, 1.00]"), "\(all.stdout)")
        #expect(all.stdout.contains("The weight on Image size is left out: the criterion does not say whether lower or higher is better"))
        let one = try run("rank", "--input", file, "--profile", "fast", "--format", "json")
        #expect(one.status == 0)
        #expect(one.stdout.contains("\"id\": \"fast\"") && !one.stdout.contains("\"id\": \"arm-builds\""))
    }

    @Test(
        "usage errors exit 64 with the command's usage; data errors exit 1",
        arguments: [
            (["rank", "service-meshes", "--weight", "added-latncy=1"], 64, "matrix 'service-meshes' has no criterion 'added-latncy'; did you mean 'added-latency'?"),
            (["rank", "service-meshes", "--require", "data-plane-model=yes"], 64, "'data-plane-model' is a text criterion: text cannot be required; only support, number and rating criteria can"),
            (["rank", "service-meshes", "--weight", "data-plane-model=1"], 64, "text cannot be weighted"),
            (["rank", "service-meshes", "--require", "mutual-tls-on-by-default=maybe"], 64, "'mutual-tls-on-by-default' is a support criterion and takes yes or partial, not 'maybe'"),
            (["rank", "service-meshes", "--require", "added-latency=5"], 64, "takes at-most:N or at-least:N, not '5'"),
            (["rank", "service-meshes", "--weight", "added-latency=11"], 64, "a weight is a number from 0 to 10, not '11'"),
            (["rank", "service-meshes", "--weight", "added-latency"], 64, "--weight takes criterion=value pairs separated by commas, not 'added-latency'"),
            (["rank", "service-meshes", "--weight", "added-latency=1,added-latency=2"], 64, "names 'added-latency' more than once"),
            (["rank", "service-meshes", "--profile", "fast"], 64, "matrix 'service-meshes' has no profile 'fast' (it declares resilient-calls, encrypted-by-default, several-clusters)"),
            (["rank", "service-mesh", "--weight", "added-latency=1"], 64, "did you mean 'service-meshes'?"),
            (["rank", "service-meshes", "--weight", "added-latency=1", "--format", "xml"], 64, "--format takes text, md or json, not 'xml'"),
            (["rank", "service-meshes", "--wieght", "added-latency=1"], 64, "did you mean '--weight'?"),
            (["rank"], 64, "'rank' takes exactly one matrix id (or --input FILE)"),
            (["rank", "--input", "missing.json"], 1, "missing.json: no such file"),
        ])
    func errors(arguments: [String], status: Int32, message: String) throws {
        let result = try CLIProcess.run(arguments, in: directory)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        if status == 64 { #expect(result.stderr.contains("Usage: techmatrix rank <id>")) }
    }

    @Test("a document's own profiles: unknown profile gets did you mean, a number without better cannot be weighted")
    func documentErrors() throws {
        let file = try writeDocument()
        let typo = try run("rank", "--input", file, "--profile", "fastt")
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("matrix 'runtimes' has no profile 'fastt'; did you mean 'fast'?"))
        let noBetter = try run("rank", "--input", file, "--weight", "size=2")
        #expect(noBetter.status == 64)
        #expect(noBetter.stderr.contains("'size' is a number criterion that does not say whether lower or higher is better, so it cannot be weighted"))
        let both = try run("rank", "--input", file, "--profile", "fast", "--weight", "docs=1")
        #expect(both.status == 64)
        try Data("{\"format\": \"techmatrix/v2\"}".utf8).write(to: directory.appendingPathComponent("bad.json"))
        let bad = try run("rank", "--input", "bad.json")
        #expect(bad.status == 1)
        // A matrix without profiles needs --require or --weight.
        var plain = Self.document
        plain.profiles = []
        try Data(Renderer().renderBytes(plain, as: .json)).write(to: directory.appendingPathComponent("plain.json"))
        let none = try run("rank", "--input", "plain.json")
        #expect(none.status == 64)
        #expect(none.stderr.contains("matrix 'runtimes' declares no profiles; give --require and --weight"), "\(none.stderr)")
    }

    @Test(
        "rank JSON validates against schema/techmatrix-rank-v1.schema.json (Python jsonschema) on 150 generated matrices",
        .enabled(if: TestEnvironment.fullSuite || hasJSONSchema, "needs .build/venv with jsonschema (bash .ci/test creates it)"))
    func schema() throws {
        try #require(Self.hasJSONSchema, "no .build/venv/bin/python with jsonschema: run bash .ci/test once")
        var documents: [String] = []
        var seed: UInt64 = 1000
        while documents.count < 150 {
            let matrix = RankingGenerator.matrix(seed: seed)
            seed += 1
            guard !matrix.profiles.isEmpty else { continue }
            documents.append(Ranking.json(matrixID: matrix.id, rankings: RankingReport.declared(matrix)))
        }
        documents.append(Ranking.json(matrixID: Self.document.id, rankings: RankingReport.declared(Self.document)))
        let file = directory.appendingPathComponent("rankings.json")
        try ("[" + documents.joined(separator: ",") + "]").write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            documents = json.load(open(sys.argv[2]))
            bad = [(i, e.message[:200], list(e.absolute_path)) for i, d in enumerate(documents) for e in validator.iter_errors(d)]
            print("%d documents, %d errors %s" % (len(documents), len(bad), bad[:3]))
            sys.exit(1 if bad else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = ["-c", script, Self.root.appendingPathComponent("schema/techmatrix-rank-v1.schema.json").path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.hasPrefix("151 documents, 0 errors"), "\(output)")
    }

    @Test("the README's rank example is what the command prints")
    func readmeExample() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "$ techmatrix rank service-meshes"))
        let block = readme[start.lowerBound...]
        let end = try #require(block.range(of: "\n```\n"))
        let lines = block[..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The command may continue over lines ending in a backslash.
        var command = ""
        var index = 0
        while true {
            let line = lines[index]
            index += 1
            if line.hasSuffix("\\") { command += line.dropLast() } else { command += line; break }
        }
        let words = command.dropFirst(2).split(separator: " ").map(String.init).dropFirst()
        let result = try CLIProcess.run(Array(words), in: directory)
        #expect(result.status == 0)
        #expect(result.stdout == lines[index...].joined(separator: "\n") + "\n")
    }

    // MARK: Renderings

    @Test("Markdown and HTML get a 'Which one fits' section only when the matrix declares profiles; CSV never changes")
    func sections() {
        var without = Self.document
        without.profiles = []
        let renderer = Renderer()
        #expect(renderer.render(Self.document, as: .markdown).contains("\n## Which one fits\n\n"))
        #expect(!renderer.render(without, as: .markdown).contains("Which one fits"))
        #expect(renderer.render(Self.document, as: .html).contains("<h2 id=\"\(Self.document.id)--fit-heading\">Which one fits</h2>"))
        #expect(!renderer.render(without, as: .html).contains("Which one fits"))
        #expect(!Renderer(options: RenderOptions(tableOnly: true)).render(Self.document, as: .markdown).contains("Which one fits"))
        #expect(!Renderer(options: RenderOptions(fragment: true)).render(Self.document, as: .html).contains("tm-fit"))
        for options in [RenderOptions(), RenderOptions(longFormat: true), RenderOptions(orientation: .toolsAsColumns)] {
            #expect(Renderer(options: options).render(Self.document, as: .csv) == Renderer(options: options).render(without, as: .csv))
        }
        // The section sits between the pros and cons and the verdict, and says what it found.
        let markdown = renderer.render(Self.document, as: .markdown)
        #expect(markdown.contains("### ARM builds\n\n**Must have:** ARM: yes\n\n**Weights:** Startup 2, Docs 1\n\n| Place | Tool | Score | First in | Cannot be told apart from |"), "\(markdown)")
        #expect(markdown.contains("- Beta: ARM is ❌ No, needs yes"), "\(markdown)")
    }

    @Test("every inline style and script of a page is allowed by a hash in its policy, and nothing else is")
    func contentSecurityPolicy() throws {
        for matrix in [
            Self.document,
            {
                var m = Self.document; m.profiles = []; return m
            }(),
        ] {
            let page = Renderer().render(matrix, as: .html)
            let policy = try #require(page.firstMatch(of: /http-equiv="Content-Security-Policy" content="([^"]*)"/)?.1)
            let decoded = String(policy).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&apos;", with: "'")
            var hashes: [String] = []
            for match in page.matches(of: /<(style|script)>(.*?)<\/(style|script)>/.dotMatchesNewlines()) {
                hashes.append(SHA256.cspSource(for: String(match.2)))
            }
            // Style and script, the freshness script, and the fit finder's style and script.
            #expect(hashes.count == (matrix.profiles.isEmpty ? 3 : 5))
            for hash in hashes { #expect(decoded.contains(hash), "\(hash) not in \(decoded)") }
            let allowed = decoded.matches(of: /'sha256-[^']+'/).count
            #expect(allowed == hashes.count)
            #expect(decoded.contains("default-src 'none'") && !decoded.contains("unsafe"))
            if matrix.profiles.isEmpty { #expect(decoded == HTMLAssets.contentSecurityPolicy) }
        }
        // The data block is not a script the page runs, and holds no '<'.
        let page = Renderer().render(Self.document, as: .html)
        #expect(page.contains("<script type=\"application/json\" class=\"tm-fit-data\">{"))
        #expect(!Ranking.pageDataText(Matrix(id: "x", title: "</script><!--", criteria: [Criterion(id: "a", name: "</script>", kind: .support)], tools: [Tool(id: "t", name: "<!--")])).contains("<"))
    }
}
