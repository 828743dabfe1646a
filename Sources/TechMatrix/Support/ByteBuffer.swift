/// A growable UTF-8 output buffer that every writer appends to, so rendering never builds
/// one giant `String` by concatenation. A streaming buffer hands each full chunk to its sink
/// and keeps only the rest, so output larger than memory should need is never held whole.
///
/// The bytes live in an array that is always fully allocated (its `count` is the capacity)
/// and `used` says how much of it is written, so an append is a capacity check and a copy,
/// not `Array.append(contentsOf:)`'s generic growth path; renderers make millions of small
/// appends.
struct ByteBuffer: Sendable {
    /// Allocated bytes; the first `used` are the contents, the rest are scratch.
    private var storage: [UInt8]
    /// How many bytes of `storage` are written.
    private var used = 0
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
        storage = [UInt8](repeating: 0, count: max(capacity, 16))
    }

    /// A buffer that sends its bytes to `sink` in chunks of about `chunkSize` bytes; call
    /// ``finish()`` to send the rest.
    init(streamingTo sink: @escaping @Sendable ([UInt8]) -> Void, chunkSize: Int = 1 << 18) {
        self.sink = sink
        self.chunkSize = max(chunkSize, 64)
        storage = [UInt8](repeating: 0, count: self.chunkSize + Self.streamingSlack)
    }

    /// Room past the chunk size, so that the append that fills a chunk seldom grows it.
    private static let streamingSlack = 4096

    /// The contents.
    var bytes: [UInt8] { Array(storage[0..<used]) }

    /// How many bytes have been written to it, those a streaming buffer has sent included.
    var written: Int { sent + used }
    /// How many bytes a streaming buffer has handed to its sink.
    private var sent = 0

    /// Forgets the contents of a buffer that keeps its bytes, keeping its storage for reuse.
    mutating func removeAll() {
        precondition(sink == nil, "a streaming buffer has sent part of its contents already")
        used = 0
    }

    /// The contents, leaving the buffer empty: the whole rendering without a second copy.
    mutating func takeBytes() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &storage)
        taken.removeLast(taken.count - used)
        used = 0
        return taken
    }

    /// Makes room for `count` more bytes.
    @inline(__always)
    private mutating func reserve(_ count: Int) {
        if storage.count - used < count { grow(count) }
    }

    private mutating func grow(_ count: Int) {
        let wanted = Swift.max(storage.count * 2, used + count)
        storage.append(contentsOf: repeatElement(0, count: wanted - storage.count))
    }

    /// Sends a chunk when a streaming buffer is full.
    @inline(__always)
    private mutating func spill() {
        if used >= chunkSize { sendChunk() }
    }

    /// Hands the storage itself to the sink instead of a copy of it, so that no second
    /// buffer is allocated, then zero-fills it again to the streaming size: a sink that does
    /// not keep the array (writing it out) leaves it unique, so its allocation is reused. A
    /// buffer that one long append grew is let go, so later chunks do not refill it.
    private mutating func sendChunk() {
        guard let sink else { return }
        let end = used - Self.keptBack
        let kept = Array(storage[end..<used])
        storage.removeLast(storage.count - end)
        sent += end
        sink(storage)
        let streamingSize = chunkSize + Self.streamingSlack
        storage.removeAll(keepingCapacity: storage.capacity <= 2 * streamingSize)
        storage.append(contentsOf: kept)
        storage.append(contentsOf: repeatElement(0, count: streamingSize - kept.count))
        used = kept.count
    }

    /// Sends whatever a streaming buffer still holds; a buffer without a sink keeps it.
    mutating func finish() {
        guard let sink, used > 0 else { return }
        sink(Array(storage[0..<used]))
        sent += used
        used = 0
        storage = []
    }

    /// Copies `count` bytes from `source`.
    @inline(__always)
    private mutating func copy(_ source: UnsafeRawPointer, count: Int) {
        guard count > 0 else { return }
        if sink != nil, count > storage.count - used {
            copyInChunks(source, count: count)
            return
        }
        reserve(count)
        let at = used
        storage.withUnsafeMutableBytes { target in
            (target.baseAddress! + at).copyMemory(from: source, byteCount: count)
        }
        used = at + count
        spill()
    }

    /// A long copy into a streaming buffer, a chunk at a time, so that the buffer is never
    /// grown past its streaming size (growing it and then letting it go, chunk after chunk,
    /// left the heap holding both sizes).
    private mutating func copyInChunks(_ source: UnsafeRawPointer, count: Int) {
        var copied = 0
        while copied < count {
            let piece = Swift.min(count - copied, Swift.max(storage.count - used, 1))
            reserve(piece)
            let at = used
            storage.withUnsafeMutableBytes { target in
                (target.baseAddress! + at).copyMemory(from: source + copied, byteCount: piece)
            }
            used = at + piece
            copied += piece
            spill()
        }
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[used] = byte
        used += 1
        spill()
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { if let base = $0.baseAddress { copy(base, count: $0.count) } }
    }

    mutating func append(_ text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            if let base = utf8.baseAddress { copy(base, count: utf8.count) }
        }
        if copied == nil {
            var text = text
            text.withUTF8 { if let base = $0.baseAddress { copy(base, count: $0.count) } }
        }
    }

    mutating func append(_ slice: UnsafeBufferPointer<UInt8>) {
        if let base = slice.baseAddress { copy(base, count: slice.count) }
    }

    mutating func append(_ other: ByteBuffer) {
        other.storage.withUnsafeBytes { if let base = $0.baseAddress { copy(base, count: other.used) } }
    }

    /// Appends a non-negative integer in decimal, without building a `String`.
    mutating func appendDecimal(_ value: Int) {
        if value < 10 {
            append(UInt8(ascii: "0") + UInt8(value))
        } else {
            // Digits from the right into a small buffer, then in order.
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
            var rest = value
            var count = 0
            withUnsafeMutableBytes(of: &digits) { buffer in
                while rest > 0 {
                    count += 1
                    buffer[buffer.count - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                copy(buffer.baseAddress! + (buffer.count - count), count: count)
            }
        }
    }

    mutating func appendSpaces(_ count: Int) {
        guard count > 0 else { return }
        reserve(count)
        for index in used..<(used + count) { storage[index] = 0x20 }
        used += count
        spill()
    }

    /// Drops the last newline when the buffer ends with a blank line, so a document that
    /// writes each block followed by a blank line ends with exactly one newline.
    mutating func removeTrailingBlankLine() {
        if used >= 2, storage[used - 1] == 0x0A, storage[used - 2] == 0x0A { used -= 1 }
    }

    /// The contents as text.
    var string: String { String(decoding: storage[0..<used], as: UTF8.self) }
}
