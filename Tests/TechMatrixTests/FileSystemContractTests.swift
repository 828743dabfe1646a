import Foundation
import TechMatrix
import TechMatrixTestSupport
import Testing

/// The disk and the file system in memory answer alike, so that what the in-process tests
/// show of a command holds for the tool on disk.
@Suite("File systems")
struct FileSystemContractTests {
    /// The same tree, built through each file system's own calls, then asked the same questions.
    func answers(_ files: any FileSystem, root: String) throws -> [String] {
        try files.createDirectory(root + "/a/b")
        try files.replaceFile(root + "/a/file.txt", with: Array("hello".utf8))
        try files.replaceFile(root + "/a/file.txt", with: Array("hello, again".utf8))
        var answers: [String] = []
        func say(_ text: String) { answers.append(text) }
        for path in ["/a", "/a/b", "/a/file.txt", "/a/missing", "/a/b/../file.txt", "/a/./b"] {
            say("\(path): \(files.item(at: root + path))")
        }
        say("contents: \(String(decoding: try files.contents(of: root + "/a/file.txt"), as: UTF8.self))")
        say("once: \(files.readOnce(root + "/a/file.txt") { bytes, passed in passed(bytes.count); return bytes.count } ?? -1)")
        say("names: \(files.names(inDirectory: root + "/a").sorted())")
        say("names of a file: \(files.names(inDirectory: root + "/a/file.txt"))")
        do {
            _ = try files.contents(of: root + "/a/missing")
            say("missing: read")
        } catch {
            say("missing: \(error.reason)")
        }
        do {
            _ = try files.contents(of: root + "/a/b")
            say("directory: read")
        } catch {
            say("directory: \(error.reason)")
        }
        do {
            try files.replaceFile(root + "/nowhere/file.txt", with: [])
            say("no parent: written")
        } catch {
            say("no parent: \(error.reason)")
        }
        files.removeFile(root + "/a/file.txt")
        files.removeFile(root + "/a/never-there")
        say("removed: \(files.item(at: root + "/a/file.txt"))")
        return answers
    }

    @Test("The disk and the file system in memory give the same answers")
    func sameAnswers() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("techmatrix-fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let disk = try answers(LocalFileSystem(), root: directory.path)
        let memory = try answers(InMemoryFileSystem(), root: "/root")
        #expect(disk == memory)
        #expect(disk.contains("/a/file.txt: file(size: 12)"))
        #expect(disk.contains("missing: No such file or directory"))
        #expect(disk.contains("directory: Is a directory"))
        #expect(disk.contains("once: 12"))
    }

    @Test("Symbolic links: the last component is not followed by item(at:), reading follows it")
    func links() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("techmatrix-fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(atPath: directory.path + "/real", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: directory.appendingPathComponent("real/file"))
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/to-dir", withDestinationPath: "real")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/to-file", withDestinationPath: directory.path + "/real/file")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/dangling", withDestinationPath: "nothing")
        let memory = InMemoryFileSystem(directories: ["/root/real"])
        memory.setFile("/root/real/file", "x")
        memory.setLink("/root/to-dir", to: "real")
        memory.setLink("/root/to-file", to: "/root/real/file")
        memory.setLink("/root/dangling", to: "nothing")

        for (files, root) in [(LocalFileSystem() as any FileSystem, directory.path), (memory, "/root")] {
            #expect(files.item(at: root + "/to-dir") == .symbolicLink(to: .directory))
            #expect(files.item(at: root + "/to-file") == .symbolicLink(to: .file(size: 1)))
            #expect(files.item(at: root + "/dangling") == .symbolicLink(to: .missing))
            #expect(files.item(at: root + "/dangling").followed == .missing)
            #expect(files.item(at: root + "/to-dir/file") == .file(size: 1))
            #expect(try files.contents(of: root + "/to-file") == Array("x".utf8))
            try files.replaceFile(root + "/to-file", with: Array("new".utf8))
            #expect(files.item(at: root + "/to-file") == .file(size: 3), "the link is replaced, not followed")
            #expect(try files.contents(of: root + "/real/file") == Array("x".utf8))
        }
    }
}
