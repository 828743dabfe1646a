import Foundation

/// Reads one side of `techmatrix diff`: a matrix document, `-` for standard input, or a
/// git revision: `REV:PATH`, or `REV` with a matrix id, which means `REV:./output/<id>.json`.
struct RevisionReader {
    let environment: CommandEnvironment

    func matrix(_ spec: String, id: String?) throws(CommandError) -> Matrix {
        if spec == "-" || isFile(spec) {
            return try InputReader(environment: environment).matrix(from: spec)
        }
        let object: String
        if spec.contains(":") {
            object = spec
        } else if let id {
            object = "\(spec):./output/\(id).json"
        } else {
            throw .usage("'\(spec)' is neither a file nor REV:PATH; to compare git revisions give the matrix id too, e.g. 'techmatrix diff HEAD~1 HEAD service-meshes'", command: "diff")
        }
        let bytes = try gitShow(object)
        do {
            return try InputReader(environment: environment).decoder.decode(bytes)
        } catch {
            throw .data(error.problems.map { "\(object): \($0)" })
        }
    }

    /// Whether `spec` names a git revision rather than a file, `-` or `REV:PATH`.
    func isRevision(_ spec: String) -> Bool {
        spec != "-" && !spec.contains(":") && !isFile(spec)
    }

    /// Whether `spec` names something in the file system (a file, or anything a reader then
    /// refuses by name), rather than a revision.
    private func isFile(_ spec: String) -> Bool {
        environment.fileSystem.item(at: environment.resolve(spec)).followed != .missing
    }

    /// The ids of the matrices a revision holds in `output/`: every `<id>.json` there.
    func matrixIDs(at revision: String) throws(CommandError) -> [String] {
        let listing = try git(["ls-tree", "--name-only", "\(revision):./output"], describing: "\(revision):./output")
        return String(decoding: listing, as: UTF8.self).split(separator: "\n").compactMap { name in
            name.hasSuffix(".json") ? String(name.dropLast(5)) : nil
        }
    }

    /// `git show OBJECT` in the working directory.
    private func gitShow(_ object: String) throws(CommandError) -> [UInt8] {
        try git(["show", object], describing: object)
    }

    /// Runs git with `arguments` in the working directory and returns what it printed.
    private func git(_ arguments: [String], describing object: String) throws(CommandError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: environment.workingDirectory)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw .data("cannot run git: \(error.localizedDescription)") }
        nonisolated(unsafe) var errorData = Data()
        let reader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .data("\(object): git \(arguments[0]) failed: \(message)")
        }
        return Array(data)
    }
}
