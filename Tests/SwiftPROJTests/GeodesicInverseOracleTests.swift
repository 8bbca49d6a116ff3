import Foundation
import SwiftGEOS
import SwiftPROJ
import TestSupport
import XCTest

/// `Geodesic.inverse` against GeographicLib's GeodSolve on seeded random pairs.
///
/// Tolerance: both sides run Karney's algorithm (PROJ's C port and GeographicLib's C++ original),
/// so they differ only by floating-point rounding (a few ulps) and by GeodSolve's printing
/// (`-p 9`: 1e-9 m for distances, 1e-14° for azimuths). Distances must agree to 1e-9 relative
/// plus 1e-9 m of printing, azimuths to 1e-9°, nearly antipodal pairs included (where the azimuth
/// is ill-conditioned, so only identical algorithms can agree this closely). Measured: 4.8e-10 m
/// (printing) and 7e-15°.
final class GeodesicInverseOracleTests: XCTestCase {
    private struct Pair {
        let a: Coordinate
        let b: Coordinate
        let line: String
    }

    func testInverseAgreesWithGeodSolveOnRandomPairs() throws {
        var random = SplitMix64(seed: 0x5EED_2024)
        var pairs: [Pair] = []
        func add(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) {
            let values = [lat1, lon1, lat2, lon2].map(roundTripped)
            pairs.append(
                Pair(
                    a: Coordinate(x: values[1].value, y: values[0].value),
                    b: Coordinate(x: values[3].value, y: values[2].value),
                    line: values.map(\.text).joined(separator: " ")))
        }
        for _ in 0..<500 {  // anywhere
            add(
                random.uniform(-90...90), random.uniform(-180...180), random.uniform(-90...90),
                random.uniform(-180...180))
        }
        for _ in 0..<150 {  // across the antimeridian
            add(
                random.uniform(-70...70), random.uniform(170...180), random.uniform(-70...70),
                random.uniform(-180 ... -170))
        }
        for index in 0..<150 {  // near or at a pole
            let pole = index.isMultiple(of: 2) ? 1.0 : -1.0
            let latitude = index.isMultiple(of: 25) ? 90 * pole : pole * random.uniform(89...90)
            add(latitude, random.uniform(-180...180), random.uniform(-90...90), random.uniform(-180...180))
        }
        for _ in 0..<150 {  // nearly antipodal
            let lat1 = random.uniform(-60...60)
            let lon1 = random.uniform(-180...180)
            let lon2 = (lon1 + 180 + random.uniform(-0.5...0.5)).remainder(dividingBy: 360)
            add(lat1, lon1, -lat1 + random.uniform(-0.5...0.5), lon2)
        }
        for _ in 0..<100 {  // short, down to centimetres
            let lat1 = random.uniform(-89...89)
            let lon1 = random.uniform(-180...180)
            let step = pow(10, random.uniform(-6 ... -1))
            add(lat1, lon1, lat1 + step * random.uniform(-1...1), lon1 + step * random.uniform(-1...1))
        }
        add(0, 0, 0, 180)
        add(90, 0, -90, 0)
        add(40, 45, 40, 45)
        XCTAssertGreaterThanOrEqual(pairs.count, 1_000)

        let lines = try Oracle.run(
            "GeodSolve", ["-i", "-p", "9"], input: pairs.map(\.line).joined(separator: "\n") + "\n")
        XCTAssertEqual(lines.count, pairs.count, "GeodSolve answered \(lines.count) of \(pairs.count) lines")

        let geodesic = Geodesic.wgs84
        var worstDistance = 0.0
        var worstAzimuth = 0.0
        for (pair, line) in zip(pairs, lines) {
            let expected = Oracle.numbers(line)
            XCTAssertEqual(expected.count, 3, "unreadable GeodSolve line \(line)")
            guard expected.count == 3 else { continue }
            let result = try geodesic.inverse(pair.a, pair.b)
            let distanceError = abs(result.distance - expected[2])
            worstDistance = max(worstDistance, distanceError / max(expected[2], 1))
            XCTAssertLessThanOrEqual(
                distanceError, 1e-9 * expected[2] + 1e-9, "distance for \(pair.line): \(result.distance) vs \(line)")
            for (mine, theirs) in [(result.azimuth1, expected[0]), (result.azimuth2, expected[1])] {
                let error = angularDifference(mine, theirs)
                worstAzimuth = max(worstAzimuth, error)
                XCTAssertLessThanOrEqual(error, 1e-9, "azimuth for \(pair.line): \(result) vs \(line)")
            }
        }
        print("GeodSolve: worst relative distance error \(worstDistance), worst azimuth error \(worstAzimuth)°")
    }

    /// The smallest angle between two azimuths in degrees (180 and −180 are the same direction).
    private func angularDifference(_ a: Double, _ b: Double) -> Double {
        abs((a - b).remainder(dividingBy: 360))
    }
}
