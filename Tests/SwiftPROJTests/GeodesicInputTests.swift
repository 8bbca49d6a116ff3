import SwiftGEOS
import SwiftPROJ
import Testing

@Suite("Geodesic input checks and known values")
struct GeodesicInputTests {
    let geodesic = Geodesic.wgs84

    @Test(
        "Bad coordinates throw invalidCoordinate with an actionable reason",
        arguments: [
            (Coordinate(x: 45, y: 91), "latitude"),
            (Coordinate(x: 45, y: -90.5), "latitude"),
            (Coordinate(x: .nan, y: 40), "NaN"),
            (Coordinate(x: 45, y: .infinity), "infinite"),
            (Coordinate(x: 500_000, y: 40), "projected metres"),
        ])
    func badCoordinates(coordinate: Coordinate, hint: String) {
        #expect {
            try geodesic.inverse(coordinate, Coordinate(x: 0, y: 0))
        } throws: { error in
            guard case PROJError.invalidCoordinate(_, let reason)? = error as? PROJError else { return false }
            return reason.contains(hint)
        }
        #expect(throws: PROJError.self) { try geodesic.direct(from: coordinate, azimuth: 0, distance: 1) }
        #expect(throws: PROJError.self) { try geodesic.length(of: [Coordinate(x: 0, y: 0), coordinate]) }
    }

    @Test("Bad arguments and malformed rings throw")
    func badArguments() {
        #expect(throws: PROJError.self) { try Geodesic(equatorialRadius: -1, flattening: 0) }
        #expect(throws: PROJError.self) { try Geodesic(equatorialRadius: 6_378_137, flattening: 1) }
        #expect(throws: PROJError.self) {
            try geodesic.direct(from: Coordinate(x: 0, y: 0), azimuth: .nan, distance: 1)
        }
        let unclosed = Polygon(exterior: [
            Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 0), Coordinate(x: 1, y: 1), Coordinate(x: 0, y: 1),
        ])
        #expect {
            try geodesic.area(of: unclosed)
        } throws: { error in
            guard case PROJError.geometry(.invalidGeometry(let message))? = error as? PROJError else { return false }
            return message.contains("not closed")
        }
    }

    @Test("Direct inverts inverse, and a sphere gives the textbook quarter meridian")
    func knownValues() throws {
        let a = Coordinate(x: 44.5126, y: 40.1792)
        let b = Coordinate(x: 49.8671, y: 40.4093)
        let inverse = try geodesic.inverse(a, b)
        let direct = try geodesic.direct(from: a, azimuth: inverse.azimuth1, distance: inverse.distance)
        #expect(abs(direct.coordinate.x - b.x) < 1e-12 && abs(direct.coordinate.y - b.y) < 1e-12)
        #expect(abs(direct.azimuth - inverse.azimuth2) < 1e-9)

        let sphere = try Geodesic(equatorialRadius: 6_371_000, flattening: 0)
        let quarter = try sphere.inverse(Coordinate(x: 0, y: 0), Coordinate(x: 0, y: 90)).distance
        #expect(abs(quarter - Double.pi / 2 * 6_371_000) < 1e-6)
        let hemisphere = Polygon(exterior: [
            Coordinate(x: 0, y: 0), Coordinate(x: 90, y: 0), Coordinate(x: 0, y: 90), Coordinate(x: 0, y: 0),
        ])
        // One eighth of the sphere: 4πr²/8.
        let octant = 4 * Double.pi * 6_371_000 * 6_371_000 / 8
        #expect(abs(try sphere.area(of: hemisphere) - octant) < 1e-6 * octant)
    }

    @Test("Line length is the sum of its geodesic legs; a polygon's length is its perimeter")
    func lengths() throws {
        let line = [Coordinate(x: 45, y: 40), Coordinate(x: 46, y: 40.5), Coordinate(x: 46.5, y: 39)]
        let legs = try geodesic.inverse(line[0], line[1]).distance + geodesic.inverse(line[1], line[2]).distance
        #expect(abs(try geodesic.length(of: line) - legs) < 1e-6)
        let polygon = Polygon(exterior: line + [line[0]])
        let perimeter = try geodesic.perimeter(of: polygon)
        #expect(abs(perimeter - legs - (try geodesic.inverse(line[2], line[0]).distance)) < 1e-6)
        #expect(abs(try geodesic.length(of: try Geometry(.polygon(polygon))) - perimeter) < 1e-9)
        #expect(try geodesic.perimeter(of: .lineString(line)) == 0)
    }
}
