import Testing

@testable import Territory

/// The TopoJSON arcs of the overlay's faces: each shared border stored once, and every exported
/// ring a chain of whole arcs that gives back its vertices.
@Suite struct ArcTableTests {
    private func point(_ x: Double, _ y: Double) -> Coordinate { Coordinate(x: x, y: y) }

    /// The vertices a chain of references runs through, as a closed ring.
    private func ring(_ references: [Int], in table: ArcTable) -> [Coordinate] {
        var ring: [Coordinate] = []
        for reference in references {
            let count = (reference >= 0 ? table.arcs[reference] : table.arcs[~reference]).count
            for offset in (ring.isEmpty ? 0 : 1)..<count { ring.append(table.vertex(reference, offset)) }
        }
        return ring
    }

    /// Two unit squares side by side, sharing the edge x = 1 (with a vertex in its middle), and a
    /// third square alone: the shared border is one arc both squares use, in opposite directions.
    @Test func aSharedBorderIsStoredOnce() {
        let left = [point(0, 0), point(1, 0), point(1, 0.5), point(1, 1), point(0, 1), point(0, 0)]
        let right = [point(1, 0), point(2, 0), point(2, 1), point(1, 1), point(1, 0.5), point(1, 0)]
        let island = [point(5, 5), point(6, 5), point(6, 6), point(5, 6), point(5, 5)]
        var table = ArcTable(faces: [left, right, island])
        // Junctions (1, 0) and (1, 1) cut each square's ring in two; the island is one closed arc.
        #expect(table.arcs.count == 4)
        #expect(table.arcs.filter { $0.contains(point(1, 0.5)) }.count == 1)

        let leftChain = table.references(of: left)
        let rightChain = table.references(of: right)
        #expect(leftChain.count == 2 && rightChain.count == 2)
        let shared = Set(leftChain.map { $0 >= 0 ? $0 : ~$0 }).intersection(rightChain.map { $0 >= 0 ? $0 : ~$0 })
        #expect(shared.count == 1)
        let sharedInLeft = leftChain.first { ($0 >= 0 ? $0 : ~$0) == shared.first }!
        let sharedInRight = rightChain.first { ($0 >= 0 ? $0 : ~$0) == shared.first }!
        #expect(sharedInLeft == ~sharedInRight, "the two faces run the shared border in opposite directions")

        // The union of the two squares (as a coverage union gives it, from another vertex) is the
        // two outer arcs; the island, rotated, is its closed arc.
        let union = [point(2, 1), point(1, 1), point(0, 1), point(0, 0), point(1, 0), point(2, 0), point(2, 1)]
        let unionChain = table.references(of: union)
        #expect(unionChain.count == 2 && !unionChain.contains(sharedInLeft) && !unionChain.contains(sharedInRight))
        #expect(rotations(of: ring(unionChain, in: table)).contains(Array(union.dropLast())))
        let rotatedIsland = [point(6, 6), point(5, 6), point(5, 5), point(6, 5), point(6, 6)]
        #expect(table.references(of: rotatedIsland).count == 1)
        #expect(table.unmatchedRings == 0)
        #expect(table.arcs.count == 4, "no arc was added for rings made of existing arcs")

        // A ring that is not made of the faces' arcs is kept as an arc of its own.
        let stranger = [point(0, 0), point(2, 0), point(2, 1), point(0, 0)]
        #expect(ring(table.references(of: stranger), in: table) == stranger)
        #expect(table.unmatchedRings == 1)
    }

    /// On the embedded dataset, every ring of every exported polygon of every period is a chain of
    /// the faces' arcs, and it gives back the ring's own vertices.
    @Test func everyExportedRingIsAChainOfFaceArcs() throws {
        let atlas = try Atlas.embedded()
        let faces = atlas.dataset.overlay.atoms.flatMap(\.faces).flatMap { [$0.exterior] + $0.holes }
        var table = ArcTable(faces: faces)
        let faceVertices = faces.reduce(0) { $0 + $1.count - 1 }
        let arcVertices = table.arcs.reduce(0) { $0 + $1.count - 1 }
        // Interior borders are shared by two faces, so the arcs hold far fewer vertices than the rings.
        #expect(arcVertices < faceVertices * 3 / 4, "\(arcVertices) arc vertices for \(faceVertices) face vertices")
        var rings = 0
        for feature in try atlas.periodGrounds(kinds: [.ground]).flatMap({ $0.holdings.flatMap(\.pieces) }) {
            guard case .polygon(let polygon) = feature.shape else {
                Issue.record("\(feature.id) is not a polygon")
                continue
            }
            for original in [polygon.exterior] + polygon.holes {
                let chain = table.references(of: original)
                #expect(rotations(of: ring(chain, in: table)).contains(Array(original.dropLast())), "\(feature.id)")
                rings += 1
            }
        }
        #expect(rings > 800)
        #expect(table.unmatchedRings == 0)
    }

    /// Every rotation of a closed ring, without the closing vertex.
    private func rotations(of ring: [Coordinate]) -> [[Coordinate]] {
        let points = Array(ring.dropLast())
        return points.indices.map { Array(points[$0...] + points[..<$0]) }
    }
}
