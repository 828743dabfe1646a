import Foundation

/// Reads `techmatrix/v1` documents from files or standard input, refusing one larger than the
/// decoder's limit before reading it into memory.
struct InputReader {
    let environment: CommandEnvironment
    let decoder = MatrixDecoder()

    /// The decoded matrix from `path` (`-` for standard input).
    /// - Throws: ``CommandError/data(_:)`` naming the file and every problem.
    func matrix(from path: String) throws(CommandError) -> Matrix {
        let name = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        if path == "-" {
            bytes = environment.readInput(decoder.maximumSize)
        } else {
            let resolved = environment.resolve(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
                throw .data("\(name): no such file")
            }
            if isDirectory.boolValue { throw .data("\(name): is a directory, not a JSON file") }
            let size = (try? FileManager.default.attributesOfItem(atPath: resolved)[.size] as? Int) ?? 0
            if size > decoder.maximumSize {
                throw .data("\(name): the file is \(size) bytes, more than the limit of \(decoder.maximumSize) bytes (256 MiB); split the matrix")
            }
            guard let data = FileManager.default.contents(atPath: resolved) else {
                throw .data("\(name): cannot be read (check its permissions)")
            }
            bytes = Array(data)
        }
        do {
            return try decoder.decode(bytes)
        } catch {
            throw .data(error.problems.map { "\(name): \($0)" })
        }
    }
}
