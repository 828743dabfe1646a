/// The table the argument parser and the help text are made from: every command with its
/// options. Adding an option is adding a row.
struct CommandSpec {
    struct Option {
        /// The long name without dashes.
        var name: String
        /// The value's placeholder, or `nil` for a switch.
        var value: String?
        /// Made when help, a completion script or the manual page asks for it: every command
        /// reads this table to parse its arguments, and one help line (`--style`, with the
        /// stylesheet's SHA-256) costs more to make than the rest of the table.
        private let makeHelp: @Sendable () -> String

        init(name: String, value: String?, help: @autoclosure @escaping @Sendable () -> String) {
            self.name = name
            self.value = value
            makeHelp = help
        }

        /// What the option does, as help shows it.
        var help: String { makeHelp() }
    }

    /// The command this row describes.
    var command: Command
    var summary: String
    var usage: String
    var options: [Option]
    /// What positional arguments mean, or `nil` when none are taken.
    var arguments: String?
    var discussion: String?

    /// The render options, from the one table that also drives embed markers and completion.
    static let renderingOptions: [Option] = RenderFlag.allCases.map {
        Option(name: $0.name, value: $0.values.isEmpty ? nil : $0.values.joined(separator: "|"), help: $0.help)
    }

    static let all: [CommandSpec] = [
        CommandSpec(
            command: .render, summary: "Render matrices to Markdown, AsciiDoc, reStructuredText, CSV, HTML and JSON.",
            usage: "techmatrix render [<id> ...] [--format <list>] [--output-dir <dir> | --output <file> | --output -] [--input <file> | --input -]",
            options: [
                Option(name: "format", value: "list", help: "Comma-separated formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") + " (default: all)."),
                Option(name: "output-dir", value: "dir", help: "Directory to write <id>.<format> files into (default: output)."),
                Option(name: "output", value: "file", help: "Write one rendering to this file (atomically), or to standard output with -."),
                Option(name: "input", value: "file", help: "Render a techmatrix/v2 (or v1) JSON document (- for standard input) instead of built-in matrices."),
                Option(name: "check", value: nil, help: "Write nothing; exit 1 listing every stale or missing file, with a diff."),
            ] + renderingOptions,
            arguments: "<id>: built-in matrices to render (default: all).",
            discussion: "Files whose content would not change are left untouched."),
        CommandSpec(
            command: .show, summary: "Show a matrix in the terminal: a table fitted to its width, the notes and the sources.",
            usage: "techmatrix show <id> [--input <file>] [--width <columns>] [--color auto|always|never] [--ascii] [--orientation columns|rows]",
            options: TechMatrixCommand.showOptions, arguments: "<id>: the built-in matrix to show.",
            discussion: "Colour only when standard output is a terminal and NO_COLOR is not set, unless --color says otherwise. "
                + "The width is --width, else $COLUMNS, else the terminal's, else 80."),
        CommandSpec(
            command: .list, summary: "List the built-in matrices.",
            usage: "techmatrix list", options: [], arguments: nil, discussion: nil),
        CommandSpec(
            command: .validate, summary: "Check built-in matrices or a JSON document against the techmatrix/v2 rules (v1 rules for v1 documents).",
            usage: "techmatrix validate [<id> ... | --input <file>]",
            options: [Option(name: "input", value: "file", help: "Validate a techmatrix/v2 or v1 JSON document (- for standard input).")],
            arguments: "<id>: built-in matrices to validate (default: all).", discussion: nil),
        CommandSpec(
            command: .export, summary: "Print a built-in matrix as canonical techmatrix/v2 JSON.",
            usage: "techmatrix export <id>", options: [], arguments: "<id>: the built-in matrix to export.", discussion: nil),
        CommandSpec(
            command: .diff, summary: "Compare two revisions of a matrix: tools, criteria, cells, pros and cons.",
            usage: "techmatrix diff <old> <new> [<id>] [--format text|md|json]",
            options: [Option(name: "format", value: "text|md|json", help: "A terminal listing (default), Markdown for a pull request, or JSON.")],
            arguments: "<old>, <new>: a techmatrix/v2 or v1 file, - for standard input, REV:PATH, or a git REV with <id> "
                + "(reads REV:./output/<id>.json); two REVs without <id> compare every matrix in output/ on both.",
            discussion: "Exits 0 when the revisions are equal and 1 when they differ."),
        CommandSpec(
            command: .audit, summary: "Report what is stale, missing, unsourced or disputed, and how much of each matrix is known.",
            usage: "techmatrix audit [<id> ... | --input <file>] [--today YYYY-MM-DD] [--max-age <days>] [--format text|md|json] [--strict]",
            options: [
                Option(name: "input", value: "file", help: "Audit a techmatrix/v2 or v1 JSON document (- for standard input)."),
                Option(name: "today", value: "YYYY-MM-DD", help: "Count ages back from this day instead of the real date."),
                Option(name: "max-age", value: "days", help: "Days after which a claim is stale, for matrices without staleAfterDays (default: 365)."),
                Option(name: "format", value: "text|md|json", help: "A terminal listing (default), Markdown for a pull request, or JSON."),
                Option(name: "strict", value: nil, help: "Exit 1 when any error or warning is found."),
                Option(name: "fail-on", value: "error|warning", help: "Exit 1 when a finding of this severity or worse is found (--strict is --fail-on warning)."),
            ],
            arguments: "<id>: built-in matrices to audit (default: all).",
            discussion: "Errors: unsourced claims, dates later than asOf. Warnings: stale or unverified claims, uncited or "
                + "unfindable sources, web sources without an accessed date, tools without a version, requirements most tools "
                + "cannot be judged on. Info: second-hand and disputed claims, old sources. Exits 0 unless --strict or "
                + "--fail-on finds something."),
        CommandSpec(
            command: .embed, summary: "Render matrices into marked regions of Markdown, HTML, AsciiDoc and reStructuredText documents.",
            usage: "techmatrix embed <file> ... [--check]",
            options: [Option(name: "check", value: nil, help: "Write nothing; exit 1 with a diff when a region is stale.")],
            arguments: "<file>: documents holding <!-- techmatrix:<id> [options] --> ... <!-- /techmatrix --> regions (.md, .html), "
                + "// techmatrix:<id> [options] ... // /techmatrix (.adoc) or .. techmatrix:<id> [options] ... .. /techmatrix (.rst).",
            discussion: "Options in a marker: " + RenderFlag.allMarkerWords.joined(separator: ", ") + ". Everything outside the markers is kept byte for byte."),
        CommandSpec(
            command: .rank, summary: "Rank a matrix's tools for a use case: must-haves, weighted score intervals, fragility.",
            usage: "techmatrix rank <id> [--profile <id> | --require <list> --weight <list>] [--format text|md|json]",
            options: TechMatrixCommand.rankOptions, arguments: "<id>: the built-in matrix to rank.",
            discussion: "The rules are in docs/ranking.md. Scores are intervals where cells are not assessed; overlapping tools are not ranked against each other."),
    ]

    /// The command's name, as typed.
    var name: String { command.rawValue }

    static func named(_ name: String) -> CommandSpec? { all.first { $0.name == name } }

    /// The usage line with the executable's own name in place of `techmatrix`.
    func usage(program: String) -> String {
        usage.hasPrefix("techmatrix ") ? program + usage.dropFirst("techmatrix".count) : usage
    }

    /// The command's help text.
    func help(program: String = "techmatrix") -> String {
        var lines = ["OVERVIEW: \(summary)", "", "USAGE: \(usage(program: program))"]
        if let arguments {
            lines += ["", "ARGUMENTS:", "  \(arguments)"]
        }
        lines += ["", "OPTIONS:"]
        let rows = options.map { ("--\($0.name)" + ($0.value.map { " <\($0)>" } ?? ""), $0.help) } + [("-h, --help", "Show help for this command.")]
        let width = rows.map(\.0.count).max() ?? 0
        for (flag, help) in rows {
            lines.append("  " + flag + String(repeating: " ", count: width - flag.count + 2) + help)
        }
        if let discussion { lines += ["", discussion] }
        return lines.joined(separator: "\n")
    }

    /// The tool's help text.
    static func toolHelp(program: String = "techmatrix") -> String {
        var lines = [
            "OVERVIEW: Keep technology comparison matrices as code and render them to Markdown, AsciiDoc, reStructuredText, CSV, HTML and JSON.",
            "",
            "USAGE: \(program) [<command>] [options]",
            "",
            "With no command, renders every built-in matrix into output/ in every format.",
            "",
            "COMMANDS:",
        ]
        let width = all.map(\.name.count).max() ?? 0
        for command in all {
            lines.append("  " + command.name + String(repeating: " ", count: width - command.name.count + 2) + command.summary)
        }
        lines += [
            "",
            "OPTIONS:",
            "  -h, --help     Show help. '\(program) <command> --help' shows a command's help.",
            "  --version      Show the version.",
            "  --generate-completion-script bash|zsh|fish",
            "                 Print a shell completion script.",
            "  --generate-manpage",
            "                 Print the manual page (man -l to read it).",
            "",
            "EXIT STATUS: 0 success; 1 data error or difference found; 64 usage error.",
        ]
        return lines.joined(separator: "\n")
    }
}
