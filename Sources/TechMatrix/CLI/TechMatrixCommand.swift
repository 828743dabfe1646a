/// The `techmatrix` command line, as a testable value: `main` hands it the process
/// arguments and exits with what ``run(arguments:)`` returns.
///
/// ```swift
/// exit(TechMatrixCommand(builtins: MyMatrices.all).run(arguments: CommandLine.arguments))
/// ```
public struct TechMatrixCommand: Sendable {
    /// The version `--version` prints.
    public static let version = "0.1.0"

    /// The matrices the command renders, lists, validates and exports by id. They are built
    /// only when a command needs them, so `render --input` and `--version` start quickly.
    public var builtins: [Matrix] { makeBuiltins() }
    private let makeBuiltins: @Sendable () -> [Matrix]
    /// Where the command reads and writes.
    public var environment: CommandEnvironment
    /// The executable's name, from the first argument, as help, usage and errors name it: a
    /// library user's `my-matrices`, not `techmatrix`.
    private(set) var program = "techmatrix"

    /// Creates the command.
    /// - Parameters:
    ///   - builtins: The built-in matrices, in listing order.
    ///   - environment: Streams and working directory; the process's by default.
    public init(builtins: [Matrix], environment: CommandEnvironment = .process) {
        makeBuiltins = { builtins }
        self.environment = environment
    }

    /// Creates the command with matrices that are built only when a command needs them.
    ///
    /// ```swift
    /// exit(TechMatrixCommand(makingBuiltins: { MyMatrices.all }).run(arguments: CommandLine.arguments))
    /// ```
    /// - Parameters:
    ///   - makingBuiltins: Returns the built-in matrices, in listing order.
    ///   - environment: Streams and working directory; the process's by default.
    public init(makingBuiltins: @escaping @Sendable () -> [Matrix], environment: CommandEnvironment = .process) {
        makeBuiltins = makingBuiltins
        self.environment = environment
    }

    /// Runs the command line and returns the exit status.
    /// - Parameter arguments: The full argument vector, program name first.
    /// - Returns: 0 on success, 1 for a data error or a difference found, 64 for a usage
    ///   error (see ``ExitStatus``).
    public func run(arguments: [String]) -> Int32 {
        var command = self
        if let name = arguments.first?.split(separator: "/").last { command.program = String(name) }
        return command.runNamed(arguments: arguments)
    }

    private func runNamed(arguments: [String]) -> Int32 {
        do throws(CommandError) {
            try dispatch(Array(arguments.dropFirst()))
            return ExitStatus.success.rawValue
        } catch {
            switch error {
            case .usage(let message, let command):
                environment.printError("Error: \(message)")
                let spec = command.flatMap(CommandSpec.named)
                environment.printError("Usage: " + (spec?.usage(program: program) ?? "\(program) [<command>] [options]"))
                environment.printError("See '\(program) " + (spec.map { "\($0.name) " } ?? "") + "--help'.")
                return ExitStatus.usageError.rawValue
            case .data(let messages):
                for message in messages { environment.printError("Error: \(message)") }
                return ExitStatus.dataError.rawValue
            case .difference:
                return ExitStatus.dataError.rawValue
            }
        }
    }

    /// Sends the words to the command they name; with none, renders every built-in matrix.
    private func dispatch(_ words: [String]) throws(CommandError) {
        guard let first = words.first else {
            try render(ParsedArguments([], spec: CommandSpec.named("render")!))
            return
        }
        switch first {
        case "-h", "--help", "help":
            if first == "help", words.count > 1 {
                guard let spec = CommandSpec.named(words[1]) else { throw unknownCommand(words[1]) }
                environment.print(spec.help(program: program))
            } else {
                environment.print(CommandSpec.toolHelp(program: program))
            }
            return
        case "--version":
            environment.print(program == "techmatrix" ? "techmatrix \(Self.version)" : "\(program) (TechMatrix \(Self.version))")
            return
        case "--generate-completion-script":
            guard words.count == 2, let shell = ShellCompletion.Shell(rawValue: words[1]) else {
                throw .usage("--generate-completion-script takes one shell: bash, zsh or fish", command: nil)
            }
            environment.writeOutput(Array(ShellCompletion(program: program, matrixIDs: builtins.map(\.id)).script(for: shell).utf8))
            return
        case "--generate-manpage":
            guard words.count == 1 else { throw .usage("--generate-manpage takes no arguments", command: nil) }
            environment.writeOutput(Array(ShellCompletion(program: program, matrixIDs: []).manualPage(version: Self.version).utf8))
            return
        default:
            break
        }
        guard let spec = CommandSpec.named(first) else {
            if first.hasPrefix("-") {
                let suggestion = Suggestion.closest(to: first, in: ShellCompletion.globalOptions)
                throw .usage("unknown option '\(first)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), command: nil)
            }
            throw unknownCommand(first)
        }
        let arguments = try ParsedArguments(Array(words.dropFirst()), spec: spec)
        if arguments.wantsHelp {
            environment.print(spec.help(program: program))
            return
        }
        switch spec.command {
        case .render: try render(arguments)
        case .show: try show(arguments)
        case .list: try list(arguments)
        case .validate: try validate(arguments)
        case .export: try export(arguments)
        case .diff: try diff(arguments)
        case .embed: try embed(arguments)
        case .audit: try audit(arguments)
        case .rank: try rank(arguments)
        }
    }

    private func unknownCommand(_ word: String) -> CommandError {
        let suggestion = Suggestion.closest(to: word, in: CommandSpec.all.map(\.name))
        return .usage("unknown command '\(word)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), command: nil)
    }

    /// The built-in matrices named by `ids`, or all of them when none are named.
    func selectBuiltins(_ ids: [String], command: String) throws(CommandError) -> [Matrix] {
        if ids.isEmpty { return builtins }
        var selected: [Matrix] = []
        for id in ids {
            guard let matrix = builtins.first(where: { $0.id == id }) else {
                let suggestion = Suggestion.closest(to: id, in: builtins.map(\.id))
                throw .usage("no built-in matrix has id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + " ('\(program) list' shows them)", command: command)
            }
            if !selected.contains(where: { $0.id == id }) { selected.append(matrix) }
        }
        return selected
    }
}
