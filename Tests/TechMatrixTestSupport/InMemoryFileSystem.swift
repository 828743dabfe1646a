import Foundation
import TechMatrix

/// A file system held in memory, for running commands in process: directories, files and
/// symbolic links under absolute paths, with `.` and `..` resolved and links followed as the
/// disk would (except in the last component of ``item(at:)``). It also counts what it was
/// asked to do, so a test can say that a command wrote nothing.
public final class InMemoryFileSystem: FileSystem, @unchecked Sendable {
    private enum Node: Equatable {
        case file([UInt8])
        case directory
        case link(String)
    }

    private let lock = NSLock()
    private var nodes: [String: Node] = ["/": .directory]
    private var writeCount = 0

    /// A file system with only `/`, plus the given directories (and those above them).
    public init(directories: [String] = []) {
        for directory in directories { try? createDirectory(directory) }
        writeCount = 0
    }

    /// How many files were replaced, directories created or files removed since the file system was made;
    /// what `setFile` and ``setLink(_:to:)`` put in place is not counted.
    public var writes: Int { lock.withLock { writeCount } }

    /// Every path and what it is: `"dir/"` for a directory, `"file (N bytes)"`, `"link -> target"`.
    public var listing: [String] {
        lock.withLock {
            nodes.keys.sorted().map { path in
                switch nodes[path]! {
                case .directory: path.hasSuffix("/") ? path : path + "/"
                case .file(let bytes): "\(path) (\(bytes.count) bytes)"
                case .link(let target): "\(path) -> \(target)"
                }
            }
        }
    }

    /// Puts a file at `path`, creating the directories above it.
    public func setFile(_ path: String, _ text: String) { setFile(path, Array(text.utf8)) }

    /// Puts a file of `bytes` at `path`, creating the directories above it.
    public func setFile(_ path: String, _ bytes: [UInt8]) {
        let counted = writes
        try? createDirectory(Self.parent(of: Self.normalised(path)))
        lock.withLock {
            nodes[resolved(Self.normalised(path), followingLast: false)] = .file(bytes)
            writeCount = counted
        }
    }

    /// Puts a symbolic link at `path` that leads to `target` (absolute or relative to the link).
    public func setLink(_ path: String, to target: String) {
        lock.withLock { nodes[Self.normalised(path)] = .link(target) }
    }

    /// The text of the file at `path`, or `nil`.
    public func text(_ path: String) -> String? {
        (try? contents(of: path)).map { String(decoding: $0, as: UTF8.self) }
    }

    public func item(at path: String) -> FileItem {
        lock.withLock { item(resolved(Self.normalised(path), followingLast: false)) }
    }

    private func item(_ path: String, depth: Int = 0) -> FileItem {
        switch nodes[path] {
        case nil: return .missing
        case .directory: return .directory
        case .file(let bytes): return .file(size: bytes.count)
        case .link(let target):
            guard depth < 40 else { return .symbolicLink(to: .missing) }
            let next = resolved(Self.normalised(target, from: Self.parent(of: path)), followingLast: false)
            return .symbolicLink(to: item(next, depth: depth + 1).followed)
        }
    }

    public func contents(of path: String) throws(FileSystemError) -> [UInt8] {
        let found: Node? = lock.withLock { nodes[resolved(Self.normalised(path), followingLast: true)] }
        switch found {
        case .file(let bytes)?: return bytes
        case .directory?: throw FileSystemError(reason: "Is a directory")
        case nil, .link?: throw FileSystemError(reason: "No such file or directory")
        }
    }

    public func readOnce<Result>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>, _ passed: (Int) -> Void) -> Result) -> Result? {
        guard let bytes = try? contents(of: path), !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { body($0) { _ in } }
    }

    public func names(inDirectory path: String) -> [String] {
        lock.withLock {
            let directory = resolved(Self.normalised(path), followingLast: true)
            guard nodes[directory] == .directory else { return [] }
            let prefix = directory == "/" ? "/" : directory + "/"
            return nodes.keys.filter { $0.hasPrefix(prefix) && $0 != prefix && !$0.dropFirst(prefix.count).contains("/") }
                .map { String($0.dropFirst(prefix.count)) }
        }
    }

    public func createDirectory(_ path: String) throws(FileSystemError) {
        let failure: FileSystemError? = lock.withLock {
            var current = ""
            for component in Self.normalised(path).split(separator: "/") {
                current += "/" + component
                current = resolved(current, followingLast: true)
                switch nodes[current] {
                case nil:
                    nodes[current] = .directory
                    writeCount += 1
                case .directory?: continue
                default: return FileSystemError(reason: "File exists")
                }
            }
            return nil
        }
        if let failure { throw failure }
    }

    public func replaceFile(_ path: String, with bytes: [UInt8]) throws(FileSystemError) {
        let failure: FileSystemError? = lock.withLock {
            let target = resolved(Self.normalised(path), followingLast: false)
            guard nodes[resolved(Self.parent(of: target), followingLast: true)] == .directory else {
                return FileSystemError(reason: "No such file or directory")
            }
            if nodes[target] == .directory { return FileSystemError(reason: "Is a directory") }
            nodes[target] = .file(bytes)
            writeCount += 1
            return nil
        }
        if let failure { throw failure }
    }

    public func removeFile(_ path: String) {
        lock.withLock {
            let target = resolved(Self.normalised(path), followingLast: false)
            if let node = nodes[target], node != .directory {
                nodes[target] = nil
                writeCount += 1
            }
        }
    }

    /// `path` with every symbolic link among its directories followed, and its last component
    /// too when `followingLast`. Call with the lock held.
    private func resolved(_ path: String, followingLast: Bool, depth: Int = 0) -> String {
        guard depth < 40 else { return path }
        var current = "/"
        let components = path.split(separator: "/")
        for (index, component) in components.enumerated() {
            let next = current == "/" ? "/" + component : current + "/" + component
            let isLast = index == components.count - 1
            if case .link(let target)? = nodes[next], !isLast || followingLast {
                current = resolved(Self.normalised(target, from: current), followingLast: true, depth: depth + 1)
            } else {
                current = next
            }
        }
        return current
    }

    /// An absolute path with `.`, `..` and repeated slashes gone; relative paths start at `base`.
    static func normalised(_ path: String, from base: String = "/") -> String {
        var parts: [Substring] = []
        let whole = path.hasPrefix("/") ? path : base + "/" + path
        for component in whole.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
