import Foundation

/// Reads one side of `techmatrix diff`: a `techmatrix/v1` file, `-` for standard input, or a
/// git revision: `REV:PATH`, or `REV` with a matrix id, which means `REV:./output/<id>.json`.
struct RevisionReader {
    let environment: CommandEnvironment

    func matrix(_ spec: String, id: String?) throws(CommandError) -> Matrix {
        if spec == "-" || FileManager.default.fileExists(atPath: environment.resolve(spec)) {
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

    /// `git show OBJECT` in the working directory.
    private func gitShow(_ object: String) throws(CommandError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "show", object]
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
            throw .data("\(object): git show failed: \(message)")
        }
        return Array(data)
    }
}
