import Foundation
import SwiftGEOS
import SwiftPROJ
import Testing

@Suite("Transformer")
struct TransformerTests {
    /// Points in and around the South Caucasus, plus the equator and high latitudes.
    static let points: [Coordinate] = [
        Coordinate(x: 45, y: 40), Coordinate(x: 44.5126, y: 40.1792), Coordinate(x: 49.8671, y: 40.4093),
        Coordinate(x: 46.7527, y: 39.8153), Coordinate(x: 42.1, y: 0.5), Coordinate(x: 47.9, y: 71.2),
        Coordinate(x: 43.25, y: -33.3),
    ]

    @Test("EPSG:4326 to EPSG:3857 matches the spherical Mercator formulas")
    func webMercator() throws {
        let transformer = try Transformer(from: .wgs84, to: .epsg(3857))
        var coordinates = Self.points
        try transformer.transform(&coordinates)
        let radius = 6_378_137.0
        for (point, projected) in zip(Self.points, coordinates) {
            let x = radius * point.x * .pi / 180
            let y = radius * log(tan(.pi / 4 + point.y * .pi / 360))
            #expect(abs(projected.x - x) < 1e-6, "easting of \(point)")
            #expect(abs(projected.y - y) < 1e-6, "northing of \(point)")
        }
    }

    @Test("EPSG:4326 to UTM 38N (EPSG:32638) matches GeographicLib's GeoConvert to 1 mm")
    func utmAgainstGeoConvert() throws {
        let transformer = try Transformer(from: .wgs84, to: .epsg(32638))
        let points = Self.points.filter { $0.y > 0 && abs($0.x - 45) < 6 }
        var coordinates = points
        try transformer.transform(&coordinates)
        let input = points.map { "\(roundTripped($0.y).text) \(roundTripped($0.x).text)" }.joined(separator: "\n")
        let lines = try Oracle.run("GeoConvert", ["-u", "-z", "38n", "-p", "6"], input: input + "\n")
        try #require(lines.count == points.count)
        for (projected, line) in zip(coordinates, lines) {
            let expected = Oracle.numbers(line)  // "38n easting northing": the zone is not a number
            try #require(expected.count == 2, "unreadable GeoConvert line \(line)")
            // PROJ's extended transverse Mercator and GeographicLib's 6th-order Krüger series
            // agree to micrometres inside the zone; 1 mm leaves room for the printing.
            #expect(abs(projected.x - expected[0]) < 1e-3, "\(line)")
            #expect(abs(projected.y - expected[1]) < 1e-3, "\(line)")
        }
    }

    @Test("Round trips 4326 → 32638 → 4326 and 4326 → 3857 → 4326 come back within 1e-9°")
    func roundTrips() throws {
        for target in [CRS.epsg(32638), .epsg(3857)] {
            let forward = try Transformer(from: .wgs84, to: target)
            var coordinates = Self.points
            try forward.transform(&coordinates)
            try forward.inverse.transform(&coordinates)
            for (original, back) in zip(Self.points, coordinates) {
                #expect(abs(original.x - back.x) < 1e-9 && abs(original.y - back.y) < 1e-9, "\(target): \(original)")
            }
            var viaNewTransformer = Self.points
            try forward.transform(&viaNewTransformer)
            try Transformer(from: target, to: .wgs84).transform(&viaNewTransformer)
            #expect(
                zip(Self.points, viaNewTransformer).allSatisfy { abs($0.x - $1.x) < 1e-9 && abs($0.y - $1.y) < 1e-9 })
        }
    }

    @Test("Axis order is longitude/easting first even for CRSs whose official order is latitude first")
    func axisOrder() throws {
        // EPSG:4326 is officially (latitude, longitude); (x: 45, y: 40) must still mean 45° E, 40° N.
        let utm = try Transformer(from: .wgs84, to: .epsg(32638)).transform(Coordinate(x: 45, y: 40))
        #expect(abs(utm.x - 500_000) < 1e-6, "45° E is the central meridian of zone 38")
        #expect(abs(utm.y - 4_427_757.218738) < 1e-3)
        // EPSG:4258 (ETRS89) is also latitude-first; WGS 84 and ETRS89 coincide to a metre here.
        let etrs = try Transformer(from: .wgs84, to: .epsg(4258)).transform(Coordinate(x: 10, y: 50))
        #expect(abs(etrs.x - 10) < 1e-4 && abs(etrs.y - 50) < 1e-4)
        let back = try Transformer(from: .epsg(32638), to: .wgs84).transform(
            Coordinate(x: 500_000, y: 4_427_757.218738))
        #expect(abs(back.x - 45) < 1e-9 && abs(back.y - 40) < 1e-9)
    }

    @Test("CRS given as a PROJ string and as WKT")
    func definitions() throws {
        let projString = CRS(definition: "+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs +type=crs")
        let wkt = CRS(
            definition: """
                PROJCRS["WGS 84 / UTM zone 38N",BASEGEOGCRS["WGS 84",DATUM["World Geodetic System 1984",\
                ELLIPSOID["WGS 84",6378137,298.257223563]]],CONVERSION["UTM zone 38N",METHOD["Transverse Mercator"],\
                PARAMETER["Latitude of natural origin",0],PARAMETER["Longitude of natural origin",45],\
                PARAMETER["Scale factor at natural origin",0.9996],PARAMETER["False easting",500000],\
                PARAMETER["False northing",0]],CS[Cartesian,2],AXIS["easting",east,LENGTHUNIT["metre",1]],\
                AXIS["northing",north,LENGTHUNIT["metre",1]]]
                """)
        let reference = try Transformer(from: .wgs84, to: .epsg(32638)).transform(Coordinate(x: 46.1, y: 39.2))
        for crs in [projString, wkt] {
            let projected = try Transformer(from: .wgs84, to: crs).transform(Coordinate(x: 46.1, y: 39.2))
            #expect(abs(projected.x - reference.x) < 1e-6 && abs(projected.y - reference.y) < 1e-6, "\(crs)")
        }
    }

    @Test("Whole geometries are transformed with their structure kept")
    func geometries() throws {
        let polygon = Polygon(
            exterior: [
                Coordinate(x: 45, y: 40), Coordinate(x: 46, y: 40), Coordinate(x: 46, y: 41), Coordinate(x: 45, y: 40),
            ],
            holes: [
                [
                    Coordinate(x: 45.5, y: 40.2), Coordinate(x: 45.6, y: 40.2), Coordinate(x: 45.6, y: 40.3),
                    Coordinate(x: 45.5, y: 40.2),
                ]
            ])
        let shape = Shape.geometryCollection([.polygon(polygon), .point(Coordinate(x: 45, y: 40))])
        let transformer = try Transformer(from: .wgs84, to: .epsg(32638))
        let projected = try transformer.transform(try Geometry(shape))
        guard case .geometryCollection(let members) = projected.shape, case .polygon(let result) = members[0] else {
            Issue.record("structure lost: \(projected.shape)")
            return
        }
        #expect(result.exterior.count == 4 && result.holes.count == 1 && result.holes[0].count == 4)
        #expect(members[1] == .point(try transformer.transform(Coordinate(x: 45, y: 40))))
        #expect(result.exterior[0] == members[1].pointCoordinate)
        let back = try transformer.inverse.transform(projected)
        #expect(try back.equalsExact(try Geometry(shape), tolerance: 1e-9))
    }

    @Test("Unknown CRSs, failed transforms and non-finite input throw typed errors")
    func errors() throws {
        #expect {
            try Transformer(from: .wgs84, to: .epsg(999_999))
        } throws: { error in
            guard case PROJError.invalidCRS(let definition, let reason)? = error as? PROJError else { return false }
            return definition == "EPSG:999999" && reason.contains("crs not found")
        }
        #expect {
            try Transformer(from: CRS(definition: "+proj=nonsense +type=crs"), to: .wgs84)
        } throws: { error in
            guard case PROJError.invalidCRS(_, let reason)? = error as? PROJError else { return false }
            return reason.contains("Unknown projection")
        }
        #expect(throws: PROJError.self) { try Transformer(from: CRS(definition: "+proj=merc"), to: .wgs84) }

        let utm = try Transformer(from: .wgs84, to: .epsg(32638))
        var coordinates = [Coordinate(x: 45, y: 40), Coordinate(x: 45, y: 95)]
        #expect {
            try utm.transform(&coordinates)
        } throws: { error in
            guard case PROJError.transformFailed(let index, _, let reason)? = error as? PROJError else { return false }
            return index == 1 && !reason.isEmpty
        }
        #expect(coordinates == [Coordinate(x: 45, y: 40), Coordinate(x: 45, y: 95)], "unchanged after an error")
        coordinates[1] = Coordinate(x: .nan, y: 40)
        #expect {
            try utm.transform(&coordinates)
        } throws: { error in
            guard case PROJError.invalidCoordinate? = error as? PROJError else { return false }
            return "\(error)".contains("NaN")
        }
    }
}

extension Shape {
    fileprivate var pointCoordinate: Coordinate? {
        if case .point(let coordinate) = self { return coordinate }
        return nil
    }
}
