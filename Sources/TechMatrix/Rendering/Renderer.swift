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
        switch format {
        case .json: MatrixEncoder().encode(matrix, into: &output)
        case .markdown: MarkdownRenderer(matrix: matrix, options: options).render(into: &output)
        case .csv: CSVRenderer(matrix: matrix, options: options).render(into: &output)
        case .html: HTMLRenderer(matrix: matrix, options: options).render(into: &output)
        }
        return output.bytes
    }

    /// The rendering of `matrix` in `format`, as text.
    public func render(_ matrix: Matrix, as format: OutputFormat) -> String {
        String(decoding: renderBytes(matrix, as: format), as: UTF8.self)
    }
}
