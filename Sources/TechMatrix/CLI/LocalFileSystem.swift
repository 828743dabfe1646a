import Foundation

/// The disk, through the system's calls: what the `techmatrix` tool reads and writes.
public struct LocalFileSystem: FileSystem {
    /// The disk.
    public init() {}

    public func item(at path: String) -> FileItem {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        if status.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &status) == 0 else { return .symbolicLink(to: .missing) }
            return .symbolicLink(to: Self.item(status))
        }
        return Self.item(status)
    }

    private static func item(_ status: stat) -> FileItem {
        switch status.st_mode & S_IFMT {
        case S_IFREG: .file(size: Int(status.st_size))
        case S_IFDIR: .directory
        default: .other
        }
    }

    /// The whole file, read straight into an array of its size (and grown only if the file
    /// grew since `fstat`, which a final read tells).
    public func contents(of path: String) throws(FileSystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.lastError }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.lastError }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw FileSystemError(reason: String(cString: strerror(EISDIR))) }
        var failure: FileSystemError?
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(status.st_size)) { buffer, count in
            while count < buffer.count {
                let result = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = Self.lastError
                    return
                }
                if result == 0 { break }
                count += result
            }
        }
        if let failure { throw failure }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let result = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw Self.lastError
            }
            if result == 0 { break }
            bytes.append(contentsOf: chunk[0..<result])
        }
        return bytes
    }

    /// The file is read into pages of its own (an anonymous mapping, not a copy of the file's
    /// pages), and pages `body` has passed are handed back to the system (`MADV_DONTNEED`)
    /// every few megabytes, so a reader that builds a model from the bytes never holds the
    /// whole input and the whole model at once. `nil` for anything but a non-empty regular
    /// file that stays the same size while it is read.
    public func readOnce<Result>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>, _ passed: (Int) -> Void) -> Result) -> Result? {
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
        // A file that grew since fstat is left to the caller's other path.
        var probe: UInt8 = 0
        if Foundation.read(descriptor, &probe, 1) != 0 { return nil }
        let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
        let chunk = max(pageSize, 4 << 20)
        var released = 0
        return body(bytes) { offset in
            let end = min(offset, size) / pageSize * pageSize
            guard end - released >= chunk else { return }
            madvise(base + released, end - released, MADV_DONTNEED)
            released = end
        }
    }

    public func names(inDirectory path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }

    public func createDirectory(_ path: String) throws(FileSystemError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw FileSystemError(reason: error.localizedDescription)
        }
    }

    /// The bytes go to a temporary file in the same directory, which is flushed to disk and
    /// renamed over the target. A failed write removes its temporary file.
    public func replaceFile(_ path: String, with bytes: [UInt8]) throws(FileSystemError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(name).\(ProcessInfo.processInfo.processIdentifier)\(OutputDirectory.temporarySuffix)")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.lastError }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return fsync(descriptor) == 0
        }
        let writeError = Self.lastError
        close(descriptor)
        guard ok else {
            unlink(temporary)
            throw writeError
        }
        guard rename(temporary, path) == 0 else {
            let renameError = Self.lastError
            unlink(temporary)
            throw renameError
        }
    }

    public func removeFile(_ path: String) {
        unlink(path)
    }

    /// The system's words for the last failed call.
    private static var lastError: FileSystemError { FileSystemError(reason: String(cString: strerror(errno))) }
}
