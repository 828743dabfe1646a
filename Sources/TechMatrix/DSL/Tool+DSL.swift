extension Tool {
    /// Declares a tool with its cells, pros and cons.
    ///
    /// Give each tool its own declaration and list it in the matrix; that keeps the
    /// compiler's work per expression small (see the README's idiom for large matrices).
    ///
    /// ```swift
    /// static let istio = Tool("Istio", url: "https://istio.io", version: "1.25",
    ///                         verified: "2025-04-01", citing: writeUp) {
    ///     dataPlane("Envoy sidecar per pod", sources: istioDocs)
    ///     latency(.about(15), note: "OpenTelemetry demo")
    ///     Pro("Rich L7 traffic management")
    ///     Con("Adds latency to every call")
    /// }
    /// ```
    /// - Parameters:
    ///   - name: The name shown in headers, exactly as written.
    ///   - id: The identifier; derived from `name` with ``Slug/make(from:)`` when omitted.
    ///   - url: The project's home page.
    ///   - version: The release the cells describe, as the project names it.
    ///   - verified: When the cells were last checked against their sources.
    ///   - citing: The default sources of every cell, pro and con in the block that names
    ///     none of its own; a cell's own `sources:` replaces them.
    ///   - content: Assessments, ``Pro``, ``Con`` and ``Summary`` elements, and shared
    ///     fragments. The closure runs once, here; the tool stores only its result. A
    ///     criterion assessed twice is reported by validation.
    public init(
        _ name: String, id: String? = nil, url: String? = nil, version: String? = nil,
        verified: CalendarDate? = nil, citing: Source..., @ToolBuilder content: () -> ToolContent
    ) {
        self.init(id: id ?? Slug.make(from: name), name: name, url: url, version: version, verified: verified)
        let defaultIDs = citing.map(\.id)
        for element in content().elements {
            switch element {
            case .assessment(let assessment):
                var cell = assessment.cell
                if cell.sources.isEmpty { cell.sources = defaultIDs }
                declaration.use(assessment.criterion)
                declaration.cite(assessment.cited.isEmpty ? citing : assessment.cited)
                if setCell(cell, for: assessment.criterionID) != nil {
                    declaration.repeatedCriteria.append(assessment.criterionID)
                }
            case .pro(let pro):
                pros.append(Self.remark(pro.remark, citing: defaultIDs))
                declaration.cite(pro.cited.isEmpty ? citing : pro.cited)
            case .con(let con):
                cons.append(Self.remark(con.remark, citing: defaultIDs))
                declaration.cite(con.cited.isEmpty ? citing : con.cited)
            case .summary(let text): summary.appendParagraph(text)
            }
        }
    }

    private static func remark(_ remark: Remark, citing: [String]) -> Remark {
        remark.sources.isEmpty ? Remark(remark.text, sources: citing) : remark
    }
}
