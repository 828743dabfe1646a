/// Numbers as the canonical JSON and the renderers write them.
enum NumberFormatting {
    /// The shortest text that reads back as the same double: integral values below 2^53 in
    /// magnitude without a fraction (`15`, `-3`), everything else as Swift's shortest
    /// round-trip form (`0.1`, `1.5e-07`, `1e+16`), which is valid JSON.
    static func json(_ value: Double) -> String {
        if value == value.rounded(.towardZero), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return value.description
    }
}
