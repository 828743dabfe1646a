import Foundation

/// Reads `techmatrix/v2` (and v1) documents from files or standard input, refusing one larger than the
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
            let files = environment.fileSystem
            switch files.item(at: resolved).followed {
            case .missing: throw .data("\(name): no such file")
            case .directory: throw .data("\(name): is a directory, not a JSON file")
            case .file(let size) where size > decoder.maximumSize:
                throw .data("\(name): the file is \(size) bytes, more than the limit of \(decoder.maximumSize) bytes (256 MiB); split the matrix")
            case .file, .other, .symbolicLink: break
            }
            // A valid document is read once, into memory that is given back as the fast reader
            // moves on, so the whole file and the whole model are never held at once; anything
            // else is read again below, whole, for the full reader and its messages.
            let decoder = decoder
            let fast = files.readOnce(resolved) { bytes, passed in
                withoutActuallyEscaping(passed) { decoder.decodeIfPlainlyValid(bytes, done: $0) }
            }
            if let matrix = fast ?? nil { return matrix }
            do {
                bytes = try files.contents(of: resolved)
            } catch {
                throw .data("\(name): cannot be read (\(error.reason))")
            }
        }
        do {
            return try decoder.decode(bytes)
        } catch {
            throw .data(error.problems.map { "\(name): \($0)" })
        }
    }
}
