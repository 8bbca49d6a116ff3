import SwiftGEOS
import SwiftPROJ
import TestSupport
import XCTest

/// Many tasks transforming and measuring at once must get exactly what one task gets alone:
/// each thread has its own PROJ context and operations, and geodesics share no state.
final class ConcurrencyTests: XCTestCase {
    private struct Outcome: Sendable, Equatable {
        var mercator: [Coordinate]
        var utm: [Coordinate]
        var roundTrip: [Coordinate]
        var distances: [Double]
        var area: Double
        var bufferArea: Double
        var nearest: GeodesicDistance
    }

    private static func work(_ seed: UInt64) throws -> Outcome {
        var random = SplitMix64(seed: seed)
        let points = (0..<500).map { _ in Coordinate(x: random.uniform(42...48), y: random.uniform(35...45)) }
        var mercator = points
        try Transformer(from: .wgs84, to: .epsg(3857)).transform(&mercator)
        let toUTM = try Transformer(from: .wgs84, to: .epsg(32638))
        var utm = points
        try toUTM.transform(&utm)
        var roundTrip = utm
        try toUTM.inverse.transform(&roundTrip)
        let geodesic = Geodesic.wgs84
        let distances = try zip(points, points.dropFirst()).map { try geodesic.inverse($0, $1).distance }
        let ring = Array(points.prefix(3)) + [points[0]]
        let area = try geodesic.area(of: Polygon(exterior: ring))
        let bufferArea = try geodesic.area(of: try Geometry(.point(points[0])).buffer(meters: 1_000 + Double(seed)))
        let nearest = try geodesic.distance(from: points[10], to: try Geometry(.lineString(Array(points.prefix(5)))))
        return Outcome(
            mercator: mercator, utm: utm, roundTrip: roundTrip, distances: distances, area: area,
            bufferArea: bufferArea, nearest: nearest)
    }

    func testSixteenConcurrentTasksMatchASerialRun() async throws {
        let seeds = Array(UInt64(1)...16)
        let serial = try seeds.map(Self.work)
        let concurrent = try await withThrowingTaskGroup(of: (Int, Outcome).self) { group in
            for (index, seed) in seeds.enumerated() {
                group.addTask { (index, try Self.work(seed)) }
            }
            var outcomes = [Outcome?](repeating: nil, count: seeds.count)
            for try await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes
        }
        for (index, outcome) in concurrent.enumerated() {
            XCTAssertEqual(outcome, serial[index], "task \(index) differs from the serial run")
        }
    }
}
