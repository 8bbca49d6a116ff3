/// The properties the CSV reader must keep on any input, checked by the `fuzz-csv` libFuzzer
/// target and by the test suite's replay of its corpus: reading in one piece and in tiny pieces
/// gives the same records (so chunk boundaries never change a record), an input the reader
/// refuses is refused either way, and writing the fields back fully quoted reads back to the
/// very same fields.
enum CSVSelfCheck {
    /// The first property `bytes` breaks, or nil.
    static func problem(in bytes: [UInt8]) -> String? {
        let whole = Result { () throws(EventFileError) in try records(bytes, readSize: 1 << 20) }
        let pieces = Result { () throws(EventFileError) in try records(bytes, readSize: 7) }
        guard whole == pieces else { return "reading in 7-byte pieces differs from reading whole" }
        guard case .success(let read) = whole else { return nil }
        var quoted: [UInt8] = []
        for record in read {
            for (index, field) in record.enumerated() {
                if index > 0 { quoted.append(0x2C) }
                quoted.append(0x22)
                for byte in field {
                    quoted.append(byte)
                    if byte == 0x22 { quoted.append(0x22) }
                }
                quoted.append(0x22)
            }
            quoted.append(0x0A)
        }
        guard let again = try? records(quoted, readSize: 1 << 20) else { return "the quoted copy does not read" }
        // A blank record reads as one empty field, which quoting writes as `""`: the same field.
        return again == read ? nil : "the quoted copy reads back to other fields"
    }

    /// Every record's field values, read through `CSVChunker` and `CSVRecordScanner`.
    static func records(_ bytes: [UInt8], readSize: Int) throws(EventFileError) -> [[[UInt8]]] {
        var offset = 0
        var chunker = CSVChunker(readSize: readSize) { buffer, count in
            let end = min(bytes.count, offset + count)
            buffer += bytes[offset..<end]
            defer { offset = end }
            return end - offset
        }
        var result: [[[UInt8]]] = []
        while let chunk = try chunker.next() {
            chunk.bytes.withUnsafeBufferPointer { buffer in
                CSVRecordScanner.forEachRecord(in: buffer, firstLine: chunk.firstLine) { _, fields in
                    result.append(fields.map { CSVRecordScanner.value($0, in: buffer) })
                }
            }
        }
        return result
    }
}
