import Foundation
import Testing

@testable import TechMatrix

/// The output buffer keeps an allocated array and a count of written bytes; these check the
/// edges of that bookkeeping against plain arrays built here.
@Suite("ByteBuffer")
struct ByteBufferTests {
    @Test("Appends of every kind, past many growths, give the bytes a plain array would hold")
    func growth() {
        var buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<2000 {
            let text = "round \(round) ✓ "
            buffer.append(text)
            expected += Array(text.utf8)
            buffer.append("static|")
            expected += Array("static|".utf8)
            buffer.appendDecimal(round * 37)
            expected += Array(String(round * 37).utf8)
            buffer.appendSpaces(round % 5)
            expected += Array(repeating: 0x20, count: round % 5)
            buffer.append(UInt8(ascii: "\n"))
            expected.append(0x0A)
        }
        let long = String(repeating: "z", count: 100_000)
        buffer.append(long)
        expected += Array(long.utf8)
        #expect(buffer.bytes == expected)
        #expect(buffer.string == String(decoding: expected, as: UTF8.self))
        #expect(buffer.takeBytes() == expected)
        #expect(buffer.bytes.isEmpty)
        buffer.append("again")
        #expect(buffer.string == "again")
    }

    @Test("Decimal numbers are written as String(_:) writes them", arguments: [0, 9, 10, 99, 100, 12_345, Int(Int32.max), Int.max])
    func decimals(value: Int) {
        var buffer = ByteBuffer(capacity: 4)
        buffer.appendDecimal(value)
        #expect(buffer.string == String(value))
    }

    @Test("A copy is its own buffer: appending to one leaves the other as it was")
    func valueSemantics() {
        var one = ByteBuffer(capacity: 16)
        one.append("shared")
        var other = one
        other.append(" and more")
        one.append("!")
        #expect(one.string == "shared!")
        #expect(other.string == "shared and more")
        var joined = ByteBuffer(capacity: 1)
        joined.append(one)
        joined.append(other)
        #expect(joined.string == "shared!shared and more")
    }

    final class Collector: @unchecked Sendable {
        let lock = NSLock()
        var chunks: [[UInt8]] = []

        var sink: @Sendable ([UInt8]) -> Void {
            { chunk in
                self.lock.lock()
                self.chunks.append(chunk)
                self.lock.unlock()
            }
        }
    }

    @Test("A blank line at the very end is trimmed wherever it falls against a chunk boundary", arguments: [64, 65, 100])
    func trimAcrossBoundaries(chunkSize: Int) {
        // Texts ending in a newline whose length puts the final extra newline just before, on
        // and just after the byte that fills a chunk (once, and after several chunks).
        for length in [chunkSize - 3, chunkSize - 2, chunkSize - 1, chunkSize, chunkSize + 1, 3 * chunkSize - 1, 3 * chunkSize + 2] {
            let collector = Collector()
            var buffer = ByteBuffer(streamingTo: collector.sink, chunkSize: chunkSize)
            let text = String(repeating: "x", count: length - 1) + "\n"
            for byte in text.utf8 { buffer.append(byte) }
            buffer.append(UInt8(ascii: "\n"))
            buffer.removeTrailingBlankLine()
            buffer.finish()
            #expect(Array(collector.chunks.joined()) == Array(text.utf8), "length \(length)")
            #expect(collector.chunks.allSatisfy { !$0.isEmpty })
            if length > chunkSize { #expect(collector.chunks.count > 1) }
        }
    }

    @Test("Chunks join to the whole after appends that outgrow a chunk, and the buffer keeps working after finish()")
    func streamingGrowth() {
        let collector = Collector()
        var buffer = ByteBuffer(streamingTo: collector.sink, chunkSize: 64)
        var expected: [UInt8] = []
        for round in 0..<50 {
            let text = round % 7 == 3 ? String(repeating: "long\(round) ", count: 40) : "line \(round)\n"
            buffer.append(text)
            expected += Array(text.utf8)
        }
        buffer.finish()
        #expect(Array(collector.chunks.joined()) == expected)
        // Every chunk but the last holds at least a chunk's worth, less the two bytes kept back.
        #expect(collector.chunks.dropLast().allSatisfy { $0.count >= 62 })
        buffer.append("after")
        buffer.finish()
        #expect(Array(collector.chunks.joined()) == expected + Array("after".utf8))
    }

    @Test("One append far longer than a chunk is sent in chunks, never growing the buffer, and counted as written")
    func longAppendStreams() {
        let collector = Collector()
        var buffer = ByteBuffer(streamingTo: collector.sink, chunkSize: 64)
        var long = ByteBuffer(capacity: 16)
        let text = String(repeating: "0123456789abcdef", count: 2_000)
        long.append(text)
        buffer.append("head ")
        buffer.append(long)
        buffer.append(text)
        #expect(buffer.written == 5 + 2 * text.utf8.count)
        buffer.finish()
        #expect(buffer.written == 5 + 2 * text.utf8.count)
        #expect(Array(collector.chunks.joined()) == Array(("head " + text + text).utf8))
        // A chunk is at most the streaming size: a chunk and its 4 KiB of slack.
        #expect(collector.chunks.count > 2 * text.utf8.count / (64 + 4096))
        #expect(collector.chunks.allSatisfy { $0.count <= 64 + 4096 })
    }
}
