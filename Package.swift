// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "TechMatrix",
    products: [
        .library(name: "TechMatrix", targets: ["TechMatrix"]),
        .executable(name: "techmatrix", targets: ["techmatrix"]),
        .plugin(name: "RenderMatrices", targets: ["RenderMatricesPlugin"]),
    ],
    targets: [
        // The library: model, DSL, validation, interchange, rendering, diff and CLI logic.
        .target(name: "TechMatrix", dependencies: ["CacheHints"]),
        // Prefetch hints, which Swift cannot spell: one inline C function.
        .target(name: "CacheHints"),
        // The built-in matrices, written in the DSL; their sources live in `matrices/`.
        .target(name: "BuiltinMatrices", dependencies: ["TechMatrix"], path: "matrices"),
        // A few lines of `main` that hand the arguments to `TechMatrixCommand`.
        .executableTarget(name: "techmatrix", dependencies: ["TechMatrix", "BuiltinMatrices"]),
        // `swift package --allow-writing-to-package-directory render-matrices` for packages that
        // use TechMatrix as a library.
        .plugin(
            name: "RenderMatricesPlugin",
            capability: .command(
                intent: .custom(verb: "render-matrices", description: "Render the package's matrices into output/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the rendered matrices into output/.")]
            ),
            path: "Sources/RenderMatricesPlugin"
        ),
        // Seeded generators of hostile matrices, shared by the tests and the corpus writer.
        .target(name: "TechMatrixTestSupport", dependencies: ["TechMatrix"], path: "Tests/TechMatrixTestSupport"),
        // Writes the seeded corpus that the independent parsers check (see `.ci/test`).
        .executableTarget(
            name: "conformance-corpus",
            dependencies: ["TechMatrix", "TechMatrixTestSupport"],
            path: "Tests/ConformanceCorpus"
        ),
        // In-process phase times for the benchmark (Benchmarks/run.sh).
        .executableTarget(name: "techmatrix-phases", dependencies: ["TechMatrix"], path: "Benchmarks/Phases"),
        .testTarget(
            name: "TechMatrixTests",
            dependencies: ["TechMatrix", "BuiltinMatrices", "TechMatrixTestSupport"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
