// In-process phase times for one techmatrix document: read, decode (parse and build the
// model), validate, render each format, write. Prints one Markdown table row per format.
// Usage: techmatrix-phases FILE.json [runs]
import Foundation
import TechMatrix

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: techmatrix-phases FILE.json [runs]\n".utf8))
    exit(64)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
var reads: [Double] = [], decodes: [Double] = [], validations: [Double] = []
var renders: [OutputFormat: [Double]] = [:], writes: [OutputFormat: [Double]] = [:]
var outputSizes: [OutputFormat: Int] = [:]
for _ in 0..<runs {
    var bytes: [UInt8] = []
    reads.append(seconds { bytes = Array(FileManager.default.contents(atPath: arguments[1])!) })
    var matrix: Matrix!
    // Decoding includes validation; it is timed on its own below and subtracted.
    let decodeAndValidate = try seconds { matrix = try MatrixDecoder().decode(bytes) }
    let validation = seconds { precondition(matrix.problems().isEmpty) }
    decodes.append(max(0, decodeAndValidate - validation))
    validations.append(validation)
    for format in [OutputFormat.markdown, .csv, .html] {
        var output: [UInt8] = []
        // Tools as columns for Markdown and HTML, as the floor writes them.
        let options = RenderOptions(orientation: format == .csv ? nil : .toolsAsColumns)
        renders[format, default: []].append(seconds { output = Renderer(options: options).renderBytes(matrix, as: format) })
        outputSizes[format] = output.count
        let handle = FileHandle(forWritingAtPath: "/dev/null")!
        writes[format, default: []].append(seconds { handle.write(Data(output)) })
    }
}
print("| format | read | decode | validate | render | write | output MB |")
print("|---|---|---|---|---|---|---|")
for format in [OutputFormat.markdown, .csv, .html] {
    let row = [median(reads), median(decodes), median(validations), median(renders[format]!), median(writes[format]!)]
        .map { String(format: "%.1f ms", $0 * 1000) }
    print("| \(format.rawValue) | " + row.joined(separator: " | ") + " | " + String(format: "%.1f", Double(outputSizes[format]!) / 1e6) + " |")
}
