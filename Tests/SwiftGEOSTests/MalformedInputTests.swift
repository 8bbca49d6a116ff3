import Foundation
import SwiftGEOS
import Testing

@Suite("Malformed input gives typed errors")
struct MalformedInputTests {
    @Test(
        "Malformed WKT is a parse error",
        arguments: [
            "", "POINT", "POINT (1)", "POLYGON ((0 0, 1 0, 1 1, 0 0)", "CIRCLE (0 0, 1)", "LINESTRING (0 0, a 1)",
        ])
    func wkt(_ text: String) {
        #expect {
            try Geometry(wkt: text)
        } throws: { error in
            guard case .parse(let message) = error as? GEOSError else { return false }
            return !message.isEmpty
        }
    }

    @Test(
        "Unclosed or short rings in WKT are invalid geometry",
        arguments: [
            "POLYGON ((0 0, 1 0, 1 1, 0 1))", "POLYGON ((0 0, 1 0, 0 0))", "LINESTRING (0 0)",
        ])
    func wktRings(_ text: String) {
        #expect {
            try Geometry(wkt: text)
        } throws: { error in
            if case .invalidGeometry = error as? GEOSError { return true }
            return false
        }
    }

    @Test("Malformed WKB and hex are parse errors")
    func wkb() throws {
        let valid = try unitSquare().wkb
        for bytes in [Data(), Data([1]), valid.prefix(valid.count - 3), Data([1, 99, 0, 0, 0])] {
            #expect {
                try Geometry(wkb: bytes)
            } throws: { error in
                if case .parse = error as? GEOSError { return true }
                return false
            }
        }
        for hex in ["", "0", "ZZ", "0101000000"] {
            #expect(throws: GEOSError.self) { try Geometry(hexWKB: hex) }
        }
    }

    @Test("Non-finite WKB coordinates are invalid geometry")
    func nonFiniteWKB() throws {
        var bytes = try Geometry(wkt: "LINESTRING (0 0, 1 1)").wkb
        bytes.replaceSubrange(bytes.count - 8..<bytes.count, with: withUnsafeBytes(of: Double.infinity) { Data($0) })
        #expect {
            try Geometry(wkb: bytes)
        } throws: { error in
            guard case .invalidGeometry(let message) = error as? GEOSError else { return false }
            return message.contains("finite")
        }
    }

    @Test(
        "Malformed GeoJSON is a parse error",
        arguments: [
            "", "{", "[]", "{\"type\": \"Point\"}", "{\"type\": \"Point\", \"coordinates\": [1]}",
            "{\"type\": \"Circle\", \"coordinates\": [1, 2]}", "{\"type\": \"Point\", \"coordinates\": [1, 2],}",
            "{\"type\": \"Point\", \"coordinates\": [01, 2]}", "{\"type\": \"Point\", \"coordinates\": [1, 2]} x",
            "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, \"1\"]]}",
            "{\"type\": \"Point\", \"coordinates\": [NaN, 2]}", "\"\\ud800\"",
        ])
    func geoJSON(_ text: String) {
        #expect {
            try Geometry(geoJSON: text)
        } throws: { error in
            guard case .parse(let message) = error as? GEOSError else { return false }
            return !message.isEmpty
        }
    }

    @Test("JSON errors name the line and column")
    func jsonPosition() {
        #expect(throws: GEOSError.parse("JSON expected ',' or ']' in an array at line 2, column 5")) {
            try JSONValue(json: "[1,\n  2 3]")
        }
    }

    /// A repeated key is refused at the key's own position, at any depth, even with equal values;
    /// the same key in two sibling objects is fine.
    @Test("Duplicate keys are parse errors naming the key and its position")
    func duplicateKeys() throws {
        #expect(
            throws: GEOSError.parse(#"JSON duplicate key "id" in an object; give each key once at line 3, column 3"#)
        ) {
            try JSONValue(json: "{\n  \"id\": 1,\n  \"id\": 2\n}")
        }
        #expect(
            throws: GEOSError.parse(#"JSON duplicate key "a" in an object; give each key once at line 1, column 28"#)
        ) {
            try JSONValue(json: #"[{"x": {"a": null, "b": 0, "a": null}}]"#)
        }
        #expect(throws: GEOSError.self) {
            try Geometry(geoJSON: #"{"type": "Point", "coordinates": [1, 2], "type": "LineString"}"#)
        }
        #expect(try JSONValue(json: #"[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]"#) != .null)
    }

    @Test("Malformed FeatureCollections are parse errors")
    func featureCollections() {
        for text in [
            #"{"type": "Feature"}"#, #"{"type": "FeatureCollection"}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}}]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, "properties": 3}]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, "id": true}]}"#,
        ] {
            #expect(throws: GEOSError.self) { try FeatureCollection(geoJSON: text) }
        }
    }

    @Test("Shapes with bad coordinates or rings are rejected with the place named")
    func shapes() {
        let cases: [(Shape, String)] = [
            (.point(Coordinate(x: .nan, y: 0)), "coordinate 0"),
            (.lineString([Coordinate(x: 0, y: 0), Coordinate(x: .infinity, y: 1)]), "coordinate 1"),
            (.lineString([Coordinate(x: 0, y: 0)]), "single coordinate"),
            (.polygon(Polygon(exterior: Array(box(0, 0, 1, 1).dropLast()))), "not closed"),
            (
                .polygon(Polygon(exterior: [Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 0), Coordinate(x: 0, y: 0)])),
                "at least 4"
            ),
            (
                .multiPolygon([Polygon(exterior: box(0, 0, 1, 1)), Polygon(exterior: box(0, 0, 1, 1), holes: [[]])]),
                "hole 0 of polygon 1"
            ),
            (.geometryCollection([.linearRing(Array(box(0, 0, 1, 1).dropLast()))]), "member 0"),
        ]
        for (shape, fragment) in cases {
            #expect {
                try Geometry(shape)
            } throws: { error in
                guard case .invalidGeometry(let message) = error as? GEOSError else { return false }
                return message.contains(fragment)
            }
        }
    }

    @Test("Invalid polygons give topology errors that say what to do")
    func topology() throws {
        let bowtie = try Geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")
        let other = try Geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))").buffer(0.1)
        #expect {
            try bowtie.union(other)
        } throws: { error in
            guard let error = error as? GEOSError, case .topology(let message) = error else { return false }
            return message.hasPrefix("TopologyException") && error.description.contains("makeValid")
        }
        #expect(throws: GEOSError.self) { try bowtie.union(other, gridSize: -1) }
    }

    @Test("Wrong kinds of geometry for split are invalid arguments")
    func split() throws {
        let line = try Geometry(wkt: "LINESTRING (0 0, 1 1)")
        #expect(throws: GEOSError.self) { try line.split(by: line) }
        #expect(throws: GEOSError.self) { try unitSquare().split(by: unitSquare()) }
    }
}
