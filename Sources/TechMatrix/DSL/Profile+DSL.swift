/// One requirement of a ``Profile``, made by a typed criterion: `mTLS.required(.yes)`,
/// `latency.required(atMost: 5)`, `setup.required(atLeast: 3)`.
public struct ProfileRequirement: Sendable, Hashable {
    /// The required criterion.
    public var criterion: Criterion
    /// What it must offer.
    public var requirement: Profile.Requirement
}

/// One weight of a ``Profile``, made by a typed criterion: `latency.weighted(3)`.
public struct ProfileWeight: Sendable, Hashable {
    /// The weighted criterion.
    public var criterion: Criterion
    /// How much it counts, from 0 to 10.
    public var weight: Double
}

extension Profile {
    /// Declares a profile, listed in a ``Matrix`` block.
    ///
    /// ```swift
    /// static let latencySensitive = Profile(
    ///     "Latency-sensitive services", description: "Every millisecond counts.",
    ///     require: [mTLS.required(.yes), latency.required(atMost: 5)],
    ///     weights: [latency.weighted(3), setup.weighted(1)])
    /// ```
    /// - Parameters:
    ///   - name: The name shown to readers.
    ///   - id: The identifier; derived from `name` with ``Slug/make(from:)`` when omitted.
    ///   - description: Who the profile is for.
    ///   - require: What a tool must offer; a tool that fails one is out.
    ///   - weights: How much each criterion counts, from 0 to 10.
    public init(
        _ name: String, id: String? = nil, description: String? = nil, require: [ProfileRequirement] = [],
        weights: [ProfileWeight] = []
    ) {
        var requirements: [String: Requirement] = [:]
        for item in require { requirements[item.criterion.id] = item.requirement }
        var weightsByID: [String: Double] = [:]
        for item in weights { weightsByID[item.criterion.id] = item.weight }
        self.init(id: id ?? Slug.make(from: name), name: name, description: description, requirements: requirements, weights: weightsByID)
        for criterion in require.map(\.criterion) + weights.map(\.criterion) { declaration.use(criterion) }
    }
}
