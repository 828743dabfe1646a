extension Matrix {
    /// Declares a matrix: list its summary, sources, criteria, tools and verdict in the block,
    /// each in display order.
    ///
    /// ```swift
    /// static let matrix = Matrix("Service meshes", asOf: "2025-03-31") {
    ///     Summary("Five meshes compared on the OpenTelemetry demo.")
    ///     rexed
    ///     dataPlane
    ///     latency
    ///     istio
    ///     linkerd
    ///     Verdict("No clear winner; it depends on what you need.")
    /// }
    /// ```
    /// - Parameters:
    ///   - title: The page heading, exactly as written.
    ///   - id: The identifier and output file name; derived from `title` when omitted.
    ///   - asOf: The date the facts were last checked, `YYYY-MM-DD`.
    ///   - content: The elements of the matrix. The closure runs once, here.
    public init(_ title: String, id: String? = nil, asOf: CalendarDate? = nil, @MatrixBuilder content: () -> MatrixContent) {
        self.init(id: id ?? Slug.make(from: title), title: title, asOf: asOf, criteria: [], tools: [])
        for element in content().elements {
            switch element {
            case .summary(let text): summary.appendParagraph(text)
            case .verdict(let text): verdict.appendParagraph(text)
            case .source(let source): sources.append(source)
            case .criterion(let criterion): criteria.append(criterion)
            case .tool(let tool): tools.append(tool)
            }
        }
    }
}
