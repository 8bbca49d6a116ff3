import SwiftGEOS
import SwiftPROJ
import Testing

@Suite("Batched geodesic distances")
struct GeodesicBatchTests {
    /// Deterministic pseudo-random positions (a linear congruential generator), so a failure repeats.
    private func positions(_ count: Int, seed: UInt64) -> [Coordinate] {
        var state = seed
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<count).map { _ in Coordinate(x: next() * 360 - 180, y: next() * 180 - 90) }
    }

    @Test(
        "Every pair equals the one-at-a-time inverse to the bit, split over threads or not",
        arguments: [0, 1, 5_000, 100_003])
    func equalsSerial(count: Int) throws {
        let starts = positions(count, seed: 7)
        let ends = positions(count, seed: 11)
        let batch = try Geodesic.wgs84.distances(from: starts, to: ends)
        #expect(batch.count == count)
        for index in 0..<count where batch[index] != (try Geodesic.wgs84.inverse(starts[index], ends[index]).distance) {
            Issue.record("pair \(index) differs: \(batch[index])")
            return
        }
    }

    @Test("Mismatched lengths and a bad coordinate anywhere throw before measuring")
    func badInput() {
        let good = positions(20_000, seed: 3)
        #expect(throws: PROJError.self) { try Geodesic.wgs84.distances(from: good, to: good.dropLast()) }
        var bad = good
        bad[19_999] = Coordinate(x: 500_000, y: 40)
        #expect {
            try Geodesic.wgs84.distances(from: good, to: bad)
        } throws: { error in
            guard case PROJError.invalidCoordinate(let coordinate, _)? = error as? PROJError else { return false }
            return coordinate == bad[19_999]
        }
    }
}
