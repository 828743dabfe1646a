/// A growable UTF-8 output buffer that every writer appends to, so rendering never builds
/// one giant `String` by concatenation. A streaming buffer hands each full chunk to its sink
/// and keeps only the rest, so output larger than memory should need is never held whole.
struct ByteBuffer: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Where a streaming buffer sends its chunks; `nil` keeps every byte.
    private let sink: (@Sendable ([UInt8]) -> Void)?
    /// The size at which a streaming buffer sends what it holds.
    private let chunkSize: Int
    /// The bytes a streaming buffer keeps back when it sends a chunk, so that
    /// ``removeTrailingBlankLine()`` still sees the end of the output.
    private static let keptBack = 2

    init(capacity: Int = 4096) {
        sink = nil
        chunkSize = .max
        bytes.reserveCapacity(capacity)
    }

    /// A buffer that sends its bytes to `sink` in chunks of about `chunkSize` bytes; call
    /// ``finish()`` to send the rest.
    init(streamingTo sink: @escaping @Sendable ([UInt8]) -> Void, chunkSize: Int = 1 << 20) {
        self.sink = sink
        self.chunkSize = max(chunkSize, 64)
        bytes.reserveCapacity(self.chunkSize + 4096)
    }

    /// Sends a chunk when a streaming buffer is full.
    @inline(__always)
    private mutating func spill() {
        if bytes.count >= chunkSize { sendChunk() }
    }

    private mutating func sendChunk() {
        guard let sink else { return }
        let end = bytes.count - Self.keptBack
        sink(Array(bytes[0..<end]))
        bytes.removeSubrange(0..<end)
    }

    /// Sends whatever a streaming buffer still holds; a buffer without a sink keeps it.
    mutating func finish() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: false)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
        spill()
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        spill()
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        spill()
    }

    mutating func append(_ slice: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: slice)
        spill()
    }

    mutating func append(_ other: ByteBuffer) {
        bytes.append(contentsOf: other.bytes)
        spill()
    }

    /// Appends a non-negative integer in decimal, without building a `String`.
    mutating func appendDecimal(_ value: Int) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            // Digits from the right into a small buffer, then in order.
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
            var rest = value
            var count = 0
            withUnsafeMutableBytes(of: &digits) { buffer in
                while rest > 0 || count == 0 {
                    count += 1
                    buffer[buffer.count - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(buffer.count - count)...]))
            }
        }
        spill()
    }

    mutating func appendSpaces(_ count: Int) {
        for _ in 0..<count { bytes.append(0x20) }
        spill()
    }

    /// Drops the last newline when the buffer ends with a blank line, so a document that
    /// writes each block followed by a blank line ends with exactly one newline.
    mutating func removeTrailingBlankLine() {
        if bytes.count >= 2, bytes[bytes.count - 1] == 0x0A, bytes[bytes.count - 2] == 0x0A { bytes.removeLast() }
    }

    /// The contents as text.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
