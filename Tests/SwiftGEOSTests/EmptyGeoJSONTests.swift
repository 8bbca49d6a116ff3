import SwiftGEOS
import Testing

/// Empty GeoJSON geometries (`"coordinates": []`, which RFC 7946 section 3.1 allows) read the same
/// on their own as inside a GeometryCollection: as empty geometries with the same shape.
@Suite struct EmptyGeoJSONTests {
    static let emptyGeometries = [
        #"{"type":"Point","coordinates":[]}"#,
        #"{"type":"LineString","coordinates":[]}"#,
        #"{"type":"Polygon","coordinates":[]}"#,
        #"{"type":"MultiPoint","coordinates":[]}"#,
        #"{"type":"MultiLineString","coordinates":[]}"#,
        #"{"type":"MultiPolygon","coordinates":[]}"#,
        #"{"type":"GeometryCollection","geometries":[]}"#,
    ]

    @Test(arguments: emptyGeometries)
    func emptyGeometryReadsAloneAndInACollectionAlike(_ member: String) throws {
        let alone = try Geometry(geoJSON: member)
        #expect(alone.isEmpty)
        let collection = try Geometry(geoJSON: #"{"type":"GeometryCollection","geometries":[\#(member)]}"#)
        #expect(collection.shape == .geometryCollection([alone.shape]))
        #expect(collection.parts.count == 1 && collection.parts.allSatisfy(\.isEmpty))
        // What was read writes GeoJSON that reads back to the same shapes.
        #expect(try Geometry(geoJSON: alone.geoJSON()).shape == alone.shape)
        #expect(try Geometry(geoJSON: collection.geoJSON()).shape == collection.shape)
    }

    @Test func emptyPointAloneStaysAPoint() throws {
        let point = try Geometry(geoJSON: #"{"type":"Point","coordinates":[]}"#)
        #expect(point.type == .point)
        #expect(point.shape == .multiPoint([]))
        #expect(point.wkt() == "POINT EMPTY")
        #expect(point.geoJSON() == #"{"type":"Point","coordinates":[]}"#)
    }

    @Test func emptyPointBesideAPointInACollection() throws {
        let collection = try Geometry(
            geoJSON: #"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[]},"#
                + #"{"type":"Point","coordinates":[46.75,39.81]}]}"#)
        #expect(collection.shape == .geometryCollection([.multiPoint([]), .point(Coordinate(x: 46.75, y: 39.81))]))
        #expect(!collection.isEmpty)
    }

    @Test func emptyPointInAFeature() throws {
        let feature = try Feature(
            geoJSON: #"{"type":"Feature","geometry":{"type":"Point","coordinates":[]},"properties":{}}"#)
        #expect(feature.geometry?.isEmpty == true)
    }

    /// A position with one number is not empty but malformed, alone and in a collection.
    @Test func pointWithOneNumberFailsAloneAndInACollection() {
        let point = #"{"type":"Point","coordinates":[1]}"#
        #expect(throws: GEOSError.self) { try Geometry(geoJSON: point) }
        #expect(throws: GEOSError.self) {
            try Geometry(geoJSON: #"{"type":"GeometryCollection","geometries":[\#(point)]}"#)
        }
    }
}
