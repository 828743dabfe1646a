/// A fast hash of byte strings for the renderers' own lookup tables, eight bytes at a time.
///
/// `Hasher` (SipHash, seeded per process) costs several instructions a byte, and hashing the
/// notes of a matrix whose cells all have them was a twentieth of a render. This one mixes a
/// word with a multiply and a shift and finishes with MurmurHash3's 64-bit finaliser. It is
/// not seeded, so it is for tables that only ever hold one user's own document: a crafted
/// document can make it collide, which costs time (every match is still checked byte for
/// byte), never a wrong answer.
struct ByteHasher {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Mixes in one word.
    @inline(__always)
    mutating func combine(_ value: UInt64) {
        state = (state ^ value) &* 0xBF58_476D_1CE4_E5B9
        state ^= state >> 29
    }

    /// Mixes in a string's UTF-8 bytes and their count, so that the end of one string and the
    /// start of the next cannot trade bytes.
    mutating func combine(_ text: String) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { combine(bytes: $0) }
        if hashed == nil {
            var text = text
            text.withUTF8 { combine(bytes: $0) }
        }
    }

    /// Mixes in bytes and their count.
    mutating func combine(bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset + 8 <= bytes.count {
            combine(ByteScan.word(bytes, at: offset))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        combine(tail)
        combine(UInt64(bytes.count))
    }

    /// The hash of everything mixed in.
    var value: UInt64 {
        var hash = state
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}
