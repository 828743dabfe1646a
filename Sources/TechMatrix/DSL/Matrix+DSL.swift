extension Matrix {
    /// Declares a matrix: list its summary, methodology, sources, criteria, tools, profiles
    /// and verdict in the block, each in display order.
    ///
    /// Criteria and sources that the tools use but the block does not list are added after the
    /// listed ones, in order of first use, so forgetting one is not an error; listing them
    /// fixes their display order.
    ///
    /// ```swift
    /// static let matrix = Matrix("Service meshes", asOf: "2025-03-31", staleAfterDays: 365) {
    ///     Summary("Five meshes compared on the OpenTelemetry demo.")
    ///     Methodology("Latency from the talk; features from each project's documentation.")
    ///     dataPlane
    ///     latency
    ///     istio
    ///     linkerd
    ///     latencySensitive
    ///     Verdict("No clear winner; it depends on what you need.")
    /// }
    /// ```
    /// - Parameters:
    ///   - title: The page heading, exactly as written.
    ///   - id: The identifier and output file name; derived from `title` when omitted.
    ///   - asOf: The date the matrix as a whole was last reviewed, `YYYY-MM-DD`.
    ///   - staleAfterDays: After how many days a claim counts as stale when freshness is
    ///     checked, from 1 to 3650.
    ///   - content: The elements of the matrix. The closure runs once, here.
    public init(
        _ title: String, id: String? = nil, asOf: CalendarDate? = nil, staleAfterDays: Int? = nil,
        @MatrixBuilder content: () -> MatrixContent
    ) {
        self.init(id: id ?? Slug.make(from: title), title: title, asOf: asOf, staleAfterDays: staleAfterDays, criteria: [], tools: [])
        var used = Declaration()
        for element in content().elements {
            switch element {
            case .summary(let text): summary.appendParagraph(text)
            case .verdict(let text): verdict.appendParagraph(text)
            case .methodology(let text): methodology.appendParagraph(text)
            case .source(let source): sources.append(source)
            case .criterion(let criterion): criteria.append(criterion)
            case .tool(let tool):
                tools.append(tool)
                for criterion in tool.declaration.criteria { used.use(criterion) }
                used.cite(tool.declaration.sources)
            case .profile(let profile):
                profiles.append(profile)
                for criterion in profile.declaration.criteria { used.use(criterion) }
            }
        }
        let listedCriteria = Set(criteria.map(\.id))
        criteria += used.criteria.filter { !listedCriteria.contains($0.id) }
        let listedSources = Set(sources.map(\.id))
        sources += used.sources.filter { !listedSources.contains($0.id) }
        // A source that reports on another brings it along, right after itself.
        var index = 0
        while index < sources.count {
            for reported in sources[index].declaration.sources where !sources.contains(where: { $0.id == reported.id }) {
                sources.insert(reported, at: index + 1)
            }
            index += 1
        }
    }
}
