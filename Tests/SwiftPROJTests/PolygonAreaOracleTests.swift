import Foundation
import SwiftGEOS
import SwiftPROJ
import TestSupport
import XCTest

/// `Geodesic.area` and `perimeter` against GeographicLib's Planimeter on seeded random polygons.
///
/// Tolerance 1e-9 relative: both sides run Karney's area algorithm with double-double accumulation,
/// so they differ only by rounding and by Planimeter's printing (`-p 12`). Planimeter measures one
/// ring at a time with a sign for orientation; the expected area of a polygon is therefore
/// |exterior| − Σ |hole|, the definition `Geodesic.area` documents.
final class PolygonAreaOracleTests: XCTestCase {
    func testAreasAndPerimetersAgreeWithPlanimeterOnRandomPolygons() throws {
        var random = SplitMix64(seed: 0xA2EA)
        var polygons: [Polygon] = []
        for index in 0..<120 {
            let center: Coordinate
            switch index % 6 {
            case 0: center = Coordinate(x: random.uniform(178...180), y: random.uniform(-60...60))  // antimeridian
            case 1: center = Coordinate(x: random.uniform(-180...180), y: random.uniform(86...90))  // around a pole
            default: center = Coordinate(x: random.uniform(-180...180), y: random.uniform(-75...75))
            }
            let radius = pow(10, random.uniform(3...6.3))  // 1 km to 2 000 km
            var polygon = try starPolygon(around: center, radius: radius, random: &random)
            if index.isMultiple(of: 3) {
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    let offset = try Geodesic.wgs84.direct(
                        from: center, azimuth: random.uniform(-180...180), distance: radius * random.uniform(0...0.2))
                    polygon.holes.append(
                        try starPolygon(around: offset.coordinate, radius: radius * 0.1, random: &random).exterior)
                }
            }
            polygons.append(polygon)
        }

        // Every ring goes to Planimeter as a polygon of its own, without the closing repeat.
        let rings = polygons.flatMap { [$0.exterior] + $0.holes }
        let input = rings.map { ring in
            ring.dropLast().map { "\(roundTripped($0.y).text) \(roundTripped($0.x).text)" }.joined(separator: "\n")
        }
        let lines = try Oracle.run("Planimeter", ["-p", "12"], input: input.joined(separator: "\n\n") + "\n")
        XCTAssertEqual(lines.count, rings.count, "Planimeter answered \(lines.count) of \(rings.count) rings")
        let measured = lines.map(Oracle.numbers)
        XCTAssertTrue(measured.allSatisfy { $0.count == 3 }, "unreadable Planimeter output")
        guard measured.count == rings.count, measured.allSatisfy({ $0.count == 3 }) else { return }

        var next = 0
        var worst = 0.0
        for polygon in polygons {
            let ringCount = 1 + polygon.holes.count
            let answers = measured[next..<next + ringCount]
            next += ringCount
            let expectedArea = abs(answers.first![2]) - answers.dropFirst().reduce(0) { $0 + abs($1[2]) }
            let expectedPerimeter = answers.reduce(0) { $0 + $1[1] }
            let area = try Geodesic.wgs84.area(of: polygon)
            let perimeter = try Geodesic.wgs84.perimeter(of: polygon)
            worst = max(worst, abs(area - expectedArea) / expectedArea)
            XCTAssertEqual(area, expectedArea, accuracy: 1e-9 * expectedArea, "area of \(polygon.exterior.first!)")
            XCTAssertEqual(perimeter, expectedPerimeter, accuracy: 1e-9 * expectedPerimeter)
            // Ring orientation must not matter.
            let reversed = Polygon(exterior: polygon.exterior.reversed(), holes: polygon.holes)
            XCTAssertEqual(try Geodesic.wgs84.area(of: reversed), area, accuracy: 1e-9 * area)
        }
        print("Planimeter: \(polygons.count) polygons, \(rings.count) rings, worst relative area error \(worst)")
    }

    func testGeometryAreaSumsPolygonsAndIgnoresLines() throws {
        let square = Polygon(exterior: [
            Coordinate(x: 45, y: 40), Coordinate(x: 45.1, y: 40), Coordinate(x: 45.1, y: 40.1),
            Coordinate(x: 45, y: 40.1), Coordinate(x: 45, y: 40),
        ])
        let one = try Geodesic.wgs84.area(of: square)
        let shifted = Polygon(exterior: square.exterior.map { Coordinate(x: $0.x + 1, y: $0.y) })
        let collection = try Geometry(
            .geometryCollection([
                .multiPolygon([square, shifted]), .lineString([Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 1)]),
            ]))
        XCTAssertEqual(try Geodesic.wgs84.area(of: collection), 2 * one, accuracy: 1e-6)
        // 0.1° of latitude near 40° N is 11 103.5 m and 0.1° of longitude 8 539.4 m.
        XCTAssertEqual(one, 11_103.5 * 8_539.4, accuracy: 100_000, "a 0.1° square at 40° N is about 94.8 km²")
    }

    /// A random star-shaped ring around `center`: vertices at random azimuths (sorted) and at
    /// distances between half and all of `radius`, randomly clockwise or counter-clockwise.
    private func starPolygon(
        around center: Coordinate, radius: Double, random: inout SplitMix64
    ) throws -> Polygon {
        let count = Int.random(in: 3...60, using: &random)
        let azimuths = (0..<count).map { _ in random.uniform(-180...180) }.sorted()
        var ring = try azimuths.map { azimuth in
            let vertex = try Geodesic.wgs84.direct(
                from: center, azimuth: azimuth, distance: radius * random.uniform(0.5...1)
            ).coordinate
            return Coordinate(x: roundTripped(vertex.x).value, y: roundTripped(vertex.y).value)
        }
        if Bool.random(using: &random) { ring.reverse() }
        return Polygon(exterior: ring + [ring[0]])
    }
}
