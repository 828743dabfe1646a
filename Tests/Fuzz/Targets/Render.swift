// libFuzzer target: every renderer, fed with any matrix the decoder accepts, in option
// combinations chosen by the input's last byte. Renderers must never crash, and CSV, JSON and
// Markdown output must be valid UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size - 1))
    let flags = data[size - 1]
    guard let matrix = try? MatrixDecoder().decode(bytes) else { return 0 }
    let options = RenderOptions(
        orientation: flags & 1 == 0 ? .toolsAsColumns : .toolsAsRows, plainSymbols: flags & 2 != 0,
        tableOnly: flags & 4 != 0, padColumns: flags & 8 != 0, byteOrderMark: flags & 16 != 0,
        longFormat: flags & 32 != 0, rawCSV: flags & 64 != 0, fragment: flags & 128 != 0)
    for format in OutputFormat.allCases {
        let output = Renderer(options: options).renderBytes(matrix, as: format)
        if String(validating: output, as: UTF8.self) == nil { fatalError("\(format) output is not UTF-8") }
    }
    _ = CatalogRenderer(matrices: [matrix]).markdown()
    _ = CatalogRenderer(matrices: [matrix]).html()
    _ = MatrixDiff(old: matrix, new: matrix).text()
    return 0
}
