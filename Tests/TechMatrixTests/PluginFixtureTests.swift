import Foundation
import Testing
@testable import TechMatrix

/// The README's three-file setup for a package that uses TechMatrix as a library: a copy of
/// `Tests/PluginFixture` depends on this checkout by path, and its command plugin call writes
/// the renderings.
@Suite("The render-matrices command plugin")
struct PluginFixtureTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("The fixture package builds and its plugin writes every rendering into output/", .tags(.slow), .fullSuiteOnly)
    func pluginWritesRenderings() throws {
        let package = try CLIProcess.temporaryDirectory().appendingPathComponent("fixture")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Tests/PluginFixture"), to: package)
        let template = package.appendingPathComponent("Package.swift.template")
        let manifest = try String(contentsOf: template, encoding: .utf8)
            .replacingOccurrences(of: "@TECHMATRIX_PATH@", with: Self.repository.path)
            .replacingOccurrences(of: "@TECHMATRIX_IDENTITY@", with: Self.repository.lastPathComponent.lowercased())
        try manifest.write(to: package.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: template)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "package", "--allow-writing-to-package-directory", "render-matrices"]
        process.currentDirectoryURL = package
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(log)")
        #expect(log.contains("wrote output/ci-runners.md"), "\(log)")

        let files = try FileManager.default.contentsOfDirectory(atPath: package.appendingPathComponent("output").path).sorted()
        #expect(files == ["README.md", "ci-runners.csv", "ci-runners.html", "ci-runners.json", "ci-runners.md", "index.html"])
        let json = try #require(FileManager.default.contents(atPath: package.appendingPathComponent("output/ci-runners.json").path))
        let matrix = try MatrixDecoder().decode(Array(json))
        #expect(matrix.tools.map(\.name) == ["Hosted runners", "Self-hosted runners"])
        let markdown = FileManager.default.contents(atPath: package.appendingPathComponent("output/ci-runners.md").path)
        #expect(markdown.map { Array($0) } == Renderer().renderBytes(matrix, as: .markdown))
    }
}
