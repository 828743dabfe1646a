extension TechMatrixCommand {
    /// `embed FILE…`: renders every marked region; with `--check`, writes nothing and fails
    /// with a diff when a region is stale. Every file is checked before any is written.
    func embed(_ arguments: ParsedArguments) throws(CommandError) {
        guard !arguments.positionals.isEmpty else {
            throw .usage("'embed' needs at least one file", command: "embed")
        }
        try validateAll(builtins)
        var updates: [(path: String, name: String, old: [UInt8], new: [UInt8])] = []
        var problems: [String] = []
        for name in arguments.positionals {
            guard let kind = EmbeddedDocument.Kind(fileName: name) else {
                problems.append("\(name): cannot tell which kind of document it is; name it .md, .html, .adoc or .rst")
                continue
            }
            let path = environment.resolve(name)
            let old: [UInt8]
            do {
                old = try environment.fileSystem.contents(of: path)
            } catch {
                problems.append(environment.fileSystem.item(at: path).followed == .missing ? "\(name): no such file" : "\(name): cannot be read (\(error.reason))")
                continue
            }
            do {
                updates.append((path, name, old, try EmbeddedDocument(bytes: old, kind: kind).updated(with: builtins)))
            } catch {
                problems.append("\(name): \(error); the file was not changed")
            }
        }
        if !problems.isEmpty { throw .data(problems) }
        let stale = updates.filter { $0.old != $0.new }
        if arguments.switches.contains("check") {
            for update in stale {
                environment.print("stale: \(update.name)")
                environment.print(UnifiedDiff.make(
                    old: String(decoding: update.old, as: UTF8.self), new: String(decoding: update.new, as: UTF8.self),
                    oldName: "\(update.name) (on disk)", newName: "\(update.name) (fresh rendering)"))
            }
            if !stale.isEmpty { throw .data("\(stale.count) of \(updates.count) files have stale regions; run '\(program) embed' to update them") }
            environment.print("all regions in \(updates.count) file\(updates.count == 1 ? "" : "s") are up to date")
            return
        }
        for update in stale {
            do {
                try environment.fileSystem.replaceFile(update.path, with: update.new)
            } catch {
                throw .data("\(update.name): cannot write (\(error.reason))")
            }
            environment.print("updated \(update.name)")
        }
        if stale.count < updates.count {
            environment.print("\(updates.count - stale.count) file\(updates.count - stale.count == 1 ? "" : "s") already up to date")
        }
    }
}
