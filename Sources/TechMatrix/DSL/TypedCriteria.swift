/// A criterion whose cells hold free text. Call it inside a ``Tool`` block to assess:
/// `dataPlane("Envoy sidecar per pod")`.
///
/// Every typed criterion takes the same optional arguments after the value:
/// - `note`: a footnote;
/// - `version`: the release this cell describes, when it differs from the tool's;
/// - `verified`: when this cell was checked, when it differs from the tool's date;
/// - `disputed`: the sources disagree (say how in `note`, and cite at least two);
/// - `sources`: the sources that back the value; without them the tool's `citing:` applies.
public struct TextCriterion: Sendable, Hashable {
    /// The model value listed in the matrix.
    public var criterion: Criterion

    /// Assesses a tool on this criterion with the text shown in the cell, exactly as written.
    public func callAsFunction(
        _ value: String, note: String? = nil, version: String? = nil, verified: CalendarDate? = nil,
        disputed: Bool = false, sources: Source...
    ) -> Assessment {
        Assessment(criterion, .text(value), note: note, version: version, verified: verified, disputed: disputed, sources: sources)
    }
}

/// A criterion whose cells say yes, partial, preview or no. Call it inside a ``Tool`` block:
/// `mTLS(.yes, sources: rexed)`.
public struct SupportCriterion: Sendable, Hashable {
    /// The model value listed in the matrix.
    public var criterion: Criterion

    /// Assesses a tool on this criterion: yes, partial, preview or no. Leave the criterion
    /// out of the tool for *not assessed*; for `.partial`, say what is missing in `note`.
    public func callAsFunction(
        _ value: Support, note: String? = nil, version: String? = nil, verified: CalendarDate? = nil,
        disputed: Bool = false, sources: Source...
    ) -> Assessment {
        Assessment(criterion, .support(value), note: note, version: version, verified: verified, disputed: disputed, sources: sources)
    }

    /// What a ``Profile`` requires: `.yes` (only yes passes) or `.partial` (yes, partial and
    /// preview pass).
    public func required(_ value: Support) -> ProfileRequirement {
        ProfileRequirement(criterion: criterion, requirement: .support(value))
    }

    /// How much a ``Profile`` weighs this criterion, from 0 to 10.
    public func weighted(_ weight: Double) -> ProfileWeight { ProfileWeight(criterion: criterion, weight: weight) }
}

/// A criterion whose cells hold a number with an optional unit. Call it inside a ``Tool``
/// block: `latency(15)`, `latency(.about(15))`, `latency(.atMost(10))`, `latency(2...5)`.
public struct NumberCriterion: Sendable, Hashable {
    /// The model value listed in the matrix.
    public var criterion: Criterion

    /// Assesses a tool on this criterion with an exact, finite number in the criterion's unit.
    public func callAsFunction(
        _ value: Double, note: String? = nil, version: String? = nil, verified: CalendarDate? = nil,
        disputed: Bool = false, sources: Source...
    ) -> Assessment {
        Assessment(criterion, .number(value), note: note, version: version, verified: verified, disputed: disputed, sources: sources)
    }

    /// Assesses a tool on this criterion with a qualified number: `.about(15)`,
    /// `.atMost(10)`, `.atLeast(3)` or `.about(10...20)`.
    public func callAsFunction(
        _ quantity: Quantity, note: String? = nil, version: String? = nil, verified: CalendarDate? = nil,
        disputed: Bool = false, sources: Source...
    ) -> Assessment {
        Assessment(
            criterion, .number(quantity.value), quantity: quantity, note: note, version: version, verified: verified,
            disputed: disputed, sources: sources)
    }

    /// Assesses a tool on this criterion with a range, `2...5`.
    public func callAsFunction(
        _ range: ClosedRange<Double>, note: String? = nil, version: String? = nil, verified: CalendarDate? = nil,
        disputed: Bool = false, sources: Source...
    ) -> Assessment {
        Assessment(
            criterion, .number(range.lowerBound), quantity: Quantity(value: range.lowerBound, maximum: range.upperBound),
            note: note, version: version, verified: verified, disputed: disputed, sources: sources)
    }

    /// What a ``Profile`` requires: the cell's whole interval at or below `limit`.
    public func required(atMost limit: Double) -> ProfileRequirement {
        ProfileRequirement(criterion: criterion, requirement: .atMost(limit))
    }

    /// What a ``Profile`` requires: the cell's whole interval at or above `limit`.
    public func required(atLeast limit: Double) -> ProfileRequirement {
        ProfileRequirement(criterion: criterion, requirement: .atLeast(limit))
    }

    /// How much a ``Profile`` weighs this criterion, from 0 to 10.
    public func weighted(_ weight: Double) -> ProfileWeight { ProfileWeight(criterion: criterion, weight: weight) }
}

/// A criterion whose cells hold a whole-number rating from 0 to its scale. Call it inside a
/// ``Tool`` block: `easeOfSetup(3, sources: rexed)`.
public struct RatingCriterion: Sendable, Hashable {
    /// The model value listed in the matrix.
    public var criterion: Criterion

    /// Assesses a tool on this criterion with a whole number from 0 to the criterion's scale.
    public func callAsFunction(
        _ value: Int, note: String? = nil, version: String? = nil, verified: CalendarDate? = nil,
        disputed: Bool = false, sources: Source...
    ) -> Assessment {
        Assessment(criterion, .rating(value), note: note, version: version, verified: verified, disputed: disputed, sources: sources)
    }

    /// What a ``Profile`` requires: a rating of at least `minimum`.
    public func required(atLeast minimum: Int) -> ProfileRequirement {
        ProfileRequirement(criterion: criterion, requirement: .minimum(minimum))
    }

    /// How much a ``Profile`` weighs this criterion, from 0 to 10.
    public func weighted(_ weight: Double) -> ProfileWeight { ProfileWeight(criterion: criterion, weight: weight) }
}
