/// Renders matrices in every ``OutputFormat``: the one entry point for all formats.
///
/// ```swift
/// let markdown = Renderer().render(ServiceMeshes.matrix, as: .markdown)
/// let csv = Renderer(options: RenderOptions(longFormat: true)).render(matrix, as: .csv)
/// ```
public struct Renderer: Sendable {
    /// The options every rendering uses.
    public var options: RenderOptions

    /// Creates a renderer.
    /// - Parameter options: How to render; the defaults give the files in `output/`.
    public init(options: RenderOptions = RenderOptions()) { self.options = options }

    /// The rendering of `matrix` in `format`, as UTF-8 bytes.
    /// - Parameters:
    ///   - matrix: A valid matrix (see ``Matrix/problems()``).
    ///   - format: The output format.
    public func renderBytes(_ matrix: Matrix, as format: OutputFormat) -> [UInt8] {
        var output = ByteBuffer(capacity: 1 << 16)
        render(matrix, as: format, into: &output)
        return output.takeBytes()
    }

    /// Renders `matrix` in `format` and hands the bytes to `write` in chunks of about
    /// `chunkSize` bytes as they are made, so the whole rendering is never held in memory.
    /// The chunks, joined, are exactly ``renderBytes(_:as:)``.
    /// - Parameters:
    ///   - matrix: A valid matrix (see ``Matrix/problems()``).
    ///   - format: The output format.
    ///   - chunkSize: About how many bytes each call of `write` gets (the last gets the rest).
    ///   - write: Receives the chunks in order.
    public func render(_ matrix: Matrix, as format: OutputFormat, chunkSize: Int = 1 << 18, to write: @escaping @Sendable ([UInt8]) -> Void) {
        var output = ByteBuffer(streamingTo: write, chunkSize: chunkSize)
        render(matrix, as: format, into: &output)
        output.finish()
    }

    private func render(_ matrix: Matrix, as format: OutputFormat, into output: inout ByteBuffer) {
        switch format {
        case .json: MatrixEncoder().encode(matrix, into: &output)
        case .markdown: MarkdownRenderer(matrix: matrix, options: options).render(into: &output)
        case .asciiDoc:
            var renderer = LightMarkupRenderer(matrix: matrix, options: options, dialect: AsciiDocDialect())
            renderer.render(into: &output)
        case .reStructuredText:
            var renderer = LightMarkupRenderer(matrix: matrix, options: options, dialect: ReStructuredTextDialect())
            renderer.render(into: &output)
        case .csv: CSVRenderer(matrix: matrix, options: options).render(into: &output)
        case .html: HTMLRenderer(matrix: matrix, options: options).render(into: &output)
        }
    }

    /// The rendering of `matrix` in `format`, as text.
    public func render(_ matrix: Matrix, as format: OutputFormat) -> String {
        String(decoding: renderBytes(matrix, as: format), as: UTF8.self)
    }
}
