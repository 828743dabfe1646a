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
            // A valid document is read into memory that is given back as the fast reader moves
            // on, so the whole file and the whole model are never held at once; anything else
            // is read again below, whole, for the full reader and its messages.
            if let matrix = Self.decodeReleasingInput(resolved, decoder: decoder) { return matrix }
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

    /// The matrix in the file at `path` when the fast path reads it and it is valid, or `nil`.
    /// The file is read into pages of its own (an anonymous mapping, not a copy of the file's
    /// pages), and pages the reader has passed are handed back to the system (`MADV_DONTNEED`)
    /// every few megabytes, so the input and the finished model are never resident together.
    static func decodeReleasingInput(_ path: String, decoder: MatrixDecoder) -> Matrix? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let length = (size + pageSize - 1) / pageSize * pageSize
        guard let base = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, length) }
        var filled = 0
        while filled < size {
            let result = Foundation.read(descriptor, base + filled, size - filled)
            if result < 0, errno == EINTR { continue }
            if result <= 0 { return nil }
            filled += result
        }
        // A file that grew since fstat is left to the whole-file path.
        var probe: UInt8 = 0
        if Foundation.read(descriptor, &probe, 1) != 0 { return nil }
        let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
        let chunk = max(pageSize, 4 << 20)
        var released = 0
        return decoder.decodeIfPlainlyValid(bytes) { offset in
            let end = offset / pageSize * pageSize
            guard end - released >= chunk else { return }
            madvise(base + released, end - released, MADV_DONTNEED)
            released = end
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
