/// Parsed arguments of one command: switches that were given, options with their values, and
/// positional arguments, checked against the command's ``CommandSpec``.
struct ParsedArguments: Equatable {
    var switches: Set<String> = []
    var values: [String: String] = [:]
    var positionals: [String] = []
    var wantsHelp = false

    /// Parses `arguments` (the words after the command name) against `spec`.
    /// - Throws: ``CommandError/usage(_:command:)`` for an unknown option (with a suggestion),
    ///   a missing value, a value given to a switch, or an option given twice.
    init(_ arguments: [String], spec: CommandSpec) throws(CommandError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if onlyPositionals || word == "-" || !word.hasPrefix("-") {
                positionals.append(word)
                continue
            }
            if word == "--" { onlyPositionals = true; continue }
            if word == "-h" || word == "--help" { wantsHelp = true; continue }
            guard word.hasPrefix("--") else {
                throw .usage("unknown option '\(word)'", command: spec.name)
            }
            let body = word.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let suggestion = Suggestion.closest(to: name, in: spec.options.map(\.name) + ["help"])
                throw .usage("unknown option '--\(name)' for '\(spec.name)'" + (suggestion.map { "; did you mean '--\($0)'?" } ?? ""), command: spec.name)
            }
            if switches.contains(name) || values[name] != nil {
                throw .usage("option '--\(name)' is given more than once", command: spec.name)
            }
            if option.value == nil {
                if inlineValue != nil { throw .usage("option '--\(name)' takes no value", command: spec.name) }
                switches.insert(name)
            } else if let inlineValue {
                values[name] = inlineValue
            } else {
                guard index < arguments.count else {
                    throw .usage("option '--\(name)' needs a value <\(option.value!)>", command: spec.name)
                }
                values[name] = arguments[index]
                index += 1
            }
        }
    }
}
