import Foundation

/// Replaces a file all at once: the bytes go to a temporary file in the same directory, which
/// is flushed to disk and renamed over the target, so a reader (or a crash) sees the old file
/// or the new one, never a mixture. A failed write removes its temporary file.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String, displayName: String) throws(CommandError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).techmatrix-tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .data("\(displayName): cannot write (\(String(cString: strerror(errno))))")
        }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 { if errno == EINTR { continue }; return false }
                written += result
            }
            return fsync(descriptor) == 0
        }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .data("\(displayName): cannot write (\(ok ? String(cString: strerror(errno)) : reason))")
        }
    }
}
