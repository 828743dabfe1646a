// Writes the seeded conformance corpus that `.ci/test` feeds to independent parsers:
// for each generated matrix, its canonical JSON and its renderings in every format and in
// the option combinations that change escaping contexts.
//
// Usage: conformance-corpus <directory> [count]
import Foundation
import TechMatrix
import TechMatrixTestSupport

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: conformance-corpus <directory> [count]\n".utf8))
    exit(64)
}
let directory = URL(fileURLWithPath: arguments[1])
let count = arguments.count > 2 ? Int(arguments[2]) ?? 1000 : 1000
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

let variants: [(suffix: String, format: OutputFormat, options: RenderOptions)] = [
    ("json", .json, RenderOptions()),
    ("md", .markdown, RenderOptions()),
    ("rows.md", .markdown, RenderOptions(orientation: .toolsAsRows, plainSymbols: true, tableOnly: true, padColumns: true)),
    ("adoc", .asciiDoc, RenderOptions()),
    ("rows.adoc", .asciiDoc, RenderOptions(orientation: .toolsAsRows, plainSymbols: true, tableOnly: true)),
    ("rst", .reStructuredText, RenderOptions()),
    ("rows.rst", .reStructuredText, RenderOptions(orientation: .toolsAsRows, plainSymbols: true, tableOnly: true)),
    ("csv", .csv, RenderOptions()),
    ("columns.csv", .csv, RenderOptions(orientation: .toolsAsColumns, plainSymbols: true)),
    ("long.csv", .csv, RenderOptions(longFormat: true)),
    ("raw.csv", .csv, RenderOptions(byteOrderMark: true, rawCSV: true)),
    ("html", .html, RenderOptions()),
    ("rows.html", .html, RenderOptions(orientation: .toolsAsRows, plainSymbols: true)),
    ("fragment.html", .html, RenderOptions(fragment: true)),
]

for seed in 0..<UInt64(count) {
    let matrix = MatrixGenerator.matrix(seed: seed)
    let problems = matrix.problems()
    if !problems.isEmpty {
        FileHandle.standardError.write(Data("seed \(seed) generated an invalid matrix: \(problems)\n".utf8))
        exit(1)
    }
    for variant in variants {
        let bytes = Renderer(options: variant.options).renderBytes(matrix, as: variant.format)
        try Data(bytes).write(to: directory.appendingPathComponent("\(matrix.id).\(variant.suffix)"))
    }
}
print("wrote \(count) matrices in \(variants.count) variants to \(directory.path)")
