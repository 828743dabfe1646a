extension Criterion {
    /// Declares a criterion whose cells hold free text.
    ///
    /// ```swift
    /// static let dataPlane = Criterion.text("Data-plane model", group: "Architecture")
    /// ```
    /// - Parameters:
    ///   - name: The name shown in the table, exactly as written.
    ///   - id: The identifier; derived from `name` with ``Slug/make(from:)`` when omitted.
    ///   - group: The group the criterion is shown under.
    ///   - description: Optional prose explaining what is assessed.
    public static func text(_ name: String, id: String? = nil, group: String? = nil, description: String? = nil) -> TextCriterion {
        TextCriterion(criterion: Criterion(id: id ?? Slug.make(from: name), name: name, group: group, description: description, kind: .text))
    }

    /// Declares a criterion whose cells say yes, partial or no.
    /// - Parameters:
    ///   - name: The name shown in the table, exactly as written.
    ///   - id: The identifier; derived from `name` when omitted.
    ///   - group: The group the criterion is shown under.
    ///   - description: Optional prose explaining what is assessed.
    public static func support(_ name: String, id: String? = nil, group: String? = nil, description: String? = nil) -> SupportCriterion {
        SupportCriterion(criterion: Criterion(id: id ?? Slug.make(from: name), name: name, group: group, description: description, kind: .support))
    }

    /// Declares a criterion whose cells hold a number.
    ///
    /// ```swift
    /// static let latency = Criterion.number("Added latency", unit: "ms", better: .lower)
    /// ```
    /// - Parameters:
    ///   - name: The name shown in the table, exactly as written.
    ///   - id: The identifier; derived from `name` when omitted.
    ///   - unit: The unit shown after every value (`ms`, `MiB`).
    ///   - better: Which direction is better; the best values in the row are marked.
    ///   - group: The group the criterion is shown under.
    ///   - description: Optional prose explaining what is assessed.
    public static func number(
        _ name: String, id: String? = nil, unit: String? = nil, better: Better? = nil,
        group: String? = nil, description: String? = nil
    ) -> NumberCriterion {
        NumberCriterion(criterion: Criterion(
            id: id ?? Slug.make(from: name), name: name, group: group, description: description,
            kind: .number(unit: unit, better: better)))
    }

    /// Declares a criterion whose cells hold a whole-number rating from 0 to `scale`.
    /// - Parameters:
    ///   - name: The name shown in the table, exactly as written.
    ///   - id: The identifier; derived from `name` when omitted.
    ///   - scale: The top of the scale, 1 to 10.
    ///   - better: Which direction is better; usually `.higher`.
    ///   - group: The group the criterion is shown under.
    ///   - description: Optional prose explaining what is assessed.
    public static func rating(
        _ name: String, id: String? = nil, scale: Int = 5, better: Better? = .higher,
        group: String? = nil, description: String? = nil
    ) -> RatingCriterion {
        RatingCriterion(criterion: Criterion(
            id: id ?? Slug.make(from: name), name: name, group: group, description: description,
            kind: .rating(scale: scale, better: better)))
    }
}
