/// A growable UTF-8 output buffer that every writer appends to, so rendering never builds
/// one giant `String` by concatenation.
struct ByteBuffer: Sendable {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ slice: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: slice) }

    mutating func append(_ other: ByteBuffer) { bytes.append(contentsOf: other.bytes) }

    /// Appends a non-negative integer in decimal, without building a `String`.
    mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    mutating func appendSpaces(_ count: Int) {
        for _ in 0..<count { bytes.append(0x20) }
    }

    /// Drops the last newline when the buffer ends with a blank line, so a document that
    /// writes each block followed by a blank line ends with exactly one newline.
    mutating func removeTrailingBlankLine() {
        if bytes.count >= 2, bytes[bytes.count - 1] == 0x0A, bytes[bytes.count - 2] == 0x0A { bytes.removeLast() }
    }

    /// The contents as text.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
