/// A use case that a reader can rank the tools for: what a tool must offer, and how much
/// each criterion weighs.
///
/// ```swift
/// Profile("Latency-sensitive services",
///         require: [mTLS.required(.yes), latency.required(atMost: 5)],
///         weights: [latency.weighted(3), setup.weighted(1)])
/// ```
public struct Profile: Sendable, Hashable {
    /// The identifier, unique within the matrix.
    public var id: String
    /// The name shown to readers, exactly as written.
    public var name: String
    /// Optional prose: who the profile is for.
    public var description: String?
    /// What a tool must offer, by criterion id.
    public var requirements: [String: Requirement]
    /// How much each criterion weighs, from 0 to 10, by criterion id.
    public var weights: [String: Double]
    /// The criteria a DSL declaration named, so that a matrix can list them; not part of the value.
    var declaration = Declaration()

    /// Creates a profile from its parts; in matrix sources prefer
    /// ``Profile/init(_:id:description:require:weights:)``.
    public init(
        id: String, name: String, description: String? = nil, requirements: [String: Requirement] = [:],
        weights: [String: Double] = [:]
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.requirements = requirements
        self.weights = weights
    }
}

extension Profile {
    /// What a profile requires of one criterion.
    public enum Requirement: Sendable, Hashable {
        /// For a support criterion: `.yes` lets only `yes` pass; `.partial` lets `yes`,
        /// `partial` and `preview` pass. No other value can be required.
        case support(Support)
        /// For a number criterion: the cell's interval must lie at or below the limit.
        case atMost(Double)
        /// For a number criterion: the cell's interval must lie at or above the limit.
        case atLeast(Double)
        /// For a rating criterion: the lowest rating that passes.
        case minimum(Int)
    }
}

extension Profile.Requirement: CustomStringConvertible {
    /// The requirement as the format writes it: `"yes"`, `{"atMost": 5}`, `3`.
    public var description: String {
        switch self {
        case .support(let support): "\"\(support.rawValue)\""
        case .atMost(let limit): "{\"atMost\": \(NumberFormatting.json(limit))}"
        case .atLeast(let limit): "{\"atLeast\": \(NumberFormatting.json(limit))}"
        case .minimum(let minimum): String(minimum)
        }
    }
}
