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
        number(GeoJSONWriting.rounded(coordinate.x))
        bytes.append(UInt8(ascii: ","))
        number(GeoJSONWriting.rounded(coordinate.y))
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func number(_ value: Double) {
        append(value.isFinite ? value.shortestText : "null")
    }
}
