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
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .data("\(displayPath): cannot create the directory (\(error.localizedDescription))")
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
        let temporary = (path as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw .data("\(displayPath)/\(name): cannot write the file")
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw .data("\(displayPath)/\(name): cannot replace the file (\(reason))")
        }
        return .written
    }
}
