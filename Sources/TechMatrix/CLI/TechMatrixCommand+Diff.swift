extension TechMatrixCommand {
    /// `diff OLD NEW [ID]`: a semantic diff of two revisions; exit 0 when equal, 1 when not.
    /// Two git revisions without an id compare every matrix present in `output/` on both.
    func diff(_ arguments: ParsedArguments) throws(CommandError) {
        guard (2...3).contains(arguments.positionals.count) else {
            throw .usage("'diff' takes two revisions and, for git revisions, a matrix id", command: "diff")
        }
        let format = arguments.values["format"] ?? "text"
        guard ["text", "md", "json"].contains(format) else {
            throw .usage("--format takes text, md or json, not '\(format)'", command: "diff")
        }
        let reader = RevisionReader(environment: environment)
        let (oldSpec, newSpec) = (arguments.positionals[0], arguments.positionals[1])
        var ids: [String?] = [arguments.positionals.count == 3 ? arguments.positionals[2] : nil]
        if ids == [nil], reader.isRevision(oldSpec), reader.isRevision(newSpec) {
            // Two git revisions and no id: every matrix present on both sides.
            let newIDs = Set(try reader.matrixIDs(at: newSpec))
            let common = try reader.matrixIDs(at: oldSpec).filter(newIDs.contains)
            guard !common.isEmpty else {
                throw .data("\(oldSpec) and \(newSpec) have no matrix in common in output/; name the files with REV:PATH")
            }
            ids = common
        }
        var diffs: [MatrixDiff] = []
        for id in ids {
            diffs.append(MatrixDiff(old: try reader.matrix(oldSpec, id: id), new: try reader.matrix(newSpec, id: id)))
        }
        switch format {
        case "md": environment.writeOutput(Array(diffs.map { $0.markdown() }.joined(separator: "\n").utf8))
        case "json":
            // One matrix: its diff; several: an array of them.
            let documents = diffs.map { $0.json() }
            let text = documents.count == 1 ? documents[0] : "[\n" + documents.map { $0.trimmingCharacters(in: .newlines) }.joined(separator: ",\n") + "\n]\n"
            environment.writeOutput(Array(text.utf8))
        default: environment.writeOutput(Array(diffs.map { $0.text() }.joined(separator: "\n").utf8))
        }
        if diffs.contains(where: { !$0.isEmpty }) { throw .difference }
    }
}
