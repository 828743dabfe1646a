import Foundation

/// Writes renderings into one directory, all or nothing per file: each file goes to a
/// temporary file beside it and is renamed into place, and a file whose bytes would not change
/// is not touched (same mtime), so `make` and git stay quiet.
struct OutputDirectory {
    let path: String
    let displayPath: String

    enum Outcome: Equatable { case written, unchanged }

    /// Checks that the directory can be written into: it is not a file and not a symbolic
    /// link (which could point anywhere). A missing directory is created.
    func prepare() throws(CommandError) {
        var isDirectory: ObjCBool = false
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            throw .data("\(displayPath): is a symbolic link; refusing to write through it (give a real directory with --output-dir)")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { throw .data("\(displayPath): is a file, not a directory") }
            removeLeftovers()
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .data("\(displayPath): cannot create the directory (\(error.localizedDescription))")
        }
    }

    /// Removes temporary files that an interrupted earlier run left behind.
    private func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".techmatrix-tmp") {
            try? FileManager.default.removeItem(atPath: (path as NSString).appendingPathComponent(name))
        }
    }

    /// The current bytes of a file in the directory, or `nil` when it does not exist.
    func existing(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: (path as NSString).appendingPathComponent(name)).map { Array($0) }
    }

    /// Writes `bytes` to `name` unless the file already holds exactly them.
    func write(_ bytes: [UInt8], to name: String) throws(CommandError) -> Outcome {
        let target = (path as NSString).appendingPathComponent(name)
        if let current = existing(name), current == bytes { return .unchanged }
        try AtomicFile.write(bytes, to: target, displayName: "\(displayPath)/\(name)")
        return .written
    }
}
