import Foundation
import SwiftGEOS
import TestSupport
import Testing

@Suite("Concurrency")
struct ConcurrencyTests {
    /// What one worker computes; Sendable so that it can leave the task.
    struct Outcome: Sendable, Equatable {
        var areas: [Double]
        var predicates: [Bool]
        var wkb: [Data]
        var shapes: [Shape]
        var contained: Int
    }

    /// Mixed operations on geometries built inside the calling task.
    static func work(seed: UInt64) throws -> Outcome {
        var generator = SplitMix64(seed: seed)
        var outcome = Outcome(areas: [], predicates: [], wkb: [], shapes: [], contained: 0)
        for _ in 0..<40 {
            let x = Double.random(in: 0...10, using: &generator)
            let y = Double.random(in: 0...10, using: &generator)
            let a = try Geometry(.polygon(Polygon(exterior: box(x, y, x + 3, y + 2))))
            let b = try Geometry(
                .polygon(Polygon(exterior: box(y, x, y + 2, x + 3), holes: [box(y + 0.5, x + 0.5, y + 1, x + 1)])))
            let union = try a.union(b)
            outcome.areas += [try a.intersection(b).area, union.area, try a.difference(b, gridSize: 1e-6).area]
            outcome.predicates += [try a.intersects(b), try a.touches(b), try union.covers(a)]
            let copy = try Geometry(wkb: union.wkb)
            outcome.wkb.append(copy.wkb)
            outcome.shapes.append(try copy.buffer(0.5).simplify(tolerance: 0.01).shape)
            let prepared = PreparedGeometry(union)
            for step in 0..<50 where try prepared.contains(Coordinate(x: Double(step) / 4, y: Double(step) / 5)) {
                outcome.contained += 1
            }
        }
        let tree = STRtree(try outcome.wkb.map { try Geometry(wkb: $0) })
        outcome.contained += tree.query(Envelope(minX: 0, minY: 0, maxX: 5, maxY: 5)).count
        return outcome
    }

    @Test("16 concurrent tasks of mixed operations equal a serial run")
    func concurrentEqualsSerial() async throws {
        let seeds: [UInt64] = Array(1...16)
        let serial = try seeds.map { try Self.work(seed: $0) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, Outcome).self) { group in
            for (index, seed) in seeds.enumerated() {
                group.addTask { (index, try Self.work(seed: seed)) }
            }
            var results = [Outcome?](repeating: nil, count: seeds.count)
            for try await (index, outcome) in group { results[index] = outcome }
            return results
        }
        #expect(concurrent == serial.map { Optional($0) })
        #expect(serial.allSatisfy { $0.contained > 0 })
    }

    @Test("Errors stay with the thread that caused them")
    func errorsDoNotLeak() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask { () throws -> Void in
                    for _ in 0..<100 {
                        if index.isMultiple(of: 2) {
                            #expect(throws: GEOSError.self) { try Geometry(wkt: "POLYGON ((0 0, 1 0") }
                        } else {
                            #expect(try Geometry(wkt: "POINT (1 2)").wkt() == "POINT (1 2)")
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test("Geometries survive suspension points, where a task may move to another thread")
    func suspensionPoints() async throws {
        let total = try await withThrowingTaskGroup(of: Double.self) { group in
            for chunk in 0..<8 {
                group.addTask {
                    var geometries: [Geometry] = []
                    for index in 0..<25 {
                        geometries.append(
                            try rectangle(Double(chunk * 25 + index), 0, Double(chunk * 25 + index + 1), 1))
                        await Task.yield()
                    }
                    return try Geometry.unaryUnion(geometries).area
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(total == 200)
    }
}
