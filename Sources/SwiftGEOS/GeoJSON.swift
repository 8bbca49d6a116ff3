import CGEOS
import Foundation

extension Geometry {
    /// Reads a GeoJSON geometry object (RFC 7946), e.g. `{"type":"Point","coordinates":[1,2]}`.
    /// A third (z) value in a position is dropped.
    ///
    /// - Throws: `GEOSError.parse` for malformed JSON or a wrong GeoJSON structure, naming where;
    ///   `GEOSError.invalidGeometry` for unclosed or too-short rings.
    public init(geoJSON: String) throws(GEOSError) {
        try self.init(geoJSON: JSONValue(json: geoJSON), at: "the geometry")
    }

    init(geoJSON value: JSONValue, at path: String) throws(GEOSError) {
        let object = try GeoJSONReader.object(value, at: path)
        if GeoJSONReader.isEmptyPoint(object) {
            self = try Self.make("creating an empty point") { GEOSGeom_createEmptyPoint_r($0) }
            return
        }
        try self.init(GeoJSONReader.shape(object, at: path))
    }

    /// The GeoJSON geometry object, numbers written so that they read back exactly.
    /// A linear ring is written as a LineString, GeoJSON having no ring type.
    public func geoJSON() -> String {
        var output = ""
        writeGeoJSON(to: &output)
        return output
    }

    func writeGeoJSON(to output: inout String) {
        if type == .point && isEmpty {
            output += #"{"type":"Point","coordinates":[]}"#
        } else {
            GeoJSONWriter.write(shape, to: &output)
        }
    }
}

/// A GeoJSON Feature: a geometry (or none) with an id and properties.
public struct Feature {
    /// The feature's id; a numeric id is read as its JSON text (`7` becomes `"7"`).
    public var id: String?
    /// The geometry, `nil` for a feature whose geometry is `null`.
    public var geometry: Geometry?
    /// The properties; a `null` properties member reads as an empty dictionary.
    public var properties: [String: JSONValue]

    /// A feature from its parts.
    public init(id: String? = nil, geometry: Geometry?, properties: [String: JSONValue] = [:]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
    }

    /// Reads a GeoJSON Feature object.
    ///
    /// - Throws: `GEOSError.parse` for malformed JSON or GeoJSON, naming where.
    public init(geoJSON: String) throws(GEOSError) {
        try self.init(json: JSONValue(json: geoJSON), at: "the feature")
    }

    init(json value: JSONValue, at path: String) throws(GEOSError) {
        let object = try GeoJSONReader.object(value, at: path)
        guard object["type"] == .string("Feature") else {
            throw .parse("\(path) has no \"type\": \"Feature\"")
        }
        switch object["id"] {
        case nil, .null?: id = nil
        case .string(let string)?: id = string
        case .number(let number)?: id = JSONValue.number(number).json
        default: throw .parse("the id of \(path) must be a string or a number")
        }
        switch object["geometry"] {
        case nil: throw .parse("\(path) has no \"geometry\" member (use null for none)")
        case .null?: geometry = nil
        case let geometry?: self.geometry = try Geometry(geoJSON: geometry, at: "the geometry of \(path)")
        }
        switch object["properties"] {
        case nil, .null?: properties = [:]
        case .object(let properties)?: self.properties = properties
        default: throw .parse("the properties of \(path) must be an object or null")
        }
    }

    /// The GeoJSON Feature object, with properties sorted by key.
    public func geoJSON() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        output += #"{"type":"Feature","#
        if let id {
            output += #""id":"#
            JSONValue.write(id, to: &output)
            output += ","
        }
        output += #""geometry":"#
        if let geometry { geometry.writeGeoJSON(to: &output) } else { output += "null" }
        output += #","properties":"#
        JSONValue.object(properties).write(to: &output)
        output += "}"
    }
}

/// A GeoJSON FeatureCollection.
public struct FeatureCollection {
    /// The features, in file order.
    public var features: [Feature]

    /// A collection of `features`.
    public init(features: [Feature]) {
        self.features = features
    }

    /// Reads a GeoJSON FeatureCollection from text.
    ///
    /// - Throws: `GEOSError.parse` for malformed JSON or GeoJSON, naming the feature and member.
    public init(geoJSON: String) throws(GEOSError) {
        try self.init(json: JSONValue(json: geoJSON))
    }

    /// Reads a GeoJSON FeatureCollection from UTF-8 bytes.
    public init(geoJSON: Data) throws(GEOSError) {
        try self.init(json: JSONValue(json: geoJSON))
    }

    private init(json value: JSONValue) throws(GEOSError) {
        let object = try GeoJSONReader.object(value, at: "the document")
        guard object["type"] == .string("FeatureCollection") else {
            throw .parse("the document has no \"type\": \"FeatureCollection\"")
        }
        guard case .array(let members)? = object["features"] else {
            throw .parse("the FeatureCollection has no \"features\" array")
        }
        var features: [Feature] = []
        features.reserveCapacity(members.count)
        for (index, member) in members.enumerated() {
            features.append(try Feature(json: member, at: "feature \(index)"))
        }
        self.features = features
    }

    /// The first feature with this id, if any.
    public func feature(id: String) -> Feature? {
        features.first { $0.id == id }
    }

    /// The GeoJSON FeatureCollection text.
    public func geoJSON() -> String {
        var output = #"{"type":"FeatureCollection","features":["#
        for (index, feature) in features.enumerated() {
            if index > 0 { output += "," }
            feature.write(to: &output)
        }
        output += "]}"
        return output
    }
}

/// Turns parsed GeoJSON geometry objects into shapes.
private enum GeoJSONReader {
    static func object(_ value: JSONValue, at path: String) throws(GEOSError) -> [String: JSONValue] {
        guard case .object(let object) = value else { throw .parse("\(path) is not a JSON object") }
        return object
    }

    static func isEmptyPoint(_ object: [String: JSONValue]) -> Bool {
        object["type"] == .string("Point") && object["coordinates"] == .array([])
    }

    static func shape(_ object: [String: JSONValue], at path: String) throws(GEOSError) -> Shape {
        guard case .string(let type)? = object["type"] else { throw .parse("\(path) has no \"type\" string") }
        if type == "GeometryCollection" {
            guard case .array(let members)? = object["geometries"] else {
                throw .parse("the GeometryCollection \(path) has no \"geometries\" array")
            }
            var shapes: [Shape] = []
            for (index, member) in members.enumerated() {
                let memberPath = "geometry \(index) of \(path)"
                shapes.append(try shape(self.object(member, at: memberPath), at: memberPath))
            }
            return .geometryCollection(shapes)
        }
        guard let coordinates = object["coordinates"] else {
            throw .parse("the \(type) \(path) has no \"coordinates\"")
        }
        let at = "the coordinates of \(path)"
        switch type {
        case "Point":
            // RFC 7946 allows empty coordinates (3.1); an empty point in a collection becomes
            // the shape of one, `.multiPoint([])` (a Shape has no empty `.point`).
            if coordinates == .array([]) { return .multiPoint([]) }
            return .point(try position(coordinates, at: at))
        case "LineString": return .lineString(try positions(coordinates, at: at))
        case "Polygon": return .polygon(try polygon(coordinates, at: at))
        case "MultiPoint": return .multiPoint(try positions(coordinates, at: at))
        case "MultiLineString":
            return .multiLineString(
                try array(coordinates, at: at) { value, at throws(GEOSError) in
                    try positions(value, at: at)
                })
        case "MultiPolygon":
            return .multiPolygon(
                try array(coordinates, at: at) { value, at throws(GEOSError) in
                    try polygon(value, at: at)
                })
        default:
            throw .parse(
                "\(path) has the unknown type \"\(type)\"; expected Point, LineString, Polygon, MultiPoint, "
                    + "MultiLineString, MultiPolygon or GeometryCollection")
        }
    }

    private static func array<T>(
        _ value: JSONValue, at path: String, _ element: (JSONValue, String) throws(GEOSError) -> T
    ) throws(GEOSError) -> [T] {
        guard case .array(let values) = value else { throw .parse("\(path) is not an array") }
        var result: [T] = []
        result.reserveCapacity(values.count)
        for (index, value) in values.enumerated() {
            result.append(try element(value, "\(path)[\(index)]"))
        }
        return result
    }

    private static func position(_ value: JSONValue, at path: String) throws(GEOSError) -> Coordinate {
        guard case .array(let values) = value, values.count >= 2,
            case .number(let x) = values[0], case .number(let y) = values[1]
        else { throw .parse("\(path) is not a position (an array of 2 or 3 numbers)") }
        return Coordinate(x: x, y: y)
    }

    private static func positions(_ value: JSONValue, at path: String) throws(GEOSError) -> [Coordinate] {
        try array(value, at: path) { value, at throws(GEOSError) in try position(value, at: at) }
    }

    private static func polygon(_ value: JSONValue, at path: String) throws(GEOSError) -> Polygon {
        let rings = try array(value, at: path) { value, at throws(GEOSError) in try positions(value, at: at) }
        guard let exterior = rings.first else { return Polygon(exterior: []) }
        return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
    }
}

/// Writes shapes as GeoJSON geometry objects.
private enum GeoJSONWriter {
    static func write(_ shape: Shape, to output: inout String) {
        switch shape {
        case .point(let coordinate):
            output += #"{"type":"Point","coordinates":"#
            write(coordinate, to: &output)
        case .lineString(let coordinates), .linearRing(let coordinates):
            output += #"{"type":"LineString","coordinates":"#
            write(coordinates, to: &output)
        case .polygon(let polygon):
            output += #"{"type":"Polygon","coordinates":"#
            write(polygon, to: &output)
        case .multiPoint(let coordinates):
            output += #"{"type":"MultiPoint","coordinates":"#
            write(coordinates, to: &output)
        case .multiLineString(let lines):
            output += #"{"type":"MultiLineString","coordinates":"#
            list(lines, to: &output) { write($0, to: &$1) }
        case .multiPolygon(let polygons):
            output += #"{"type":"MultiPolygon","coordinates":"#
            list(polygons, to: &output) { write($0, to: &$1) }
        case .geometryCollection(let shapes):
            output += #"{"type":"GeometryCollection","geometries":"#
            list(shapes, to: &output) { write($0, to: &$1) }
        }
        output += "}"
    }

    private static func list<T>(_ items: [T], to output: inout String, _ element: (T, inout String) -> Void) {
        output += "["
        for (index, item) in items.enumerated() {
            if index > 0 { output += "," }
            element(item, &output)
        }
        output += "]"
    }

    private static func write(_ coordinate: Coordinate, to output: inout String) {
        output += "["
        JSONValue.write(coordinate.x, to: &output)
        output += ","
        JSONValue.write(coordinate.y, to: &output)
        output += "]"
    }

    private static func write(_ coordinates: [Coordinate], to output: inout String) {
        list(coordinates, to: &output) { write($0, to: &$1) }
    }

    private static func write(_ polygon: Polygon, to output: inout String) {
        if polygon.exterior.isEmpty {
            output += "[]"
            return
        }
        list([polygon.exterior] + polygon.holes, to: &output) { write($0, to: &$1) }
    }
}
