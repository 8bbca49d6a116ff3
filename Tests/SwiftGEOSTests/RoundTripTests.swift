import Foundation
import SwiftGEOS
import TestSupport
import Testing

@Suite("Round trips")
struct RoundTripTests {
    static let samples: [String] = [
        "POINT (1 2)",
        "LINESTRING (0 0, 1 1, 2 0)",
        "LINEARRING (0 0, 1 0, 1 1, 0 0)",
        "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))",
        "MULTIPOINT ((0 0), (1 1))",
        "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
        "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))",
        "POLYGON EMPTY",
        "POINT EMPTY",
        "LINESTRING EMPTY",
        "MULTIPOLYGON EMPTY",
        "GEOMETRYCOLLECTION EMPTY",
    ]

    /// Random shapes whose coordinates use every bit of the mantissa.
    static func randomShapes(seed: UInt64, count: Int) -> [Shape] {
        var generator = SplitMix64(seed: seed)
        func value() -> Double {
            let magnitude = Double.random(in: -7...7, using: &generator)
            return Double.random(in: -1...1, using: &generator) * pow(10, magnitude)
        }
        func point() -> Coordinate { Coordinate(x: value(), y: value()) }
        func ring() -> [Coordinate] {
            let corners = (0..<Int.random(in: 3...8, using: &generator)).map { _ in point() }
            return corners + [corners[0]]
        }
        return (0..<count).map { index in
            switch index % 5 {
            case 0: return .point(point())
            case 1: return .lineString((0..<5).map { _ in point() })
            case 2: return .polygon(Polygon(exterior: ring(), holes: [ring()]))
            case 3: return .multiPolygon([Polygon(exterior: ring()), Polygon(exterior: ring())])
            default: return .geometryCollection([.point(point()), .multiLineString([[point(), point()]])])
            }
        }
    }

    @Test("WKT reads back what it writes", arguments: samples)
    func wkt(_ text: String) throws {
        let geometry = try Geometry(wkt: text)
        #expect(geometry.wkt() == text)
        #expect(try Geometry(wkt: geometry.wkt()).equalsExact(geometry))
    }

    @Test("WKB and hex WKB read back exactly", arguments: samples.filter { !$0.hasPrefix("LINEARRING") })
    func wkb(_ text: String) throws {
        let geometry = try Geometry(wkt: text)
        #expect(try Geometry(wkb: geometry.wkb).wkt() == text)
        #expect(try Geometry(hexWKB: geometry.hexWKB).wkt() == text)
        #expect(try Geometry(hexWKB: geometry.hexWKB.lowercased()).wkt() == text)
    }

    @Test("GeoJSON reads back what it writes", arguments: samples.filter { !$0.hasPrefix("LINEARRING") })
    func geoJSON(_ text: String) throws {
        let geometry = try Geometry(wkt: text)
        let json = geometry.geoJSON()
        #expect(try Geometry(geoJSON: json).wkt() == text)
        #expect(try Geometry(geoJSON: json).geoJSON() == json)
    }

    @Test("Random doubles survive every format exactly")
    func randomDoubles() throws {
        for shape in Self.randomShapes(seed: 42, count: 500) {
            let geometry = try Geometry(shape)
            #expect(geometry.shape == shape)
            #expect(try Geometry(wkb: geometry.wkb).shape == shape)
            #expect(try Geometry(hexWKB: geometry.hexWKB).shape == shape)
            #expect(try Geometry(wkt: geometry.wkt()).shape == shape)
            #expect(try Geometry(geoJSON: geometry.geoJSON()).shape == shape)
        }
    }

    @Test("A linear ring reads back from WKB as a line string")
    func ringWKB() throws {
        let ring = try Geometry(wkt: "LINEARRING (0 0, 1 0, 1 1, 0 0)")
        #expect(try Geometry(wkb: ring.wkb).wkt() == "LINESTRING (0 0, 1 0, 1 1, 0 0)")
    }

    @Test("WKT precision rounds")
    func wktPrecision() throws {
        let point = try Geometry(point: Coordinate(x: 1.23456, y: -0.5))
        #expect(point.wkt(precision: 2) == "POINT (1.23 -0.5)")
    }

    @Test("Features and collections keep ids, nested properties and null geometries")
    func featureCollection() throws {
        let properties: [String: JSONValue] = [
            "name": .string("Lachin \"corridor\"\n\u{1}é🙂"),
            "width_m": .number(5000),
            "ratio": .number(0.1 + 0.2),
            "tiny": .number(-1.5e-300),
            "open": .bool(true),
            "closed": .null,
            "nested": .object(["list": .array([.number(1), .string("two"), .object([:]), .array([])])]),
        ]
        let collection = FeatureCollection(features: [
            Feature(id: "a", geometry: try unitSquare(), properties: properties),
            Feature(id: nil, geometry: nil, properties: [:]),
            Feature(id: "p", geometry: try Geometry(point: Coordinate(x: 45.1, y: 39.6))),
        ])
        let text = collection.geoJSON()
        let read = try FeatureCollection(geoJSON: text)
        #expect(read.features.count == 3)
        #expect(read.features[0].properties == properties)
        #expect(read.features[0].id == "a")
        #expect(try read.features[0].geometry?.equalsExact(unitSquare()) == true)
        #expect(read.features[1].geometry == nil)
        #expect(read.features[1].id == nil)
        #expect(read.feature(id: "p")?.geometry?.shape == .point(Coordinate(x: 45.1, y: 39.6)))
        #expect(read.geoJSON() == text)
        #expect(try FeatureCollection(geoJSON: Data(text.utf8)).geoJSON() == text)
        let single = try Feature(geoJSON: collection.features[0].geoJSON())
        #expect(single.properties == properties)
    }

    @Test("Foreign GeoJSON: numeric ids, whitespace, escapes, z values, null properties")
    func foreignGeoJSON() throws {
        let text = """
            { "type" : "FeatureCollection", "bbox": [0, 0, 1, 1],
              "features" : [ { "type": "Feature", "id": 7, "properties": null,
                "geometry": { "type": "Point", "coordinates": [1.5, -2E+2, 30] } },
                { "type": "Feature", "id": "x", "properties": { "s": "a\\u00e9\\ud83d\\ude42\\/" },
                  "geometry": { "type": "LineString", "coordinates": [[0, 0], [1e-3, 2.50]] } } ] }
            """
        let collection = try FeatureCollection(geoJSON: text)
        #expect(collection.features[0].id == "7")
        #expect(collection.features[0].properties.isEmpty)
        #expect(collection.features[0].geometry?.shape == .point(Coordinate(x: 1.5, y: -200)))
        #expect(collection.features[1].properties["s"] == .string("aé🙂/"))
        #expect(collection.features[1].geometry?.length == (0.001 * 0.001 + 2.5 * 2.5).squareRoot())
    }

    @Test("JSONValue matches Foundation's Codable reading")
    func jsonValueCodable() throws {
        let value = JSONValue.object(["a": .array([.number(1.25), .bool(false), .null, .string("x")])])
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(value.json.utf8))
        #expect(decoded == value)
        let encoded = try JSONEncoder().encode(value)
        #expect(try JSONValue(json: String(decoding: encoded, as: UTF8.self)) == value)
    }
}
