/// Writes renderings into one directory, all or nothing per file: each file is replaced at
/// once (``FileSystem/replaceFile(_:with:)``), and a file whose bytes would not change is not
/// touched (same mtime), so `make` and git stay quiet.
struct OutputDirectory {
    let path: String
    let displayPath: String
    let files: any FileSystem

    enum Outcome: Equatable { case written, unchanged }

    /// How the temporary files that a replacement writes beside its target end:
    /// `.<name>.<pid>.techmatrix-tmp`.
    static let temporarySuffix = ".techmatrix-tmp"

    /// Checks that the directory can be written into: it is not a file and not a symbolic
    /// link (which could point anywhere). A missing directory is created.
    func prepare() throws(CommandError) {
        switch files.item(at: path) {
        case .symbolicLink:
            throw .data("\(displayPath): is a symbolic link; refusing to write through it (give a real directory with --output-dir)")
        case .directory:
            removeLeftovers()
        case .file, .other:
            throw .data("\(displayPath): is a file, not a directory")
        case .missing:
            do {
                try files.createDirectory(path)
            } catch {
                throw .data("\(displayPath): cannot create the directory (\(error.reason))")
            }
        }
    }

    /// Removes temporary files that an interrupted earlier run left behind.
    private func removeLeftovers() {
        for name in files.names(inDirectory: path) where name.hasPrefix(".") && name.hasSuffix(Self.temporarySuffix) {
            files.removeFile(location(of: name))
        }
    }

    /// The current bytes of a file in the directory, or `nil` when it does not exist.
    func existing(_ name: String) -> [UInt8]? {
        try? files.contents(of: location(of: name))
    }

    /// Writes `bytes` to `name` unless the file already holds exactly them.
    func write(_ bytes: [UInt8], to name: String) throws(CommandError) -> Outcome {
        if let current = existing(name), current == bytes { return .unchanged }
        do {
            try files.replaceFile(location(of: name), with: bytes)
        } catch {
            throw .data("\(displayPath)/\(name): cannot write (\(error.reason))")
        }
        return .written
    }

    private func location(of name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }
}
