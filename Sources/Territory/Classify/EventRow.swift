import Foundation

/// One input value, kept as it was read so that it can be written back unchanged.
enum EventValue: Sendable {
    /// Text (CSV fields, GeoPackage TEXT), as bytes.
    case text([UInt8])
    /// A JSON value's source text (GeoJSON properties).
    case json([UInt8])
    case integer(Int64)
    case real(Double)
    case null
    case blob([UInt8])

    /// The value as text, for reading a position or date and for CSV output (JSON strings decoded).
    var textBytes: [UInt8] {
        switch self {
        case .text(let bytes), .blob(let bytes): return bytes
        case .json(let bytes):
            if bytes.first == 0x22, let text = try? JSONDecoder().decode(String.self, from: Data(bytes)) {
                return Array(text.utf8)
            }
            return bytes == Array("null".utf8) ? [] : bytes
        case .integer(let value): return Array(String(value).utf8)
        case .real(let value): return Array(String(value).utf8)
        case .null: return []
        }
    }
}

/// A row from a GeoJSON or GeoPackage input, or a CSV row bound for another format.
struct EventRow: Sendable {
    /// The input line (CSV), feature number (GeoJSON) or row number (GeoPackage) for messages.
    var line: Int
    var values: [EventValue]
    /// The position from the row's geometry, when the schema reads it from there.
    var point: Coordinate?
    /// Why the geometry gives no position.
    var pointError: String?
    /// The geometry's source text (GeoJSON), written back unchanged.
    var geometryJSON: [UInt8]?
}

/// What a row came to: an answer from the classifier's table, or an error.
struct RowOutcome: Sendable {
    var ground: Int
    var frontKm: Double?
    var error: String?
}
