import Foundation

/// Cuts a CSV byte stream into chunks of whole records, reading a few megabytes at a time, so
/// that workers can parse the chunks in parallel and memory stays bounded.
///
/// A record ends at a line feed outside quotes (RFC 4180; a carriage return before it belongs to
/// the line end). One pass over the bytes tracks the quote state and counts line feeds, so each
/// chunk knows the line its first record starts on. A UTF-8 byte-order mark at the very start is
/// dropped. A record longer than the read size just makes the buffer grow until it ends.
struct CSVChunker {
    /// Complete records and the 1-based line the first one starts on.
    struct Chunk: Sendable {
        var bytes: [UInt8]
        var firstLine: Int
    }

    private let read: (inout [UInt8], Int) throws(EventFileError) -> Int
    private var pending: [UInt8] = []
    private var line = 1
    private var atStart = true
    private var finished = false
    private let readSize: Int
    /// Where the scan of `pending` stopped, with the quote state and line feeds counted up to there.
    private var scanned = 0
    private var inQuotes = false
    private var quoteLine = 0
    private var lineFeeds = 0
    private var lastBoundary = 0
    private var lineFeedsAtBoundary = 0

    /// A chunker reading through `read(&buffer, count)`, which appends up to `count` bytes and
    /// returns how many (0 at the end).
    init(readSize: Int = 1 << 20, read: @escaping (inout [UInt8], Int) throws(EventFileError) -> Int) {
        self.readSize = readSize
        self.read = read
    }

    /// The next chunk, or nil at the end.
    ///
    /// - Throws: `EventFileError.unclosedQuote` when the input ends inside a quoted field.
    mutating func next() throws(EventFileError) -> Chunk? {
        while !finished {
            let count = try read(&pending, readSize)
            if count == 0 { finished = true }
            if atStart && (pending.count >= 3 || finished) {
                atStart = false
                if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
            }
            if atStart { continue }
            scan()
            // Enough for a chunk: hand over the complete records, keep the partial last one.
            if lastBoundary > 0 && (pending.count >= readSize || finished) { return take(upTo: lastBoundary) }
        }
        if inQuotes { throw .unclosedQuote(line: quoteLine) }
        guard !pending.isEmpty else { return nil }
        // The last record, without a final line feed.
        return take(upTo: pending.count)
    }

    private mutating func scan() {
        pending.withUnsafeBufferPointer { buffer in
            var index = scanned
            while index < buffer.count {
                let byte = buffer[index]
                if byte == 0x22 {
                    inQuotes.toggle()
                    if inQuotes { quoteLine = line + lineFeeds }
                } else if byte == 0x0A {
                    lineFeeds += 1
                    if !inQuotes {
                        lastBoundary = index + 1
                        lineFeedsAtBoundary = lineFeeds
                    }
                }
                index += 1
            }
            scanned = buffer.count
        }
    }

    private mutating func take(upTo end: Int) -> Chunk {
        let chunk = Chunk(bytes: Array(pending[..<end]), firstLine: line)
        let taken = end == pending.count ? lineFeeds : lineFeedsAtBoundary
        line += taken
        pending.removeFirst(end)
        scanned -= end
        lineFeeds -= taken
        lastBoundary = 0
        lineFeedsAtBoundary = 0
        return chunk
    }
}
