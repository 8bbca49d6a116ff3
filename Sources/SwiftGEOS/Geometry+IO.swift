import CGEOS
import Foundation

extension Geometry {
    /// Reads Well-Known Text, e.g. `POLYGON ((0 0, 1 0, 1 1, 0 0))`.
    ///
    /// - Throws: `GEOSError.parse` with GEOS's message for malformed text;
    ///   `GEOSError.invalidGeometry` for NaN or infinite coordinates.
    public init(wkt: String) throws(GEOSError) {
        let context = GEOSContext.current
        let reader = context.wktReader
        self = try Self.reading { () throws(GEOSError) in
            try Self.make("reading WKT") { GEOSWKTReader_read_r($0, reader, wkt) }
        }
    }

    /// Reads Well-Known Binary (either byte order; ISO or extended WKB; Z and M are dropped).
    ///
    /// - Throws: `GEOSError.parse` for truncated or malformed bytes;
    ///   `GEOSError.invalidGeometry` for NaN or infinite coordinates.
    public init(wkb: Data) throws(GEOSError) {
        guard !wkb.isEmpty else { throw .parse("the WKB is empty (0 bytes)") }
        let context = GEOSContext.current
        let reader = context.wkbReader
        self = try Self.reading { () throws(GEOSError) in
            try Self.make("reading WKB") { handle in
                wkb.withUnsafeBytes { bytes in
                    GEOSWKBReader_read_r(handle, reader, bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count)
                }
            }
        }
    }

    /// Reads WKB written as hexadecimal digits (either case).
    ///
    /// - Throws: `GEOSError.parse` for odd lengths, non-hex characters or malformed WKB.
    public init(hexWKB: String) throws(GEOSError) {
        let context = GEOSContext.current
        let reader = context.wkbReader
        let hex = Array(hexWKB.utf8)
        self = try Self.reading { () throws(GEOSError) in
            try Self.make("reading hex WKB") { GEOSWKBReader_readHEX_r($0, reader, hex, hex.count) }
        }
    }

    /// Well-Known Text of the x and y coordinates.
    ///
    /// - Parameter precision: digits after the decimal point (GEOS's writer); `nil` writes each
    ///   number in the shortest form that reads back to the same double, which GEOS's own writer
    ///   does not (it drops digits), e.g. `LINESTRING (0.30000000000000004 1e-07, 2 3)`.
    public func wkt(precision: Int? = nil) -> String {
        guard let precision else {
            if type == .point && isEmpty { return "POINT EMPTY" }
            var output = ""
            WKTWriter.write(shape, to: &output)
            return output
        }
        let context = GEOSContext.current
        let writer = context.wktWriter
        GEOSWKTWriter_setRoundingPrecision_r(context.handle, writer, Int32(precision))
        guard let text = GEOSWKTWriter_write_r(context.handle, writer, handle) else {
            preconditionFailure("GEOS could not write WKT: \(context.lastError ?? "no message")")
        }
        defer { GEOSFree_r(context.handle, text) }
        return String(cString: text)
    }

    /// Runs a GEOS reader and checks what it read. GEOS reports structural faults (an unclosed
    /// ring) as illegal arguments; for input they are invalid geometry.
    private static func reading(_ read: () throws(GEOSError) -> Geometry) throws(GEOSError) -> Geometry {
        do {
            let geometry = try read()
            try geometry.shape.validate()
            return geometry
        } catch .invalidArgument(let message) {
            throw .invalidGeometry(message)
        }
    }

    /// Well-Known Binary (little-endian, x and y only; WKB has no ring type, so a linear ring is
    /// written as a line string).
    public var wkb: Data {
        let context = GEOSContext.current
        var size = 0
        guard let bytes = GEOSWKBWriter_write_r(context.handle, context.wkbWriter, handle, &size) else {
            preconditionFailure("GEOS could not write WKB: \(context.lastError ?? "no message")")
        }
        defer { GEOSFree_r(context.handle, bytes) }
        return Data(bytes: bytes, count: size)
    }

    /// Well-Known Binary as upper-case hexadecimal digits.
    public var hexWKB: String {
        let context = GEOSContext.current
        var size = 0
        guard let bytes = GEOSWKBWriter_writeHEX_r(context.handle, context.wkbWriter, handle, &size) else {
            preconditionFailure("GEOS could not write hex WKB: \(context.lastError ?? "no message")")
        }
        defer { GEOSFree_r(context.handle, bytes) }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
    }
}

/// Writes shapes as WKT with shortest round-trip numbers, in GEOS's layout.
private enum WKTWriter {
    static func write(_ shape: Shape, to output: inout String) {
        switch shape {
        case .point(let coordinate):
            output += "POINT ("
            write(coordinate, to: &output)
            output += ")"
        case .lineString(let coordinates):
            output += "LINESTRING"
            write(coordinates, to: &output)
        case .linearRing(let coordinates):
            output += "LINEARRING"
            write(coordinates, to: &output)
        case .polygon(let polygon):
            output += "POLYGON"
            write(polygon, to: &output)
        case .multiPoint(let coordinates):
            output += "MULTIPOINT"
            list(coordinates, to: &output) { coordinate, output in
                output += "("
                write(coordinate, to: &output)
                output += ")"
            }
        case .multiLineString(let lines):
            output += "MULTILINESTRING"
            list(lines, to: &output) { write($0, to: &$1) }
        case .multiPolygon(let polygons):
            output += "MULTIPOLYGON"
            list(polygons, to: &output) { write($0, to: &$1) }
        case .geometryCollection(let shapes):
            output += "GEOMETRYCOLLECTION"
            list(shapes, to: &output) { write($0, to: &$1) }
        }
    }

    /// `EMPTY` or `(a, b, ...)`, after a space only when it follows a tag.
    private static func list<T>(_ items: [T], to output: inout String, _ element: (T, inout String) -> Void) {
        let separator = output.last == "(" || output.last == " " ? "" : " "
        if items.isEmpty {
            output += separator + "EMPTY"
            return
        }
        output += separator + "("
        for (index, item) in items.enumerated() {
            if index > 0 { output += ", " }
            element(item, &output)
        }
        output += ")"
    }

    private static func write(_ coordinate: Coordinate, to output: inout String) {
        output += coordinate.x.shortestText
        output += " "
        output += coordinate.y.shortestText
    }

    private static func write(_ coordinates: [Coordinate], to output: inout String) {
        list(coordinates, to: &output) { write($0, to: &$1) }
    }

    private static func write(_ polygon: Polygon, to output: inout String) {
        let rings = polygon.exterior.isEmpty ? [] : [polygon.exterior] + polygon.holes
        list(rings, to: &output) { write($0, to: &$1) }
    }
}
