import Foundation

extension TechMatrixCommand {
    /// `render`: validates every selected matrix first, renders all of them in memory, and
    /// only then writes, so a bad matrix means nothing is written.
    func render(_ arguments: ParsedArguments) throws(CommandError) {
        let formats = try parseFormats(arguments.values["format"])
        let options = try renderOptions(arguments)
        let matrices: [Matrix]
        if let input = arguments.values["input"] {
            if !arguments.positionals.isEmpty {
                throw .usage("give either matrix ids or --input, not both", command: "render")
            }
            matrices = [try InputReader(environment: environment).matrix(from: input)]
        } else {
            matrices = try selectBuiltins(arguments.positionals, command: "render")
            try validateAll(matrices)
        }
        let renderer = Renderer(options: options)

        if let output = arguments.values["output"] {
            if arguments.values["output-dir"] != nil { throw .usage("give either --output or --output-dir, not both", command: "render") }
            guard matrices.count == 1, formats.count == 1 else {
                throw .usage("--output writes one rendering: name one matrix and one --format", command: "render")
            }
            if arguments.switches.contains("check") { throw .usage("--check compares a whole --output-dir; it does not go with --output", command: "render") }
            if output == "-" {
                // The matrix is valid, so rendering cannot fail: it streams to standard output.
                renderer.render(matrices[0], as: formats[0], to: environment.writeOutput)
                KeptUntilExit.keep(matrices)
                return
            }
            try writeOne(renderer.renderBytes(matrices[0], as: formats[0]), to: output)
            return
        }

        let directoryName = arguments.values["output-dir"] ?? "output"
        var files: [(name: String, bytes: [UInt8])] = []
        for matrix in matrices {
            for format in formats {
                files.append(("\(matrix.id).\(format.fileExtension)", renderer.renderBytes(matrix, as: format)))
            }
        }
        // The whole built-in set in every format also gets the index pages.
        if arguments.values["input"] == nil, arguments.positionals.isEmpty, formats.count == OutputFormat.allCases.count {
            let catalog = CatalogRenderer(matrices: matrices, generator: program)
            files.append(("README.md", catalog.markdown()))
            files.append(("index.html", catalog.html()))
        }
        let directory = OutputDirectory(path: environment.resolve(directoryName), displayPath: directoryName, files: environment.fileSystem)
        if arguments.switches.contains("check") {
            try check(files, in: directory)
            return
        }
        try directory.prepare()
        var unchanged = 0
        for file in files {
            switch try directory.write(file.bytes, to: file.name) {
            case .written: environment.print("wrote \(directoryName)/\(file.name)")
            case .unchanged: unchanged += 1
            }
        }
        if unchanged > 0 {
            environment.print("\(unchanged) file\(unchanged == 1 ? "" : "s") already up to date in \(directoryName)/")
        }
    }

    /// `render --output FILE`: one rendering, written through a temporary file and a rename;
    /// a directory, a symbolic link or a missing parent directory is refused before anything
    /// is written, and a file that already holds these bytes is left untouched.
    private func writeOne(_ bytes: [UInt8], to output: String) throws(CommandError) {
        let path = environment.resolve(output)
        let files = environment.fileSystem
        switch files.item(at: path) {
        case .symbolicLink: throw .data("\(output): is a symbolic link; refusing to write through it (give the file itself)")
        case .directory: throw .data("\(output): is a directory; give a file name, or use --output-dir to write every format into it")
        case .missing, .file, .other: break
        }
        let parent = (path as NSString).deletingLastPathComponent
        guard files.item(at: parent).followed == .directory else {
            throw .data("\(output): the directory it would go in does not exist")
        }
        if let current = try? files.contents(of: path), current == bytes {
            environment.print("\(output) is already up to date")
            return
        }
        do {
            try files.replaceFile(path, with: bytes)
        } catch {
            throw .data("\(output): cannot write (\(error.reason))")
        }
        environment.print("wrote \(output)")
    }

    /// `render --check`: compares the renderings with the files on disk, writes nothing, and
    /// fails listing every stale or missing file with a diff of where it first differs.
    private func check(_ files: [(name: String, bytes: [UInt8])], in directory: OutputDirectory) throws(CommandError) {
        var stale: [String] = []
        for file in files {
            let path = "\(directory.displayPath)/\(file.name)"
            guard let current = directory.existing(file.name) else {
                stale.append(path)
                environment.print("missing: \(path)")
                continue
            }
            if current == file.bytes { continue }
            stale.append(path)
            environment.print("stale: \(path)")
            environment.print(UnifiedDiff.make(
                old: String(decoding: current, as: UTF8.self), new: String(decoding: file.bytes, as: UTF8.self),
                oldName: "\(path) (on disk)", newName: "\(path) (fresh rendering)"))
        }
        if stale.isEmpty {
            environment.print("all \(files.count) files in \(directory.displayPath)/ are up to date")
            return
        }
        throw .data("\(stale.count) of \(files.count) files in \(directory.displayPath)/ are stale or missing; run '\(program) render' to update them")
    }

    /// Every problem in every matrix, each prefixed with the matrix id.
    func validateAll(_ matrices: [Matrix]) throws(CommandError) {
        var messages: [String] = []
        for matrix in matrices {
            messages += matrix.problems().map { "matrix '\(matrix.id)': \($0.declarationDescription(in: matrix))" }
        }
        if !messages.isEmpty { throw .data(messages) }
    }

    private func parseFormats(_ list: String?) throws(CommandError) -> [OutputFormat] {
        guard let list else { return OutputFormat.allCases }
        var formats: [OutputFormat] = []
        for name in list.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard let format = OutputFormat(rawValue: name) ?? (name == "markdown" ? .markdown : nil) else {
                let names = OutputFormat.allCases.map(\.rawValue)
                let expected = names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
                let suggestion = Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
                throw .usage("unknown format '\(name)'; expected \(expected)" + suggestion, command: "render")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    private func renderOptions(_ arguments: ParsedArguments) throws(CommandError) -> RenderOptions {
        var options = RenderOptions()
        for flag in RenderFlag.allCases {
            if flag.values.isEmpty {
                if arguments.switches.contains(flag.name) { _ = flag.apply(nil, to: &options) }
            } else if let value = arguments.values[flag.name], !flag.apply(value, to: &options) {
                throw .usage("--\(flag.name) takes " + flag.values.map { "'\($0)'" }.joined(separator: " or ") + ", not '\(value)'", command: "render")
            }
        }
        return options
    }
}

/// The matrices last rendered to standard output. `main` exits as soon as the command
/// returns, so freeing a large matrix (hundreds of thousands of cells and strings) would only
/// delay the exit; holding on to the last one instead costs nothing (clang's `-disable-free`
/// does the same). A later render replaces it, so at most one set is held.
private enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var matrices: [Matrix] = []

    static func keep(_ kept: [Matrix]) {
        lock.lock()
        let previous = matrices
        matrices = kept
        lock.unlock()
        _ = previous
    }
}
