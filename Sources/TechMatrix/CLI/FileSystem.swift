/// The files a ``TechMatrixCommand`` reads and writes: the disk (``LocalFileSystem``) for the
/// tool, or a file system of the caller's for running commands in process without touching
/// the disk. Paths are absolute; the command resolves relative ones against
/// ``CommandEnvironment/workingDirectory`` first.
public protocol FileSystem: Sendable {
    /// What is at `path`, without following a symbolic link in its last component.
    func item(at path: String) -> FileItem

    /// The whole contents of the regular file at `path` (following symbolic links).
    /// - Throws: ``FileSystemError`` when it is missing, not a file, or cannot be read.
    func contents(of path: String) throws(FileSystemError) -> [UInt8]

    /// Reads the file at `path` once, front to back, and hands its bytes to `body`, which may
    /// call `passed(offset)` to say it will not look before `offset` again, so the system can
    /// take those pages back while `body` goes on. `nil` when the file cannot be read.
    func readOnce<Result>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>, _ passed: (Int) -> Void) -> Result) -> Result?

    /// The names in the directory at `path`, in no particular order; empty when it is not a
    /// directory.
    func names(inDirectory path: String) -> [String]

    /// Creates the directory at `path` and any missing directories above it.
    /// - Throws: ``FileSystemError`` when it cannot.
    func createDirectory(_ path: String) throws(FileSystemError)

    /// Replaces the file at `path` with `bytes` all at once: a reader, or a crash, sees the old
    /// file or the new one and never a mixture. A symbolic link at `path` is replaced, not
    /// followed.
    /// - Throws: ``FileSystemError`` when it cannot; the old file is then unchanged.
    func replaceFile(_ path: String, with bytes: [UInt8]) throws(FileSystemError)

    /// Removes the file at `path`, if there is one; failures are ignored.
    func removeFile(_ path: String)
}

/// What a path names, as ``FileSystem/item(at:)`` tells it.
public enum FileItem: Equatable, Sendable {
    /// Nothing.
    case missing
    /// A regular file of `size` bytes.
    case file(size: Int)
    /// A directory.
    case directory
    /// Anything else: a device, a socket, a pipe.
    case other
    /// A symbolic link, and what it leads to in the end (``missing`` when it dangles).
    indirect case symbolicLink(to: FileItem)

    /// What the path leads to once symbolic links are followed.
    public var followed: FileItem {
        if case .symbolicLink(let target) = self { return target.followed }
        return self
    }
}

/// Why a ``FileSystem`` operation failed, in the system's words (`No such file or directory`).
public struct FileSystemError: Error, Equatable, Sendable {
    /// The reason, as the system states it.
    public var reason: String

    /// An error with the system's reason.
    public init(reason: String) { self.reason = reason }
}
