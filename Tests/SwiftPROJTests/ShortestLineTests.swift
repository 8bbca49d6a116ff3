import Foundation
import SwiftGEOS
import SwiftPROJ
import TestSupport
import XCTest

/// `Geodesic.shortestLine(from:to:)` against GeographicLib's GeodSolve.
///
/// Tolerances: GeodSolve and PROJ run the same algorithm, so a geodesic's length agrees to about
/// 1e-9 m plus GeodSolve's printing (`-p 9`); the point searches stop within 1 µm of the foot, so
/// lengths are compared to 1e-6 m.
final class ShortestLineTests: XCTestCase {
    private let geodesic = Geodesic.wgs84

    /// GeodSolve's inverse distances (metres) for pairs of points.
    private func geodSolve(_ pairs: [(Coordinate, Coordinate)]) throws -> [Double] {
        let input = pairs.map { a, b in
            [a.y, a.x, b.y, b.x].map { String(format: "%.15f", $0) }.joined(separator: " ")
        }
        let lines = try Oracle.run("GeodSolve", ["-i", "-p", "9"], input: input.joined(separator: "\n") + "\n")
        XCTAssertEqual(lines.count, pairs.count, "GeodSolve answered \(lines.count) of \(pairs.count) lines")
        return lines.map { Oracle.numbers($0).last ?? .nan }
    }

    /// Along one meridian (a geodesic) the nearest points of two disjoint pieces are their facing
    /// ends, and the length is the meridian arc between them; likewise along the equator.
    func testPiecesOfOneGeodesicAreJoinedByTheArcBetweenTheirFacingEnds() throws {
        let cases: [([Coordinate], [Coordinate], Coordinate, Coordinate)] = [
            (
                [Coordinate(x: 20, y: 10), Coordinate(x: 20, y: 11)],
                [Coordinate(x: 20, y: 12), Coordinate(x: 20, y: 13)],
                Coordinate(x: 20, y: 11), Coordinate(x: 20, y: 12)
            ),
            (
                [Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 0)],
                [Coordinate(x: 2.5, y: 0), Coordinate(x: 3, y: 0)],
                Coordinate(x: 1, y: 0), Coordinate(x: 2.5, y: 0)
            ),
        ]
        let expected = try geodSolve(cases.map { ($0.2, $0.3) })
        for (index, (a, b, start, end)) in cases.enumerated() {
            let line = try geodesic.shortestLine(from: Geometry(.lineString(a)), to: Geometry(.lineString(b)))
            XCTAssertEqual(line.method, .refinedFromProjection)
            XCTAssertEqual(line.meters, expected[index], accuracy: 1e-6, "case \(index)")
            XCTAssertEqual(line.start.x, start.x, accuracy: 1e-9)
            XCTAssertEqual(line.start.y, start.y, accuracy: 1e-9)
            XCTAssertEqual(line.end.x, end.x, accuracy: 1e-9)
            XCTAssertEqual(line.end.y, end.y, accuracy: 1e-9)
        }
    }

    func testAPointAgainstAGeometryUsesTheExactPointSearchEitherWayRound() throws {
        let point = Coordinate(x: 44.5, y: 40.2)
        let other = Coordinate(x: 46.75, y: 39.8)
        let expected = try geodSolve([(point, other)])[0]
        let forward = try geodesic.shortestLine(from: Geometry(point: point), to: Geometry(point: other))
        let backward = try geodesic.shortestLine(from: Geometry(point: other), to: Geometry(point: point))
        XCTAssertEqual(forward.method, .fromPoint)
        XCTAssertEqual(forward.meters, expected, accuracy: 1e-6)
        XCTAssertEqual(backward.meters, expected, accuracy: 1e-6)
        XCTAssertEqual(forward.start, point)
        XCTAssertEqual(backward.end, point)
    }

    func testGeometriesThatMeetAreAtZeroAtASharedPoint() throws {
        func square(_ x: Double, _ y: Double) throws -> Geometry {
            let corners = [(x, y), (x + 1, y), (x + 1, y + 1), (x, y + 1), (x, y)]
            return try Geometry(.polygon(Polygon(exterior: corners.map { Coordinate(x: $0.0, y: $0.1) })))
        }
        let left = try square(45, 40)
        let right = try square(46, 40.5)
        let line = try geodesic.shortestLine(from: left, to: right)
        XCTAssertEqual(line.method, .meeting)
        XCTAssertEqual(line.meters, 0)
        XCTAssertEqual(line.start, line.end)
        XCTAssertEqual(line.start.x, 46, "the only shared points lie on x = 46")
    }

    /// Random disjoint polygons 10 to 300 km apart, with edges up to about 140 km. The answer must
    /// be a real geodesic (its length is GeodSolve's for its ends) between points on the two
    /// boundaries, within the 0.5 m the documentation allows for the projection's straight edges
    /// (measured: at most 7 cm); and no pair of samples of the two boundaries (24 per
    /// edge, spaced along the geodesic edges), measured by GeodSolve, may be shorter by more than 1 µm.
    func testRandomDisjointPolygonsBeatEverySampledPairAndAreRealGeodesics() throws {
        var random = SplitMix64(seed: 0x5_407_7E57)
        for index in 0..<6 {
            let centerA = Coordinate(x: random.uniform(-170...170), y: random.uniform(-70...70))
            let radius = pow(10, random.uniform(3.5...5))
            let gap = pow(10, random.uniform(4...5.5))
            let centerB = try geodesic.direct(
                from: centerA, azimuth: random.uniform(-180...180), distance: 2 * radius + gap
            ).coordinate
            let a = try quadrilateral(around: centerA, radius: radius, random: &random)
            let b = try quadrilateral(around: centerB, radius: radius, random: &random)
            let geometryA = try Geometry(.polygon(a))
            let geometryB = try Geometry(.polygon(b))
            guard try !geometryA.intersects(geometryB) else { continue }
            let line = try geodesic.shortestLine(from: geometryA, to: geometryB)

            let samplesA = try samples(of: a.exterior, count: 24)
            let samplesB = try samples(of: b.exterior, count: 24)
            let pairs = samplesA.flatMap { sa in samplesB.map { (sa, $0) } } + [(line.start, line.end)]
            let distances = try geodSolve(pairs)
            XCTAssertEqual(line.meters, distances.last!, accuracy: 1e-6, "case \(index): the length of its own ends")
            XCTAssertLessThanOrEqual(line.meters, distances.dropLast().min()! + 1e-6, "case \(index)")
            // Measured to the geodesic edges with the point search, itself checked against dense
            // sampling in GeodesicDistanceTests; GEOS's straight lon/lat edges would add their sagitta.
            let onA = try geodesic.distance(from: line.start, to: geometryA.boundary()).meters
            let onB = try geodesic.distance(from: line.end, to: geometryB.boundary()).meters
            XCTAssertLessThan(max(onA, onB), 0.5, "case \(index): the ends lie on the boundaries (metres)")
        }
    }

    func testAnEmptyGeometryIsRefusedWithAMessage() throws {
        let empty = try Geometry(.lineString([]))
        let line = try Geometry(.lineString([Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 1)]))
        XCTAssertThrowsError(try geodesic.shortestLine(from: line, to: empty)) { error in
            XCTAssertTrue("\(error)".contains("empty geometry"), "\(error)")
        }
    }

    /// A convex-ish four-sided polygon with vertices `radius` × (0.5 … 1) from `center`.
    private func quadrilateral(around center: Coordinate, radius: Double, random: inout SplitMix64) throws -> Polygon {
        let ring = try [0.0, 90, 180, 270].map { azimuth in
            try geodesic.direct(
                from: center, azimuth: azimuth + random.uniform(-30...30), distance: radius * random.uniform(0.5...1)
            ).coordinate
        }
        return Polygon(exterior: ring + [ring[0]])
    }

    /// `count` points per edge of `ring`, spaced evenly along each geodesic edge.
    private func samples(of ring: [Coordinate], count: Int) throws -> [Coordinate] {
        var points: [Coordinate] = []
        for (start, end) in zip(ring, ring.dropFirst()) {
            let edge = try geodesic.inverse(start, end)
            for step in 0..<count {
                let along = edge.distance * Double(step) / Double(count)
                points.append(try geodesic.direct(from: start, azimuth: edge.azimuth1, distance: along).coordinate)
            }
        }
        return points
    }
}
