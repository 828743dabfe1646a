// libFuzzer target: the JSON decoder and validator. Any input must either decode to a valid
// matrix or be refused with problems; never crash. Decoded matrices must round-trip through
// canonical JSON, and the fast path must agree with the full reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let matrix: Matrix
    do {
        matrix = try MatrixDecoder().decode(bytes)
    } catch {
        if error.problems.isEmpty { fatalError("a refused document must name at least one problem") }
        for problem in error.problems { _ = problem.description }
        return 0
    }
    if !matrix.problems().isEmpty { fatalError("decoder accepted an invalid matrix") }
    // The full reader must agree with the fast path on every accepted document.
    var reader = DocumentReader()
    guard let value = try? JSONParser.parse(bytes), let full = reader.matrix(from: value), reader.problems.isEmpty, full == matrix else {
        fatalError("the fast path accepted a document the full reader reads differently")
    }
    let json = MatrixEncoder().encode(matrix)
    guard let again = try? MatrixDecoder().decode(json), again == matrix, MatrixEncoder().encode(again) == json else {
        fatalError("export then import is not the identity")
    }
    return 0
}
