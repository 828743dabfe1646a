/// Mulberry32, a 32-bit pseudo-random generator (Tommy Ettinger's public-domain design): the
/// stream that perturbs profile weights. The page's script runs the same generator with the
/// same seed, so the sensitivity figures of the page and of Swift are the same numbers.
///
/// One step adds `0x6D2B79F5` to the state and mixes it; the output is a 32-bit integer,
/// divided by 2^32 to give a number in `[0, 1)`.
struct Mulberry32: Sendable {
    private var state: UInt32

    /// Starts the stream at `seed`.
    init(seed: UInt32) { state = seed }

    /// The next 32 bits.
    mutating func nextUInt32() -> UInt32 {
        state &+= 0x6D2B_79F5
        var t = (state ^ (state >> 15)) &* (state | 1)
        t ^= t &+ ((t ^ (t >> 7)) &* (t | 61))
        return t ^ (t >> 14)
    }

    /// The next number in `[0, 1)`.
    mutating func next() -> Double { Double(nextUInt32()) / 4_294_967_296 }
}
