/// What a ``Tool`` block has collected: cells, pros, cons and summary paragraphs, in order.
///
/// A function that returns `ToolContent` can be called inside a `Tool` block, to share
/// facts between tools:
///
/// ```swift
/// @ToolBuilder static func envoyFacts() -> ToolContent {
///     dataPlane("Envoy sidecar proxy in every pod", sources: docs)
///     Pro("Retries and circuit breaking through Envoy", sources: docs)
/// }
/// static let istio = Tool("Istio") { envoyFacts(); latency(.about(15)) }
/// ```
public struct ToolContent: Sendable, Hashable {
    enum Element: Sendable, Hashable {
        case assessment(Assessment)
        case pro(Pro)
        case con(Con)
        case summary(String)
    }

    var elements: [Element]
}

/// Collects the contents of a ``Tool`` block: assessments (typed criteria called with a value),
/// ``Pro``, ``Con`` and ``Summary``. `if`, `if let`, `switch` and `for` work inside it.
@resultBuilder
public enum ToolBuilder {
    /// Accepts an assessment, such as `latency(15)`.
    public static func buildExpression(_ assessment: Assessment) -> ToolContent {
        ToolContent(elements: [.assessment(assessment)])
    }

    /// Accepts a pro.
    public static func buildExpression(_ pro: Pro) -> ToolContent {
        ToolContent(elements: [.pro(pro)])
    }

    /// Accepts a con.
    public static func buildExpression(_ con: Con) -> ToolContent {
        ToolContent(elements: [.con(con)])
    }

    /// Accepts a summary paragraph about the tool.
    public static func buildExpression(_ summary: Summary) -> ToolContent {
        ToolContent(elements: [.summary(summary.text)])
    }

    /// Accepts the content of a shared fragment: a function marked `@ToolBuilder`.
    public static func buildExpression(_ content: ToolContent) -> ToolContent { content }

    /// Rejects a profile in a tool.
    @available(*, unavailable, message: "a Profile belongs in the Matrix { … } block, not inside a Tool")
    public static func buildExpression(_ profile: Profile) -> ToolContent { fatalError() }

    /// Rejects a methodology in a tool.
    @available(*, unavailable, message: "a Methodology belongs in the Matrix { … } block, not inside a Tool")
    public static func buildExpression(_ methodology: Methodology) -> ToolContent { fatalError() }

    /// Rejects a tool nested in a tool.
    @available(*, unavailable, message: "a Tool belongs in a Matrix { … } block, not inside another Tool")
    public static func buildExpression(_ tool: Tool) -> ToolContent { fatalError() }

    /// Rejects a source declared in a tool.
    @available(*, unavailable, message: "a Source belongs in the Matrix { … } block; inside a Tool, cite it with `sources:` on a cell, Pro or Con")
    public static func buildExpression(_ source: Source) -> ToolContent { fatalError() }

    /// Rejects a verdict in a tool.
    @available(*, unavailable, message: "a Verdict belongs in the Matrix { … } block, not inside a Tool")
    public static func buildExpression(_ verdict: Verdict) -> ToolContent { fatalError() }

    /// Rejects a bare criterion in a tool.
    @available(*, unavailable, message: "a criterion is listed in the Matrix { … } block; inside a Tool, call it with a value: `name(\"text\")`")
    public static func buildExpression(_ criterion: TextCriterion) -> ToolContent { fatalError() }

    /// Rejects a bare criterion in a tool.
    @available(*, unavailable, message: "a criterion is listed in the Matrix { … } block; inside a Tool, call it with a value: `name(.yes)`")
    public static func buildExpression(_ criterion: SupportCriterion) -> ToolContent { fatalError() }

    /// Rejects a bare criterion in a tool.
    @available(*, unavailable, message: "a criterion is listed in the Matrix { … } block; inside a Tool, call it with a value: `name(15)`")
    public static func buildExpression(_ criterion: NumberCriterion) -> ToolContent { fatalError() }

    /// Rejects a bare criterion in a tool.
    @available(*, unavailable, message: "a criterion is listed in the Matrix { … } block; inside a Tool, call it with a value: `name(3)`")
    public static func buildExpression(_ criterion: RatingCriterion) -> ToolContent { fatalError() }

    /// Joins the statements of a block.
    public static func buildBlock(_ parts: ToolContent...) -> ToolContent {
        ToolContent(elements: parts.flatMap(\.elements))
    }

    /// Supports `if` without `else` and `if let`.
    public static func buildOptional(_ part: ToolContent?) -> ToolContent {
        part ?? ToolContent(elements: [])
    }

    /// Supports the first branch of `if`/`else` and `switch`.
    public static func buildEither(first part: ToolContent) -> ToolContent { part }

    /// Supports the second branch of `if`/`else` and `switch`.
    public static func buildEither(second part: ToolContent) -> ToolContent { part }

    /// Supports `for … in`.
    public static func buildArray(_ parts: [ToolContent]) -> ToolContent {
        ToolContent(elements: parts.flatMap(\.elements))
    }

    /// Supports `if #available`.
    public static func buildLimitedAvailability(_ part: ToolContent) -> ToolContent { part }
}
