import SwiftGEOS
import TestSupport
import Testing

@Suite("STRtree and prepared geometries")
struct IndexTests {
    static func randomBoxes(count: Int, seed: UInt64) throws -> [Geometry] {
        var generator = SplitMix64(seed: seed)
        return try (0..<count).map { _ in
            let x = Double.random(in: 0...100, using: &generator)
            let y = Double.random(in: 0...100, using: &generator)
            let width = Double.random(in: 0.1...5, using: &generator)
            let height = Double.random(in: 0.1...5, using: &generator)
            return try rectangle(x, y, x + width, y + height)
        }
    }

    @Test("Envelope, point and predicate queries equal brute force on 1000 random boxes")
    func queriesMatchBruteForce() throws {
        let boxes = try Self.randomBoxes(count: 1000, seed: 7)
        let tree = STRtree(boxes)
        let envelopes = boxes.map(\.envelope)
        var generator = SplitMix64(seed: 8)
        for _ in 0..<50 {
            let x = Double.random(in: -5...105, using: &generator)
            let y = Double.random(in: -5...105, using: &generator)
            let window = Envelope(minX: x, minY: y, maxX: x + 7, maxY: y + 3)
            #expect(tree.query(window) == envelopes.indices.filter { envelopes[$0].intersects(window) })
            let point = Coordinate(x: x, y: y)
            #expect(tree.query(point: point) == envelopes.indices.filter { envelopes[$0].contains(point) })
            let probe = try Geometry(wkt: "LINESTRING (\(x) \(y), \(x + 6) \(y + 4), \(x + 9) \(y))")
            for predicate in [SpatialPredicate.intersects, .crosses, .within, .disjoint, .touches] {
                let expected = try boxes.indices.filter { try probe.relates(boxes[$0], by: predicate) }
                #expect(try tree.query(probe, predicate: predicate) == expected, "\(predicate)")
            }
        }
        #expect(tree.query(Envelope.null).isEmpty)
    }

    @Test("Nearest neighbour equals the brute-force minimum distance")
    func nearest() throws {
        let boxes = try Self.randomBoxes(count: 1000, seed: 9)
        let tree = STRtree(boxes)
        var generator = SplitMix64(seed: 10)
        for _ in 0..<50 {
            let probe = try Geometry(
                point: Coordinate(
                    x: .random(in: -50...150, using: &generator), y: .random(in: -50...150, using: &generator)))
            let distances = try boxes.map { try $0.distance(to: probe) }
            let found = try #require(tree.nearest(to: probe))
            #expect(distances[found] == distances.min())
        }
        #expect(STRtree([]).nearest(to: try unitSquare()) == nil)
        #expect(tree.nearest(to: try Geometry(wkt: "POINT EMPTY")) == nil)
    }

    @Test("The tree keeps its geometries alive")
    func treeOwnsGeometries() throws {
        let tree = STRtree(try (0..<10).map { try rectangle(Double($0), 0, Double($0) + 0.5, 1) })
        #expect(tree.query(point: Coordinate(x: 3.25, y: 0.5)) == [3])
        #expect(tree.geometries[3].area == 0.5)
    }

    @Test("Prepared point tests equal unprepared predicates")
    func preparedPoints() throws {
        let polygon = try Geometry(.polygon(Polygon(exterior: box(0, 0, 10, 10), holes: [box(2, 2, 5, 5)])))
            .union(rectangle(10, 3, 12, 4))
        let prepared = PreparedGeometry(polygon)
        var generator = SplitMix64(seed: 11)
        var points = (0..<2000).map { _ in
            Coordinate(x: .random(in: -1...13, using: &generator), y: .random(in: -1...11, using: &generator))
        }
        points += [Coordinate(x: 0, y: 5), Coordinate(x: 2, y: 3), Coordinate(x: 12, y: 3.5), Coordinate(x: 10, y: 3)]
        var inside = 0
        for point in points {
            let geometry = try Geometry(point: point)
            let contains = try prepared.contains(point)
            #expect(contains == (try polygon.contains(geometry)))
            #expect(try prepared.covers(point) == (try polygon.covers(geometry)))
            #expect(try prepared.intersects(point) == (try polygon.intersects(geometry)))
            if contains { inside += 1 }
        }
        #expect(inside > 0 && inside < points.count)
        #expect(throws: GEOSError.self) { try prepared.contains(Coordinate(x: .nan, y: 0)) }
    }
}
