extension TechMatrixCommand {
    /// `diff OLD NEW [ID]`: a semantic diff of two revisions; exit 0 when equal, 1 when not.
    func diff(_ arguments: ParsedArguments) throws(CommandError) {
        guard (2...3).contains(arguments.positionals.count) else {
            throw .usage("'diff' takes two revisions and, for git revisions, a matrix id", command: "diff")
        }
        let format = arguments.values["format"] ?? "text"
        guard ["text", "md", "json"].contains(format) else {
            throw .usage("--format takes text, md or json, not '\(format)'", command: "diff")
        }
        let id = arguments.positionals.count == 3 ? arguments.positionals[2] : nil
        let reader = RevisionReader(environment: environment)
        let old = try reader.matrix(arguments.positionals[0], id: id)
        let new = try reader.matrix(arguments.positionals[1], id: id)
        let diff = MatrixDiff(old: old, new: new)
        switch format {
        case "md": environment.writeOutput(Array(diff.markdown().utf8))
        case "json": environment.writeOutput(Array(diff.json().utf8))
        default: environment.writeOutput(Array(diff.text().utf8))
        }
        if !diff.isEmpty { throw .difference }
    }
}
