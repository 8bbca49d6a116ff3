import Territory

/// Writes GeoJSON features straight into UTF-8 bytes: coordinates are most of an export, so they
/// go into the buffer without building `JSONValue` trees first. The text is the one `JSONValue`
/// would write (keys sorted, numbers as `Double.shortestText`), byte for byte.
struct GeoJSONWriter {
    private var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 20)
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// One feature, preceded by a comma unless it is the first.
    mutating func feature(id: String, shape: Shape, properties: [String: JSONValue], first: Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        append(#"{"geometry":"#)
        geometry(shape)
        append(#","id":"#)
        append(JSONValue.string(id).json)
        append(#","properties":"#)
        append(JSONValue.object(properties).json)
        append(#","type":"Feature"}"#)
    }

    /// A geometry object (see `GeoJSONWriting`): rounded, oriented, collapsed rings dropped.
    mutating func geometry(_ shape: Shape) {
        switch shape {
        case .point(let point):
            object("Point") { $0.position(point) }
        case .multiPoint(let points):
            object("MultiPoint") { writer in writer.list(points) { $0.position($1) } }
        case .lineString(let line), .linearRing(let line):
            object("LineString") { $0.positions(GeoJSONWriting.roundedLine(line)) }
        case .multiLineString(let lines):
            object("MultiLineString") { writer in
                writer.list(lines) { $0.positions(GeoJSONWriting.roundedLine($1)) }
            }
        case .polygon(let polygon):
            object("Polygon") { writer in writer.rings(GeoJSONWriting.orientedRings(polygon) ?? []) }
        case .multiPolygon(let polygons):
            object("MultiPolygon") { writer in
                writer.list(polygons.compactMap(GeoJSONWriting.orientedRings)) { $0.rings($1) }
            }
        case .geometryCollection(let shapes):
            append(#"{"geometries":"#)
            list(shapes) { $0.geometry($1) }
            append(#","type":"GeometryCollection"}"#)
        }
    }

    private mutating func object(_ type: String, coordinates: (inout GeoJSONWriter) -> Void) {
        append(#"{"coordinates":"#)
        coordinates(&self)
        append(#","type":""#)
        append(type)
        append(#""}"#)
    }

    private mutating func list<Element>(_ elements: [Element], _ write: (inout GeoJSONWriter, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func rings(_ rings: [[Coordinate]]) {
        list(rings) { $0.positions($1) }
    }

    private mutating func positions(_ line: [Coordinate]) {
        list(line) { $0.position($1) }
    }

    /// A position, rounded (again, for lines already rounded: rounding is idempotent, and this is
    /// how the exports have always written them).
    private mutating func position(_ coordinate: Coordinate) {
        bytes.append(UInt8(ascii: "["))
        coordinateNumber(coordinate.x)
        bytes.append(UInt8(ascii: ","))
        coordinateNumber(coordinate.y)
        bytes.append(UInt8(ascii: "]"))
    }

    /// `GeoJSONWriting.rounded(value)` as `Double.shortestText` writes it, without making a String.
    ///
    /// The rounded value is the double nearest k / 10^7 for the integer k = (value * 10^7).rounded(),
    /// so k's digits with 7 decimals (trailing zeros dropped) read back to it; and no shorter
    /// decimal does, since decimals of at most 7 places lie 10^-7 apart while doubles below 2^20
    /// lie less than 10^-9 apart. So those digits are the shortest round-trip text. Tiny values
    /// (which `description` writes with an exponent), zero (whose sign matters) and huge ones take
    /// the general path.
    mutating func coordinateNumber(_ value: Double) {
        let scaled = (value * 1e7).rounded()
        let rounded = scaled / 1e7
        guard rounded.isFinite, Swift.abs(rounded) >= 1e-3, Swift.abs(rounded) < 1_000_000 else {
            number(rounded)
            return
        }
        var units = Int64(scaled)
        if units < 0 {
            bytes.append(UInt8(ascii: "-"))
            units = -units
        }
        digits(units / 10_000_000)
        var fraction = units % 10_000_000
        guard fraction != 0 else { return }
        var places = 7
        while fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        bytes.append(UInt8(ascii: "."))
        var divisor: Int64 = 1
        for _ in 1..<places { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// The decimal digits of a non-negative integer.
    private mutating func digits(_ value: Int64) {
        if value >= 10 { digits(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    private mutating func number(_ value: Double) {
        append(value.isFinite ? value.shortestText : "null")
    }
}
