/// A criterion whose cells hold free text. Call it inside a ``Tool`` block to assess:
/// `dataPlane("Envoy sidecar per pod")`.
public struct TextCriterion: Sendable, Hashable {
    /// The model value listed in the matrix.
    public var criterion: Criterion

    /// Assesses a tool on this criterion.
    /// - Parameters:
    ///   - value: The text shown in the cell, exactly as written.
    ///   - note: An optional footnote.
    ///   - sources: The sources that back the value.
    public func callAsFunction(_ value: String, note: String? = nil, sources: Source...) -> Assessment {
        Assessment(criterionID: criterion.id, cell: Cell(.text(value), note: note, sources: sources.map(\.id)))
    }
}

/// A criterion whose cells say yes, partial or no. Call it inside a ``Tool`` block:
/// `mTLS(.yes, sources: rexed)`.
public struct SupportCriterion: Sendable, Hashable {
    /// The model value listed in the matrix.
    public var criterion: Criterion

    /// Assesses a tool on this criterion.
    /// - Parameters:
    ///   - value: Yes, partial or no. Leave the criterion out of the tool for *not assessed*.
    ///   - note: An optional footnote; for `.partial`, say what is missing.
    ///   - sources: The sources that back the value.
    public func callAsFunction(_ value: Support, note: String? = nil, sources: Source...) -> Assessment {
        Assessment(criterionID: criterion.id, cell: Cell(.support(value), note: note, sources: sources.map(\.id)))
    }
}

/// A criterion whose cells hold a number with an optional unit. Call it inside a ``Tool``
/// block: `latency(15, note: "OpenTelemetry demo", sources: rexed)`.
public struct NumberCriterion: Sendable, Hashable {
    /// The model value listed in the matrix.
    public var criterion: Criterion

    /// Assesses a tool on this criterion.
    /// - Parameters:
    ///   - value: A finite number in the criterion's unit.
    ///   - note: An optional footnote.
    ///   - sources: The sources that back the value.
    public func callAsFunction(_ value: Double, note: String? = nil, sources: Source...) -> Assessment {
        Assessment(criterionID: criterion.id, cell: Cell(.number(value), note: note, sources: sources.map(\.id)))
    }
}

/// A criterion whose cells hold a whole-number rating from 0 to its scale. Call it inside a
/// ``Tool`` block: `easeOfSetup(3, sources: rexed)`.
public struct RatingCriterion: Sendable, Hashable {
    /// The model value listed in the matrix.
    public var criterion: Criterion

    /// Assesses a tool on this criterion.
    /// - Parameters:
    ///   - value: A whole number from 0 to the criterion's scale.
    ///   - note: An optional footnote.
    ///   - sources: The sources that back the value.
    public func callAsFunction(_ value: Int, note: String? = nil, sources: Source...) -> Assessment {
        Assessment(criterionID: criterion.id, cell: Cell(.rating(value), note: note, sources: sources.map(\.id)))
    }
}
