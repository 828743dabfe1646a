extension TechMatrixCommand {
    /// `list`: one line per built-in matrix: id, title, tool and criterion counts, as-of date.
    func list(_ arguments: ParsedArguments) throws(CommandError) {
        if let extra = arguments.positionals.first { throw .usage("'list' takes no arguments, got '\(extra)'", command: "list") }
        let width = builtins.map(\.id.count).max() ?? 0
        for matrix in builtins {
            let title = matrix.title.replacingOccurrences(of: "\n", with: " ")
            var line = matrix.id + String(repeating: " ", count: width - matrix.id.count + 2) + title
            line += "  (\(matrix.tools.count) tools, \(matrix.criteria.count) criteria"
            if let asOf = matrix.asOf { line += ", as of \(asOf.text)" }
            environment.print(line + ")")
        }
    }

    /// `validate`: checks built-in matrices or one document; prints one line per valid matrix,
    /// and every problem of an invalid one.
    func validate(_ arguments: ParsedArguments) throws(CommandError) {
        if let input = arguments.values["input"] {
            if !arguments.positionals.isEmpty { throw .usage("give either matrix ids or --input, not both", command: "validate") }
            let matrix = try InputReader(environment: environment).matrix(from: input)
            environment.print("ok \(input == "-" ? "<stdin>" : input) (matrix '\(matrix.id)')")
            return
        }
        let matrices = try selectBuiltins(arguments.positionals, command: "validate")
        try validateAll(matrices)
        for matrix in matrices { environment.print("ok \(matrix.id)") }
    }

    /// `export <id>`: the built-in matrix as canonical JSON on standard output.
    func export(_ arguments: ParsedArguments) throws(CommandError) {
        guard arguments.positionals.count == 1 else {
            throw .usage("'export' takes exactly one matrix id", command: "export")
        }
        let matrices = try selectBuiltins(arguments.positionals, command: "export")
        try validateAll(matrices)
        environment.writeOutput(Renderer().renderBytes(matrices[0], as: .json))
    }
}
