/// A number as a source states it: about a value, up to a bound, from a bound, or a range.
/// Pass one to a number criterion: `latency(.about(15))`, `latency(.atMost(10))`.
/// A plain range is written `latency(2...5)`.
public struct Quantity: Sendable, Hashable {
    /// The value, or the lower end of a range.
    public var value: Double
    /// How the value is meant; `nil` is exact.
    public var qualifier: Cell.Qualifier?
    /// The upper end of a range.
    public var maximum: Double?

    /// About `value`: shown as `≈ 15 ms`.
    public static func about(_ value: Double) -> Quantity { Quantity(value: value, qualifier: .about) }

    /// About the range: shown as `≈ 10–20 ms`.
    public static func about(_ range: ClosedRange<Double>) -> Quantity {
        Quantity(value: range.lowerBound, qualifier: .about, maximum: range.upperBound)
    }

    /// Up to `value`, an upper bound: shown as `≤ 10 ms`.
    public static func atMost(_ value: Double) -> Quantity { Quantity(value: value, qualifier: .atMost) }

    /// At least `value`, a lower bound: shown as `≥ 3`.
    public static func atLeast(_ value: Double) -> Quantity { Quantity(value: value, qualifier: .atLeast) }
}
