import CSQLite
import Foundation

/// Writes classified rows in the output format: the opening (a CSV header, a GeoJSON
/// FeatureCollection's start, a GeoPackage layer), each batch in order, and the closing.
final class EventSink {
    private let output: EventFile.Output
    private let format: EventFormat
    private var featuresWritten = false
    private var layer: GeoPackageLayer?
    /// The opening bytes, written with the first batch (or at the end): an input refused early
    /// leaves standard output empty.
    private var opening: [UInt8]?

    init(output: EventFile.Output, format: EventFormat, schema: EventSchema, source: EventSource, work: EventBatchWork)
        throws(EventFileError)
    {
        self.output = output
        self.format = format
        switch (format, output) {
        case (.csv, .stream):
            let added = (schema.added.map(\.rawValue) + ["error"]).map { "," + $0 }.joined()
            if let csv = source as? CSVSource {
                opening = csv.headerBytes + Array(added.utf8) + csv.lineEnd
            } else {
                opening = Array((schema.names.map(CSV.field).joined(separator: ",") + added + "\n").utf8)
            }
        case (.jsonl, .stream):
            break
        case (.geojson, .stream):
            opening = Array("{\"type\":\"FeatureCollection\",\"features\":[".utf8)
        case (.gpkg, .geoPackage(let path)):
            layer = try GeoPackageLayer(path: path, schema: schema, source: source, work: work)
        default:
            throw .io("cannot write \(format.rawValue) to this output")
        }
    }

    func write(_ result: EventBatchWork.Result) throws(EventFileError) {
        if let layer {
            try layer.insert(result.rows)
            return
        }
        guard case .stream(let write) = output, !result.bytes.isEmpty else { return }
        try writeOpening()
        if format == .geojson && !featuresWritten {
            featuresWritten = true
            // Each feature comes with a leading comma; the first one must not.
            try write(Array(result.bytes.dropFirst()))
        } else {
            try write(result.bytes)
        }
    }

    private func writeOpening() throws(EventFileError) {
        guard let bytes = opening, case .stream(let write) = output else { return }
        opening = nil
        try write(bytes)
    }

    func finish() throws(EventFileError) {
        if let layer { try layer.finish() }
        try writeOpening()
        if format == .geojson, case .stream(let write) = output { try write(Array("\n]}\n".utf8)) }
    }
}
