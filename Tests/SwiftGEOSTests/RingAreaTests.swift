import Foundation
import SwiftGEOS
import XCTest

/// `signedPlanarArea` and `isCounterClockwise` against areas computed by hand, and against GEOS's
/// own area and normal form on random rings.
final class RingAreaTests: XCTestCase {
    private func ring(_ points: [(Double, Double)]) -> [Coordinate] {
        points.map { Coordinate(x: $0.0, y: $0.1) }
    }

    /// Small integer coordinates make every shoelace term and sum exact in double precision, so the
    /// hand-computed values must come out to the last bit.
    func testHandComputedShoelaceValuesAreExact() {
        // 4 × 3 rectangle, counter-clockwise: 12.
        XCTAssertEqual(box(0, 0, 4, 3).signedPlanarArea, 12)
        XCTAssertEqual(Array(box(0, 0, 4, 3).reversed()).signedPlanarArea, -12)
        // Right triangle with legs 4 and 3: terms 0, 4·3 − 0·0 = 12, 0 → 12 / 2 = 6.
        XCTAssertEqual(ring([(0, 0), (4, 0), (0, 3), (0, 0)]).signedPlanarArea, 6)
        // Concave L: terms 0, 3, 2, 1, 2, 0 → 8 / 2 = 4 (a 3 × 1 bar plus a 1 × 1 square).
        let lShape = ring([(0, 0), (3, 0), (3, 1), (1, 1), (1, 2), (0, 2), (0, 0)])
        XCTAssertEqual(lShape.signedPlanarArea, 4)
        XCTAssertTrue(lShape.isCounterClockwise)
        XCTAssertFalse(Array(lShape.reversed()).isCounterClockwise)
        // Far from the origin the terms are about 1e12, still integers below 2⁵³, so still exact.
        XCTAssertEqual(box(1e6, 1e6, 1e6 + 4, 1e6 + 3).signedPlanarArea, 12)
        // An open ring is measured as if closed.
        XCTAssertEqual(ring([(0, 0), (4, 0), (0, 3)]).signedPlanarArea, 6)
    }

    func testRingsThatEncloseNothingHaveNoAreaAndNoOrientation() {
        XCTAssertEqual([Coordinate]().signedPlanarArea, 0)
        XCTAssertEqual(ring([(1, 1), (2, 2)]).signedPlanarArea, 0)
        let collinear = ring([(0, 0), (1, 1), (2, 2), (0, 0)])
        XCTAssertEqual(collinear.signedPlanarArea, 0)
        XCTAssertFalse(collinear.isCounterClockwise)
        XCTAssertFalse(Array(collinear.reversed()).isCounterClockwise)
        // A bow tie's two lobes (2 each, opposite turns) cancel: terms 0, −4, 4, 0.
        XCTAssertEqual(ring([(0, 0), (2, 2), (2, 0), (0, 2), (0, 0)]).signedPlanarArea, 0)
    }

    /// GEOS measures rings with its own algorithm (Area::ofRing, shifted to the first vertex), and
    /// its normal form orients exteriors clockwise and holes counter-clockwise. On random
    /// lon/lat-sized star polygons the two areas agree to 1e-12 relative (both lose only a few
    /// ulps per term to rounding; the terms are at most about 180 × 90, the areas above 1e-4).
    func testAgreesWithGEOSAreaAndNormalOrientationOnRandomRings() throws {
        var state: UInt64 = 0x5_4E1A
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        for index in 0..<200 {
            let center = Coordinate(x: next() * 340 - 170, y: next() * 160 - 80)
            let count = 3 + index % 20
            var points: [Coordinate] = (0..<count).map { step in
                let angle = 2 * Double.pi * (Double(step) + next() * 0.8) / Double(count)
                let radius = 0.01 + next() * 5
                return Coordinate(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
            }
            points.append(points[0])
            if index.isMultiple(of: 2) { points.reverse() }
            let polygon = try Geometry(.polygon(Polygon(exterior: points)))
            XCTAssertEqual(abs(points.signedPlanarArea), polygon.area, accuracy: 1e-12 * polygon.area, "ring \(index)")
            XCTAssertEqual(points.isCounterClockwise, !index.isMultiple(of: 2), "ring \(index) was built that way")
            guard case .polygon(let normal) = try polygon.normalized().shape else {
                return XCTFail("a polygon normalizes to a polygon")
            }
            XCTAssertFalse(normal.exterior.isCounterClockwise, "GEOS's normal form has clockwise exteriors")
        }
    }
}
