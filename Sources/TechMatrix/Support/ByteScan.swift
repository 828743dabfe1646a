/// Word-at-a-time tests over UTF-8 bytes ("SWAR", from Bit Twiddling Hacks): eight bytes are
/// checked with a few integer operations, so scanners skip the long runs of ordinary text and
/// look at single bytes only near the ones that matter. Each test is exact as a yes or no.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` as one word (little-endian order does not matter to the
    /// tests below); the caller makes sure that `offset + 8 <= bytes.count`.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether any byte of `word` is zero.
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highBits != 0
    }

    /// Whether any byte of `word` equals `byte`.
    @inline(__always)
    static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        hasZeroByte(word ^ (ones &* UInt64(byte)))
    }

    /// Whether any byte of `word` is less than `limit` (at most 128).
    @inline(__always)
    static func hasLess(_ word: UInt64, than limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// The position (0 to 7, in memory order) of the first byte of `word` that equals
    /// `byte`, or 8 when none does. Exact: the borrows that make ``hasZeroByte(_:)`` flag a
    /// byte wrongly run only upward from a byte that really is zero, above the first one.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in word: UInt64) -> Int {
        let matched = word ^ (ones &* UInt64(byte))
        return firstFlagged((matched &- ones) & ~matched & highBits)
    }

    /// The position of the first byte of `word` below `limit` (at most 128), or 8.
    @inline(__always)
    static func firstIndexBelow(_ limit: UInt8, in word: UInt64) -> Int {
        firstFlagged((word &- ones &* UInt64(limit)) & ~word & highBits)
    }

    /// The first `count` bytes of `word` (0 to 7, in memory order), the others zero.
    @inline(__always)
    static func prefix(_ word: UInt64, count: Int) -> UInt64 {
        UInt64(littleEndian: UInt64(littleEndian: word) & ((1 << (8 * UInt64(count))) &- 1))
    }

    /// The byte position of the lowest flagged high bit (the words are loaded little-endian),
    /// or 8.
    @inline(__always)
    private static func firstFlagged(_ flags: UInt64) -> Int {
        UInt64(littleEndian: flags).trailingZeroBitCount >> 3
    }

    /// Whether any byte of `word` is 0x80 or above (not ASCII).
    @inline(__always)
    static func hasNonASCII(_ word: UInt64) -> Bool {
        word & highBits != 0
    }
}
