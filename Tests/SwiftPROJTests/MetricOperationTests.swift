import Foundation
import SwiftGEOS
import SwiftPROJ
import TestSupport
import XCTest

/// `buffer(meters:)` and `simplify(toleranceMeters:)` on lon/lat geometries.
final class MetricOperationTests: XCTestCase {
    private let geodesic = Geodesic.wgs84

    func testPointBufferIsAGeodesicCircle() throws {
        let center = Coordinate(x: 45.5, y: 40.2)
        let radius = 5_000.0
        let buffer = try Geometry(.point(center)).buffer(meters: radius)
        guard case .polygon(let polygon) = buffer.shape else { return XCTFail("not a polygon: \(buffer.shape)") }
        // The azimuthal equidistant projection is centred on the point, so every vertex is at the
        // exact geodesic radius.
        for vertex in polygon.exterior {
            XCTAssertEqual(try geodesic.inverse(center, vertex).distance, radius, accuracy: 1e-3)
        }
        let vertices = polygon.exterior.count - 1
        XCTAssertEqual(vertices, 4 * BufferParameters.metric.quadrantSegments)
        let area = try geodesic.area(of: buffer)
        // The buffer is the inscribed regular polygon (n/2)·r²·sin(2π/n), 0.16 % short of π·r² for
        // n = 64; the requirement is 0.5 %, and the inscribed area itself holds to 1e-5 (the
        // ellipsoid's curvature over 5 km changes areas by about 1e-7).
        XCTAssertEqual(area, Double.pi * radius * radius, accuracy: 0.005 * Double.pi * radius * radius)
        let inscribed = Double(vertices) / 2 * radius * radius * sin(2 * Double.pi / Double(vertices))
        XCTAssertEqual(area, inscribed, accuracy: 1e-5 * inscribed)
    }

    func testLineBufferAndNegativeBuffer() throws {
        let line = try Geometry(.lineString([Coordinate(x: 46, y: 39.5), Coordinate(x: 46.5, y: 39.8)]))
        let corridor = try line.buffer(meters: 2_500)
        let length = try geodesic.length(of: line)
        let expected = 2 * 2_500 * length + Double.pi * 2_500 * 2_500
        XCTAssertEqual(try geodesic.area(of: corridor), expected, accuracy: 0.005 * expected)

        let square = try Geometry(
            .polygon(
                Polygon(exterior: [
                    Coordinate(x: 45, y: 40), Coordinate(x: 45.1, y: 40), Coordinate(x: 45.1, y: 40.1),
                    Coordinate(x: 45, y: 40.1), Coordinate(x: 45, y: 40),
                ])))
        let eroded = try square.buffer(meters: -1_000)
        XCTAssertLessThan(try geodesic.area(of: eroded), try geodesic.area(of: square))
        XCTAssertTrue(try square.covers(eroded))
    }

    func testSimplifyKeepsEveryVertexWithinTheTolerance() throws {
        // A 20 km circle with 2 000 vertices jittered by up to 30 m.
        var random = SplitMix64(seed: 0x5111)
        let center = Coordinate(x: 46.75, y: 39.8)
        var ring = try (0..<2_000).map { index in
            try geodesic.direct(
                from: center, azimuth: Double(index) * 360 / 2_000, distance: 20_000 + random.uniform(-30...30)
            ).coordinate
        }
        ring.append(ring[0])
        let original = try Geometry(.polygon(Polygon(exterior: ring)))
        let tolerance = 100.0
        let simplified = try original.simplify(toleranceMeters: tolerance)
        guard case .polygon(let result) = simplified.shape else { return XCTFail("not a polygon") }
        XCTAssertLessThan(result.exterior.count, 200, "the jitter is gone")
        XCTAssertGreaterThan(result.exterior.count, 10, "the circle is still there")
        XCTAssertTrue(simplified.validity().isValid)
        let outline = try Geometry(.lineString(result.exterior))
        var worst = 0.0
        for vertex in ring {
            worst = max(worst, try geodesic.distance(from: vertex, to: outline).meters)
        }
        // The projection's scale error 20 km from its centre is 2e-6, far inside the 1 % margin.
        XCTAssertLessThanOrEqual(worst, tolerance * 1.01)
        XCTAssertGreaterThan(worst, 30, "something was simplified away")
    }

    func testEmptyAndInvalidInput() throws {
        XCTAssertTrue(try Geometry(.lineString([])).buffer(meters: 100).isEmpty)
        XCTAssertThrowsError(try Geometry(.point(Coordinate(x: 500_000, y: 4_400_000))).buffer(meters: 10)) {
            guard case PROJError.invalidCoordinate(_, let reason) = $0 else { return XCTFail("\($0)") }
            XCTAssertTrue(reason.contains("latitude"))
        }
        XCTAssertThrowsError(try Geometry(.point(Coordinate(x: 45, y: 40))).buffer(meters: .nan))
        XCTAssertThrowsError(try Geometry(.point(Coordinate(x: 45, y: 40))).simplify(toleranceMeters: -1))
    }
}
