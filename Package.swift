// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "TechMatrix",
    products: [
        .library(name: "TechMatrix", targets: ["TechMatrix"]),
        .executable(name: "techmatrix", targets: ["techmatrix"]),
    ],
    targets: [
        // The library: model, DSL, validation, interchange, rendering, diff and CLI logic.
        .target(name: "TechMatrix"),
        // The built-in matrices, written in the DSL; their sources live in `matrices/`.
        .target(name: "BuiltinMatrices", dependencies: ["TechMatrix"], path: "matrices"),
        // A few lines of `main` that hand the arguments to `TechMatrixCommand`.
        .executableTarget(name: "techmatrix", dependencies: ["TechMatrix", "BuiltinMatrices"]),
        // Writes the seeded corpus that the independent parsers check (see `.ci/test`).
        .executableTarget(
            name: "conformance-corpus",
            dependencies: ["TechMatrix"],
            path: "Tests/ConformanceCorpus"
        ),
        .testTarget(name: "TechMatrixTests", dependencies: ["TechMatrix", "BuiltinMatrices"]),
    ],
    swiftLanguageModes: [.v6]
)
