/// What a ``Matrix`` block has collected: prose, sources, criteria and tools, in order.
public struct MatrixContent: Sendable, Hashable {
    enum Element: Sendable, Hashable {
        case summary(String)
        case verdict(String)
        case methodology(String)
        case profile(Profile)
        case source(Source)
        case criterion(Criterion)
        case tool(Tool)
    }

    var elements: [Element]
}

/// Collects the contents of a ``Matrix`` block: ``Summary``, ``Verdict``, sources, criteria
/// and tools, each listed in display order. `if`, `if let`, `switch` and `for` work inside it.
@resultBuilder
public enum MatrixBuilder {
    /// Accepts a summary paragraph.
    public static func buildExpression(_ summary: Summary) -> MatrixContent {
        MatrixContent(elements: [.summary(summary.text)])
    }

    /// Accepts a verdict paragraph.
    public static func buildExpression(_ verdict: Verdict) -> MatrixContent {
        MatrixContent(elements: [.verdict(verdict.text)])
    }

    /// Accepts a methodology paragraph.
    public static func buildExpression(_ methodology: Methodology) -> MatrixContent {
        MatrixContent(elements: [.methodology(methodology.text)])
    }

    /// Accepts a decision profile; profiles are shown in the order they are listed.
    public static func buildExpression(_ profile: Profile) -> MatrixContent {
        MatrixContent(elements: [.profile(profile)])
    }

    /// Accepts a source the matrix cites. Listing it fixes its place in the source list;
    /// sources that tools cite but the block does not list follow in order of first use.
    public static func buildExpression(_ source: Source) -> MatrixContent {
        MatrixContent(elements: [.source(source)])
    }

    /// Accepts a tool.
    public static func buildExpression(_ tool: Tool) -> MatrixContent {
        MatrixContent(elements: [.tool(tool)])
    }

    /// Accepts a list of tools, for tools kept in an array.
    public static func buildExpression(_ tools: [Tool]) -> MatrixContent {
        MatrixContent(elements: tools.map { .tool($0) })
    }

    /// Accepts a text criterion.
    public static func buildExpression(_ criterion: TextCriterion) -> MatrixContent {
        MatrixContent(elements: [.criterion(criterion.criterion)])
    }

    /// Accepts a support criterion.
    public static func buildExpression(_ criterion: SupportCriterion) -> MatrixContent {
        MatrixContent(elements: [.criterion(criterion.criterion)])
    }

    /// Accepts a number criterion.
    public static func buildExpression(_ criterion: NumberCriterion) -> MatrixContent {
        MatrixContent(elements: [.criterion(criterion.criterion)])
    }

    /// Accepts a rating criterion.
    public static func buildExpression(_ criterion: RatingCriterion) -> MatrixContent {
        MatrixContent(elements: [.criterion(criterion.criterion)])
    }

    /// Accepts an untyped criterion, for criteria built from model values.
    public static func buildExpression(_ criterion: Criterion) -> MatrixContent {
        MatrixContent(elements: [.criterion(criterion)])
    }

    /// Rejects a cell outside a tool.
    @available(*, unavailable, message: "a cell belongs inside a Tool { … } block; declare the tool and list it in the Matrix")
    public static func buildExpression(_ assessment: Assessment) -> MatrixContent { fatalError() }

    /// Rejects a pro outside a tool.
    @available(*, unavailable, message: "a Pro belongs inside a Tool { … } block")
    public static func buildExpression(_ pro: Pro) -> MatrixContent { fatalError() }

    /// Rejects a con outside a tool.
    @available(*, unavailable, message: "a Con belongs inside a Tool { … } block")
    public static func buildExpression(_ con: Con) -> MatrixContent { fatalError() }

    /// Rejects a matrix nested in a matrix.
    @available(*, unavailable, message: "a Matrix cannot hold another Matrix; declare each matrix on its own")
    public static func buildExpression(_ matrix: Matrix) -> MatrixContent { fatalError() }

    /// Joins the statements of a block.
    public static func buildBlock(_ parts: MatrixContent...) -> MatrixContent {
        MatrixContent(elements: parts.flatMap(\.elements))
    }

    /// Supports `if` without `else` and `if let`.
    public static func buildOptional(_ part: MatrixContent?) -> MatrixContent {
        part ?? MatrixContent(elements: [])
    }

    /// Supports the first branch of `if`/`else` and `switch`.
    public static func buildEither(first part: MatrixContent) -> MatrixContent { part }

    /// Supports the second branch of `if`/`else` and `switch`.
    public static func buildEither(second part: MatrixContent) -> MatrixContent { part }

    /// Supports `for … in`.
    public static func buildArray(_ parts: [MatrixContent]) -> MatrixContent {
        MatrixContent(elements: parts.flatMap(\.elements))
    }

    /// Supports `if #available`.
    public static func buildLimitedAvailability(_ part: MatrixContent) -> MatrixContent { part }
}
