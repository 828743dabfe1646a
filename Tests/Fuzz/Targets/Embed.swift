// libFuzzer target: the embed-marker parser and region rewriter, on any document, as
// Markdown, HTML, AsciiDoc and reStructuredText. It must never crash; when it succeeds, a second run changes nothing.
let embeddedMatrix = Matrix(
    id: "example", title: "Example", sources: [Source("Talk", id: "talk")],
    criteria: [Criterion(id: "a", name: "A", kind: .text), Criterion(id: "b", name: "B", kind: .support)],
    tools: [Tool(id: "t", name: "T | x", cells: ["a": Cell(.text("x <y> & z"), sources: ["talk"]), "b": Cell(.support(.yes))])])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEmbed(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for kind in [EmbeddedDocument.Kind.markdown, .html, .asciiDoc, .reStructuredText] {
        guard let once = try? EmbeddedDocument(bytes: bytes, kind: kind).updated(with: [embeddedMatrix]) else { continue }
        guard let twice = try? EmbeddedDocument(bytes: once, kind: kind).updated(with: [embeddedMatrix]), twice == once else {
            fatalError("embedding is not idempotent")
        }
    }
    return 0
}
