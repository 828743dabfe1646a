extension Tool {
    /// Declares a tool with its cells, pros and cons.
    ///
    /// Give each tool its own declaration and list it in the matrix; that keeps the
    /// compiler's work per expression small (see the README's idiom for large matrices).
    ///
    /// ```swift
    /// static let istio = Tool("Istio", url: "https://istio.io") {
    ///     dataPlane("Envoy sidecar per pod", sources: rexed)
    ///     latency(15, note: "OpenTelemetry demo", sources: rexed)
    ///     Pro("Rich L7 traffic management", sources: rexed)
    ///     Con("Adds latency to every call", sources: rexed)
    /// }
    /// ```
    /// - Parameters:
    ///   - name: The name shown in headers, exactly as written.
    ///   - id: The identifier; derived from `name` with ``Slug/make(from:)`` when omitted.
    ///   - url: The project's home page.
    ///   - content: Assessments, ``Pro``, ``Con`` and ``Summary`` elements. The closure runs
    ///     once, here; the tool stores only its result.
    public init(_ name: String, id: String? = nil, url: String? = nil, @ToolBuilder content: () -> ToolContent) {
        self.init(id: id ?? Slug.make(from: name), name: name, url: url)
        for element in content().elements {
            switch element {
            case .assessment(let assessment):
                if cells.updateValue(assessment.cell, forKey: assessment.criterionID) != nil {
                    repeatedCriteria.append(assessment.criterionID)
                }
            case .pro(let remark): pros.append(remark)
            case .con(let remark): cons.append(remark)
            case .summary(let text): summary.appendParagraph(text)
            }
        }
    }
}
