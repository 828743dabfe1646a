import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory render-matrices [--product NAME]
/// [--output-dir DIR] [render options…]`: builds the package's matrix executable (a `main`
/// that hands its matrices to `TechMatrixCommand`) and runs its `render` command in the
/// package directory, so the renderings land in `output/` (or `DIR`).
@main
struct RenderMatrices: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let requested = extractor.extractOption(named: "product").first
        let outputDirectory = extractor.extractOption(named: "output-dir").first ?? "output"
        let executables = context.package.products.compactMap { $0 as? ExecutableProduct }.map(\.name)
        guard let product = requested ?? (executables.count == 1 ? executables.first : nil) else {
            throw PluginError("name the matrix executable with --product; this package has \(executables.isEmpty ? "none" : executables.joined(separator: ", "))")
        }
        guard executables.contains(product) else {
            throw PluginError("no executable product named '\(product)'; this package has \(executables.joined(separator: ", "))")
        }
        let result = try packageManager.build(.product(product), parameters: .init(configuration: .debug, logging: .concise))
        guard result.succeeded else {
            throw PluginError("building '\(product)' failed:\n\(result.logText)")
        }
        guard let executable = result.builtArtifacts.first(where: { $0.kind == .executable && $0.url.lastPathComponent == product }) else {
            throw PluginError("the build of '\(product)' produced no executable")
        }
        let process = Process()
        process.executableURL = executable.url
        process.arguments = ["render", "--output-dir", outputDirectory] + extractor.remainingArguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PluginError("'\(product) render' exited with status \(process.terminationStatus)")
        }
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
