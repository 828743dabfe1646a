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
            guard let contents = Self.read(resolved) else {
                throw .data("\(name): cannot be read (\(String(cString: strerror(errno))))")
            }
            bytes = contents
        }
        do {
            return try decoder.decode(bytes)
        } catch {
            throw .data(error.problems.map { "\(name): \($0)" })
        }
    }

    /// The whole file, read straight into an array of its size (and grown only if the file
    /// grew since `fstat`, which a final one-byte read tells).
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(status.st_size)) { buffer, count in
            while count < buffer.count {
                let result = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if result < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if result == 0 { break }
                count += result
            }
        }
        if failed { return nil }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let result = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if result == 0 { break }
            bytes.append(contentsOf: chunk[0..<result])
        }
        return bytes
    }
}
