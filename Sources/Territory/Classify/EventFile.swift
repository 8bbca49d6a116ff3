import Foundation

/// Classifies a file of dated, geocoded events (CSV, GeoJSON Point features or a GeoPackage point
/// layer) and writes it back with who held each row's ground: every input column as it was, in
/// order, then the added columns and an `error` column. Rows stream through in batches, classified
/// on every core and written in input order, so memory stays bounded for CSV and GeoPackage
/// inputs however long the file (a GeoJSON input is read whole).
///
/// ```swift
/// let classifier = Classifier(dataset: try Dataset.embedded())
/// let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: "events.csv"))
/// var output = Data()
/// let summary = try EventFile.classify(
///     .stream { buffer, count in buffer += (try? input.read(upToCount: count)) ?? Data(); return 0 },
///     format: .csv, to: .stream { output.append(contentsOf: $0) }, with: classifier,
///     options: EventFileOptions(output: .csv))
/// ```
public enum EventFile {
    /// Where rows come from.
    public enum Input {
        /// Bytes (CSV or GeoJSON): the closure appends up to `count` bytes to the buffer and returns
        /// how many it appended, 0 at the end.
        case stream((_ buffer: inout [UInt8], _ count: Int) throws(EventFileError) -> Int)
        /// A GeoPackage file.
        case geoPackage(path: String)
    }

    /// Where rows go.
    public enum Output {
        /// Bytes (CSV, GeoJSON, JSONL), handed over in order.
        case stream((_ bytes: [UInt8]) throws(EventFileError) -> Void)
        /// A GeoPackage file to create (it must not exist).
        case geoPackage(path: String)
    }

    /// Reads `input` in `format`, classifies every row with `classifier` and writes the rows to `output`.
    ///
    /// - Parameters:
    ///   - input: where the rows come from.
    ///   - format: the input's format.
    ///   - output: where the rows go, in `options.output`'s format.
    ///   - classifier: what answers; with `frontDistance`, `front_km` can be added.
    ///   - options: the columns to read and to add, the output format, strictness.
    ///   - progress: called on the calling thread after each batch with the rows done so far.
    /// - Returns: the counts for a summary.
    /// - Throws: `EventFileError` for an input that cannot be read as a table of events (no header,
    ///   no position or date column, an unclosed quote), a failed write, or under `options.strict`
    ///   the first bad row.
    public static func classify(
        _ input: Input, format: EventFormat, to output: Output, with classifier: Classifier,
        options: EventFileOptions, progress: ((Int) -> Void)? = nil
    ) throws(EventFileError) -> ClassifySummary {
        var options = options
        if !classifier.measuresFront { options.added.removeAll { $0 == .frontKm } }
        let source: EventSource
        switch (format, input) {
        case (.csv, .stream(let read)): source = try CSVSource(read: read)
        case (.geojson, .stream(let read)): source = try GeoJSONSource(read: read)
        case (.gpkg, .geoPackage(let path)): source = try GeoPackageSource(path: path, table: options.table)
        default: throw .io("cannot read \(format.rawValue) from this input")
        }
        let schema = try EventSchema(
            names: source.names, geometry: source.hasGeometry, options: options, classifier: classifier)
        let work = EventBatchWork(
            schema: schema, classifier: classifier, output: options.output, strict: options.strict, unit: source.unit)
        let sink = try EventSink(output: output, format: options.output, schema: schema, source: source, work: work)
        var summary = ClassifySummary()
        let batches = OrderedParallelMap(BatchIterator(source: source)) { work.run($0) }
        var results = batches
        while let result = results.next() {
            if let error = result.strictError {
                throw .badRow(error)
            }
            try sink.write(result)
            summary.merge(result.summary)
            progress?(summary.rows)
        }
        if let error = source.error { throw error }
        try sink.finish()
        return summary
    }

    /// Pulls batches from a source, keeping the first error for after the stream.
    private struct BatchIterator: IteratorProtocol {
        let source: EventSource

        mutating func next() -> EventBatchWork.Batch? {
            guard source.error == nil else { return nil }
            do {
                return try source.next()
            } catch {
                source.error = error
                return nil
            }
        }
    }
}

/// Where an event file's rows come from: its column names, then batches of rows.
class EventSource {
    /// The column names, in order.
    var names: [String] = []
    /// Whether rows carry a geometry (GeoJSON, GeoPackage) the position can come from.
    var hasGeometry: Bool { false }
    /// What messages call a row's number.
    var unit: String { "line" }
    /// The error that ended the stream early.
    var error: EventFileError?

    /// The next batch, or nil at the end.
    func next() throws(EventFileError) -> EventBatchWork.Batch? { nil }
}

/// A CSV stream: the header row, then chunks of records.
final class CSVSource: EventSource {
    private var chunker: CSVChunker
    private var first: CSVChunker.Chunk?
    /// The header record's bytes, without its line end, and its line end.
    private(set) var headerBytes: [UInt8] = []
    private(set) var lineEnd: [UInt8] = [0x0A]

    init(read: @escaping (inout [UInt8], Int) throws(EventFileError) -> Int) throws(EventFileError) {
        chunker = CSVChunker(read: read)
        super.init()
        // The header is the first record that is not blank.
        while var chunk = try chunker.next() {
            var header: (record: CSVRecordScanner.Record, fields: [CSVRecordScanner.Field])?
            var consumed = 0
            var lines = 0
            chunk.bytes.withUnsafeBufferPointer { bytes in
                CSVRecordScanner.forEachRecord(in: bytes, firstLine: chunk.firstLine) { record, fields in
                    guard header == nil else { return }
                    consumed = record.next
                    if record.end > record.start || fields.count > 1 {
                        header = (record, fields)
                        lines = bytes[record.start..<record.next].count { $0 == 0x0A }
                    }
                }
            }
            guard let header else { continue }
            let text: [String] = chunk.bytes.withUnsafeBufferPointer { bytes in
                header.fields.compactMap { String(validating: CSVRecordScanner.value($0, in: bytes), as: UTF8.self) }
            }
            guard text.count == header.fields.count else { throw .headerNotText(line: header.record.line) }
            names = text
            headerBytes = Array(chunk.bytes[header.record.start..<header.record.end])
            if header.record.next > header.record.end {
                lineEnd = Array(chunk.bytes[header.record.end..<header.record.next])
            }
            chunk.bytes.removeFirst(consumed)
            chunk.firstLine = header.record.line + max(lines, 1)
            first = chunk.bytes.isEmpty ? nil : chunk
            return
        }
        throw .empty
    }

    override func next() throws(EventFileError) -> EventBatchWork.Batch? {
        if let chunk = first {
            first = nil
            return .csv(chunk)
        }
        return try chunker.next().map { .csv($0) }
    }
}
