import Foundation
import Testing

@testable import TechMatrix

/// The command table drives dispatch, help, embed markers and the generated completion scripts
/// and manual page; these tests pin what the table says and what is made from it.
@Suite("The command table and what is generated from it")
struct CommandTableTests {
    static let matrix = Matrix(id: "meshes", title: "Meshes", criteria: [Criterion(id: "mtls", name: "mTLS", kind: .support)], tools: [Tool(id: "istio", name: "Istio")])

    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        let output = AuditTests.Captured()
        let errors = AuditTests.Captured()
        let environment = CommandEnvironment(
            writeOutput: { output.append($0) }, writeError: { errors.append($0) }, readInput: { _ in [] }, workingDirectory: "/")
        let status = TechMatrixCommand(builtins: [Self.matrix], environment: environment).run(arguments: arguments)
        return (status, output.text, errors.text)
    }

    @Test("Every command has exactly one row in the table, in the order help lists them")
    func oneRowPerCommand() {
        #expect(CommandSpec.all.map(\.command) == [.render, .show, .list, .validate, .export, .diff, .audit, .embed, .rank])
        #expect(Set(CommandSpec.all.map(\.command)) == Set(Command.allCases))
    }

    @Test("The render flags give the render command's options and the embed markers' words")
    func renderFlags() {
        let render = CommandSpec.named("render")!
        #expect(render.options.suffix(RenderFlag.allCases.count).map(\.name) == ["orientation", "plain", "table-only", "pad", "fragment", "style", "heading-level", "long", "bom", "csv-raw"])
        #expect(render.options.first { $0.name == "orientation" }?.value == "columns|rows")
        #expect(render.options.first { $0.name == "heading-level" }?.value == "h2|h3|h4|h5|h6")
        #expect(RenderFlag.allMarkerWords == ["columns", "rows", "plain", "table-only", "pad", "fragment", "style", "h2", "h3", "h4", "h5", "h6"])
        var options = RenderOptions()
        #expect(RenderFlag.orientation.apply("rows", to: &options) && options.orientation == .toolsAsRows)
        #expect(!RenderFlag.orientation.apply("diagonal", to: &options))
        #expect(RenderFlag.flag(forMarkerWord: "long") == nil, "CSV-only options are not marker words")
        #expect(RenderFlag.flag(forMarkerWord: "h3") == .headingLevel)
        #expect(RenderFlag.headingLevel.apply("h3", to: &options) && options.headingLevel == .h3)
        #expect(!RenderFlag.headingLevel.apply("3", to: &options))
        #expect(RenderFlag.style.apply(nil, to: &options) && options.fragmentStyle)
    }

    @Test("A marker word the table does not know is refused with the table's words")
    func unknownMarkerWord() throws {
        let document = EmbeddedDocument(bytes: Array("<!-- techmatrix:\(Self.matrix.id) long -->\n<!-- /techmatrix -->\n".utf8), kind: .markdown)
        #expect(throws: EmbeddedDocument.MarkerError.self) { try document.updated(with: [Self.matrix]) }
        do {
            _ = try document.updated(with: [Self.matrix])
        } catch {
            #expect(error.message == "unknown option 'long' in the marker; expected columns, rows, plain, table-only, pad, fragment, style, h2, h3, h4, h5, h6")
        }
    }

    @Test("Completion scripts and the manual page use the executable's own name")
    func programName() {
        for shell in ["bash", "zsh", "fish"] {
            let result = Self.run(["/usr/local/bin/my-matrices", "--generate-completion-script", shell])
            #expect(result.status == 0)
            #expect(result.output.contains("my-matrices --generate-completion-script \(shell)"))
            // The format's name (techmatrix/v2) may appear in help texts; the program's may not.
            for other in ["complete -c techmatrix", "_techmatrix", "techmatrix --", "compdef techmatrix"] {
                #expect(!result.output.contains(other), "\(shell) script names techmatrix: \(other)")
            }
        }
        let manual = Self.run(["my-matrices", "--generate-manpage"])
        #expect(manual.status == 0)
        #expect(manual.output.hasPrefix(".TH MY\\-MATRICES 1 "))
    }

    @Test("A missing or unknown shell is a usage error")
    func usage() {
        let missing = Self.run(["techmatrix", "--generate-completion-script"])
        #expect(missing.status == 64)
        #expect(missing.errors.contains("--generate-completion-script takes one shell: bash, zsh or fish"))
        #expect(Self.run(["techmatrix", "--generate-completion-script", "tcsh"]).status == 64)
        #expect(Self.run(["techmatrix", "--generate-manpage", "extra"]).status == 64)
        #expect(Self.run(["techmatrix", "--generate-manpag"]).errors.contains("did you mean '--generate-manpage'?"))
    }

    @Test("An option's help is made when asked for: --style names the fragment stylesheet's CSP source")
    func styleHelpNamesTheHash() {
        let help = Self.run(["techmatrix", "render", "--help"]).output
        let line = help.split(separator: "\n").first { $0.hasPrefix("  --style ") }
        #expect(line?.hasSuffix("(a host's CSP allows it with style-src \(SHA256.cspSource(for: HTMLAssets.fragmentStyle))).") == true)
        let made = Counter()
        let option = CommandSpec.Option(name: "x", value: nil, help: made.next("Does x."))
        #expect(made.count == 0, "nothing is made until help is asked for")
        #expect(option.help == "Does x.")
        #expect(made.count == 1)
    }

    /// Counts the help texts made through it.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var made = 0
        var count: Int { lock.withLock { made } }
        func next(_ text: String) -> String {
            lock.withLock { made += 1 }
            return text
        }
    }

    @Test("The process environment gives a command NO_COLOR, COLUMNS and TERM, and nothing else")
    func environmentVariables() {
        let set = ["NO_COLOR": "", "COLUMNS": "120", "HOME": "/root", "TERM": "xterm-256color", "LANG": "C.UTF-8"]
        #expect(CommandEnvironment.variables { set[$0] } == ["NO_COLOR": "", "COLUMNS": "120", "TERM": "xterm-256color"])
        #expect(CommandEnvironment.variables { _ in nil } == [:])
        #expect(CommandEnvironment.process.variables == ProcessInfo.processInfo.environment.filter { ["NO_COLOR", "COLUMNS", "TERM"].contains($0.key) })
    }

    @Test("Help, usage errors, hints and the index pages name the executable the user ran")
    func programNameInMessages() throws {
        let help = Self.run(["/opt/bin/my-matrices", "render", "--help"])
        #expect(help.output.contains("USAGE: my-matrices render [<id> ...]"))
        let tool = Self.run(["my-matrices", "--help"])
        #expect(tool.output.contains("USAGE: my-matrices [<command>] [options]"))
        #expect(tool.output.contains("'my-matrices <command> --help'"))
        let bad = Self.run(["my-matrices", "render", "--formt", "md"])
        #expect(bad.status == 64)
        #expect(bad.errors.contains("Usage: my-matrices render "))
        #expect(bad.errors.contains("See 'my-matrices render --help'."))
        let unknown = Self.run(["my-matrices", "export", "nope"])
        #expect(unknown.errors.contains("('my-matrices list' shows them)"))
        #expect(Self.run(["my-matrices", "--version"]).output == "my-matrices (TechMatrix \(TechMatrixCommand.version))\n")
        #expect(Self.run(["techmatrix", "--version"]).output == "techmatrix \(TechMatrixCommand.version)\n")
        let catalog = CatalogRenderer(matrices: [Self.matrix], generator: "my-matrices")
        #expect(String(decoding: catalog.markdown(), as: UTF8.self).contains("Generated by `my-matrices`; do not edit by hand."))
        #expect(String(decoding: catalog.html(), as: UTF8.self).contains("Generated by my-matrices.</p>"))
        #expect(String(decoding: CatalogRenderer(matrices: [Self.matrix], generator: "a`b").markdown(), as: UTF8.self).contains("Generated by a\\`b;"))
    }
}
