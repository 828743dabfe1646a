extension TechMatrixCommand {
    /// The options of `show`, registered in ``CommandSpec/all``.
    static let showOptions: [CommandSpec.Option] = [
        CommandSpec.Option(name: "input", value: "file", help: "Show a techmatrix/v2 or v1 JSON document (- for standard input) instead of a built-in matrix."),
        CommandSpec.Option(name: "width", value: "columns", help: "Fit this many columns, from 20 to 1000 (default: $COLUMNS, else the terminal's width, else 80)."),
        CommandSpec.Option(name: "color", value: "auto|always|never", help: "Colour and bold: auto (default) uses them only on a terminal without NO_COLOR."),
        CommandSpec.Option(name: "ascii", value: nil, help: "Draw with +, - and |, and write qualifiers as words."),
        CommandSpec.Option(
            name: RenderFlag.orientation.name, value: RenderFlag.orientation.values.joined(separator: "|"), help: RenderFlag.orientation.help),
    ]

    /// `show <id> | --input FILE [--width N] [--color auto|always|never] [--ascii]`.
    func show(_ arguments: ParsedArguments) throws(CommandError) {
        var options = TerminalRenderer.Options()
        options.ascii = arguments.switches.contains("ascii")
        if let orientation = arguments.values[RenderFlag.orientation.name] {
            var renderOptions = RenderOptions()
            guard RenderFlag.orientation.apply(orientation, to: &renderOptions) else {
                throw .usage("--orientation takes columns or rows, not '\(orientation)'", command: "show")
            }
            options.orientation = renderOptions.orientation
        }
        if let width = arguments.values["width"] {
            guard let columns = Int(width), (20...1000).contains(columns) else {
                throw .usage("--width takes a number of columns from 20 to 1000, not '\(width)'", command: "show")
            }
            options.width = columns
        } else if let columns = environment.variables["COLUMNS"].flatMap(Int.init), (20...1000).contains(columns) {
            options.width = columns
        } else if let columns = environment.terminal?.columns {
            options.width = min(1000, max(20, columns))
        }
        switch arguments.values["color"] ?? "auto" {
        case "always": options.color = true
        case "never": options.color = false
        case "auto":
            // https://no-color.org: any non-empty NO_COLOR turns colour off.
            let noColor = !(environment.variables["NO_COLOR"] ?? "").isEmpty
            options.color = environment.terminal != nil && !noColor && environment.variables["TERM"] != "dumb"
        case let other:
            throw .usage("--color takes auto, always or never, not '\(other)'", command: "show")
        }
        let matrix = try oneMatrix(arguments, command: "show")
        environment.writeOutput(Array(TerminalRenderer(matrix: matrix, options: options).render().utf8))
    }
}
