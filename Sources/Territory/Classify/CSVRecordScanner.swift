/// Walks the records of a chunk of whole CSV records, field by field, without copying: each field
/// is a byte range of the chunk, unquoted only when asked.
///
/// Quotes follow RFC 4180 read as a parity rule, the same rule `CSVChunker` cuts by: a double
/// quote opens or closes a quoted stretch (`""` inside one stands for a quote), and commas and line
/// feeds inside a stretch are text. So `"a,b"` is `a,b`, `"say ""hi"""` is `say "hi"`, and a stray
/// quote in an unquoted field (`5" pipe`) opens a stretch, as in most fast readers.
enum CSVRecordScanner {
    /// A field's bytes in the chunk, quotes included; `hasQuote` when it holds any.
    struct Field {
        var start: Int
        var end: Int
        var hasQuote: Bool
    }

    /// One record: its bytes `start..<end` without the line end, the line end's bytes
    /// `end..<next`, and the line it starts on.
    struct Record {
        var start: Int
        var end: Int
        var next: Int
        var line: Int
    }

    /// Calls `body` for each record of `bytes` with its fields (the array is reused between
    /// records). Line numbers start at `firstLine`.
    static func forEachRecord(
        in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, _ body: (Record, [Field]) throws -> Void
    ) rethrows {
        var fields: [Field] = []
        fields.reserveCapacity(32)
        var index = 0
        var line = firstLine
        let count = bytes.count
        while index < count {
            fields.removeAll(keepingCapacity: true)
            let recordStart = index
            let recordLine = line
            var fieldStart = index
            var hasQuote = false
            var inQuotes = false
            while index < count {
                let byte = bytes[index]
                if byte == 0x22 {
                    hasQuote = true
                    inQuotes.toggle()
                } else if byte == 0x0A {
                    line += 1
                    if !inQuotes { break }
                } else if byte == 0x2C && !inQuotes {
                    fields.append(Field(start: fieldStart, end: index, hasQuote: hasQuote))
                    fieldStart = index + 1
                    hasQuote = false
                }
                index += 1
            }
            var end = index
            let next = index < count ? index + 1 : count
            if end > fieldStart && bytes[end - 1] == 0x0D && !inQuotes { end -= 1 }
            fields.append(Field(start: fieldStart, end: max(fieldStart, end), hasQuote: hasQuote))
            try body(Record(start: recordStart, end: end, next: next, line: recordLine), fields)
            index = next
        }
    }

    /// The value of `field`: its bytes with the quoting undone.
    static func value(_ field: Field, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let slice = bytes[field.start..<field.end]
        guard field.hasQuote else { return Array(slice) }
        var result: [UInt8] = []
        result.reserveCapacity(slice.count)
        var index = slice.startIndex
        var inQuotes = false
        while index < slice.endIndex {
            let byte = slice[index]
            if byte == 0x22 {
                if inQuotes && index + 1 < slice.endIndex && slice[index + 1] == 0x22 {
                    result.append(0x22)
                    index += 2
                    continue
                }
                inQuotes.toggle()
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }
}
