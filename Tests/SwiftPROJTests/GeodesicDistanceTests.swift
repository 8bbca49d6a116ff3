import Foundation
import SwiftGEOS
import SwiftPROJ
import TestSupport
import XCTest

/// `Geodesic.distance(from:to:)` against a brute force that samples every edge densely.
final class GeodesicDistanceTests: XCTestCase {
    private let geodesic = Geodesic.wgs84

    func testDistanceToLinesAndRingsMatchesDenseSamplingToOneMillimetre() throws {
        var random = SplitMix64(seed: 0xD15_7A9CE)
        var worst = 0.0
        for index in 0..<40 {
            let start = Coordinate(x: random.uniform(-180...180), y: random.uniform(-70...70))
            var line = [start]
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let step = try geodesic.direct(
                    from: line.last!, azimuth: random.uniform(-180...180), distance: pow(10, random.uniform(3...5.5)))
                line.append(step.coordinate)
            }
            let target = try geodesic.direct(
                from: line[0], azimuth: random.uniform(-180...180), distance: pow(10, random.uniform(2...6))
            ).coordinate
            let shape = index.isMultiple(of: 4) ? Shape.multiLineString([line]) : Shape.lineString(line)
            let result = try geodesic.distance(from: target, to: try Geometry(shape))
            let expected = try bruteForceDistance(from: target, along: line)
            worst = max(worst, abs(result.meters - expected))
            // The search can only be better than sampling (its minimum is exact), never worse.
            XCTAssertLessThanOrEqual(result.meters, expected + 1e-6, "case \(index)")
            XCTAssertEqual(result.meters, expected, accuracy: 1e-3, "case \(index)")
            XCTAssertEqual(
                try geodesic.inverse(target, result.nearest).distance, result.meters, accuracy: 1e-6,
                "the nearest point is at the reported distance")
        }
        print("distance: worst difference from dense sampling \(worst) m")
    }

    func testPerpendicularFootOnTheEquator() throws {
        // The equator is a geodesic; the nearest point of it to (10° E, 1° N) is (10° E, 0°).
        let line = try Geometry(.lineString([Coordinate(x: 9, y: 0), Coordinate(x: 11, y: 0)]))
        let result = try geodesic.distance(from: Coordinate(x: 10, y: 1), to: line)
        let meridianArc = try geodesic.inverse(Coordinate(x: 10, y: 0), Coordinate(x: 10, y: 1)).distance
        XCTAssertEqual(result.meters, meridianArc, accuracy: 1e-6)
        XCTAssertEqual(result.nearest.x, 10, accuracy: 1e-9)
        XCTAssertEqual(result.nearest.y, 0, accuracy: 1e-9)
    }

    func testPointsInsideAPolygonAreAtZeroAndOutsideAtTheBoundary() throws {
        let ring = [
            Coordinate(x: 45, y: 40), Coordinate(x: 46, y: 40), Coordinate(x: 46, y: 41), Coordinate(x: 45, y: 41),
            Coordinate(x: 45, y: 40),
        ]
        let hole = [
            Coordinate(x: 45.4, y: 40.4), Coordinate(x: 45.6, y: 40.4), Coordinate(x: 45.6, y: 40.6),
            Coordinate(x: 45.4, y: 40.6), Coordinate(x: 45.4, y: 40.4),
        ]
        let polygon = try Geometry(.polygon(Polygon(exterior: ring, holes: [hole])))
        let inside = try geodesic.distance(from: Coordinate(x: 45.2, y: 40.2), to: polygon)
        XCTAssertEqual(inside.meters, 0)
        XCTAssertEqual(inside.nearest, Coordinate(x: 45.2, y: 40.2))

        let inHole = Coordinate(x: 45.5, y: 40.5)
        let toHole = try geodesic.distance(from: inHole, to: polygon)
        XCTAssertEqual(toHole.meters, try bruteForceDistance(from: inHole, along: hole), accuracy: 1e-3)
        XCTAssertGreaterThan(toHole.meters, 8_000)

        let outside = Coordinate(x: 47, y: 40.5)
        XCTAssertEqual(
            try geodesic.distance(from: outside, to: polygon).meters,
            try bruteForceDistance(from: outside, along: ring),
            accuracy: 1e-3)
    }

    func testDistanceToPointsAndEmptyGeometries() throws {
        let points = try Geometry(.multiPoint([Coordinate(x: 45, y: 40), Coordinate(x: 50, y: 40)]))
        let result = try geodesic.distance(from: Coordinate(x: 49, y: 40), to: points)
        XCTAssertEqual(result.nearest, Coordinate(x: 50, y: 40))
        XCTAssertEqual(
            result.meters, try geodesic.inverse(Coordinate(x: 49, y: 40), Coordinate(x: 50, y: 40)).distance)
        XCTAssertThrowsError(try geodesic.distance(from: Coordinate(x: 0, y: 0), to: try Geometry(.lineString([])))) {
            guard case PROJError.invalidGeometry(let message) = $0 else { return XCTFail("\($0)") }
            XCTAssertTrue(message.contains("empty"))
        }
    }

    /// The smallest distance from `target` to 2 000 samples on each geodesic edge of `path`, then
    /// to 2 000 more around the best sample: with f ≈ f₀ + δ²/(2 f₀) near the foot, the error is
    /// far below 1 mm for edges up to a few hundred kilometres.
    private func bruteForceDistance(from target: Coordinate, along path: [Coordinate]) throws -> Double {
        var best = Double.infinity
        for (a, b) in zip(path, path.dropFirst()) {
            let edge = try geodesic.inverse(a, b)
            func distance(at position: Double) throws -> Double {
                let clamped = min(max(position, 0), edge.distance)
                let point = try geodesic.direct(from: a, azimuth: edge.azimuth1, distance: clamped).coordinate
                return try geodesic.inverse(point, target).distance
            }
            let samples = 2_000
            let step = edge.distance / Double(samples)
            var bestIndex = 0
            var edgeBest = Double.infinity
            for index in 0...samples {
                let value = try distance(at: Double(index) * step)
                if value < edgeBest { (edgeBest, bestIndex) = (value, index) }
            }
            let center = Double(bestIndex) * step
            for index in -samples...samples {
                edgeBest = min(edgeBest, try distance(at: center + Double(index) * step / Double(samples)))
            }
            best = min(best, edgeBest)
        }
        return best
    }
}
