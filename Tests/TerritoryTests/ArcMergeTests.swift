import Testing

@testable import Territory

/// Grounds merged along the compiled arcs (`ArcTopology.merge(faces:)`) against GEOS's coverage
/// union of the same faces, the overlay GEOS would do instead.
@Suite struct ArcMergeTests {
    private func point(_ x: Double, _ y: Double) -> Coordinate { Coordinate(x: x, y: y) }

    /// A closed axis-aligned rectangle, counter-clockwise.
    private func box(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [Coordinate] {
        [point(x0, y0), point(x1, y0), point(x1, y1), point(x0, y1), point(x0, y0)]
    }

    /// The merge of `members` is valid and covers exactly what GEOS's union of the same faces
    /// covers: the symmetric difference, whose area would be that of any missing or extra piece,
    /// is below 1e-9 of the area (rounding in GEOS's overlay of two equal shapes; a missing face
    /// or hole of the overlay is at least a sliver of 0.01 km², 1e-6 of the smallest ground here).
    private func expectSameAsGEOS(_ merged: Shape, faces: [Geometry], _ label: String) throws {
        let union: Geometry
        do {
            union = try Geometry.coverageUnion(faces)
        } catch {
            union = try Geometry.unaryUnion(faces)
        }
        let geometry = try Geometry(merged)
        #expect(geometry.isValid, "\(label): \(geometry.validity().reason ?? "")")
        let difference = try geometry.symmetricDifference(union).area
        #expect(difference <= 1e-9 * union.area, "\(label): symmetric difference \(difference) of \(union.area)")
        #expect(merged.polygonParts.count == union.shape.polygonParts.count, "\(label): polygons")
        #expect(
            merged.polygonParts.map(\.holes.count).reduce(0, +)
                == union.shape.polygonParts.map(\.holes.count).reduce(0, +), "\(label): holes")
        for polygon in merged.polygonParts {
            #expect(PlanarRing.doubleSignedArea(polygon.exterior) > 0, "\(label): shells run counter-clockwise")
            #expect(polygon.holes.allSatisfy { PlanarRing.doubleSignedArea($0) < 0 }, "\(label): holes clockwise")
        }
    }

    /// Every holder's ground in every period of both layers of the embedded dataset, as the
    /// snapshot gives it, against GEOS; its area is the atoms' sum, to the last bit.
    @Test func everyPeriodOfBothLayersMatchesACoverageUnion() throws {
        let atlas = try Atlas.embedded()
        let overlay = atlas.dataset.overlay
        #expect(overlay.arcs.conflicts == 0)
        var checked: Set<[Int]> = []
        var (holed, split) = (0, 0)
        for layer in [Layer.deFacto, .deJure] {
            for period in atlas.periods() {
                let day = period.from ?? atlas.dataset.info.range.from!
                let snapshot = try atlas.snapshot(on: day, layer: layer)
                let holders = (0..<atlas.dataset.atomCount).map { atlas.holder(of: $0, on: day, layer: layer) }
                for ground in snapshot.holders {
                    let index = Int32(atlas.dataset.entityIndex[ground.holder]!)
                    let atoms = holders.indices.filter { holders[$0] == index }
                    #expect(ground.areaKm2.bitPattern == overlay.areaKm2(of: atoms).bitPattern, "\(ground.holder)")
                    #expect(ground.partCount == ground.shape.polygonParts.count)
                    guard checked.insert(atoms).inserted else { continue }
                    holed += ground.shape.polygonParts.contains { !$0.holes.isEmpty } ? 1 : 0
                    split += ground.partCount > 1 ? 1 : 0
                    let faces = atoms.flatMap { atlas.atomFaces[$0] }.map { atlas.faces[$0] }
                    try expectSameAsGEOS(ground.shape, faces: faces, "\(layer) \(day) \(ground.holder)")
                }
            }
        }
        #expect(checked.count > 100, "distinct grounds checked: \(checked.count)")
        // Both harder cases occur in the data: grounds with holes, and grounds in several pieces.
        #expect(holed > 0 && split > 0, "\(holed) grounds with holes, \(split) in several pieces")
    }

    /// Every face's rings are chains of the arcs: merged alone, a face gives back its own polygon.
    @Test func eachFaceMergedAloneIsItself() throws {
        let atlas = try Atlas.embedded()
        let arcs = atlas.dataset.overlay.arcs
        let faces = atlas.dataset.overlay.atoms.flatMap(\.faces)
        #expect(arcs.faceCount == faces.count)
        for (index, face) in faces.enumerated() {
            let merged = try #require(arcs.merge(faces: [index]))
            guard case .polygon(let polygon) = merged else {
                Issue.record("face \(index) merged into \(merged.polygonParts.count) polygons")
                continue
            }
            #expect(Set(polygon.exterior) == Set(face.exterior), "face \(index)")
            #expect(Set(polygon.holes.map(Set.init)) == Set(face.holes.map(Set.init)), "face \(index)")
        }
    }

    /// Snapshot answers known from before the merge (docs/commands.md, and the CLI's JSON on
    /// main before it): areas are sums of atom areas, unchanged to the last bit, and the part
    /// counts are those of GEOS's unions.
    @Test(arguments: [
        ("2021-06-01", Layer.deFacto, "AZE", 83205.67031282258, 4),
        ("1994-05-12", .deFacto, "AZE", 74268.60424004208, 4),
        ("2020-11-10", .deFacto, "NKR", 7803.922078329866, 5),
        ("2020-11-10", .deFacto, "RUS-PK", 71.39829996064246, 1),
        ("2020-11-10", .deJure, "AZE", 86283.42437337087, 7),
        ("2020-11-10", .deJure, "ARM", 29554.70148238158, 2),
    ])
    func knownSnapshotAreasAndPartsAreUnchanged(
        _ known: (day: String, layer: Layer, holder: String, areaKm2: Double, parts: Int)
    ) throws {
        let snapshot = try Atlas.embedded().snapshot(on: try Day(iso: known.day), layer: known.layer)
        let ground = try #require(snapshot.holders.first { $0.holder == known.holder })
        #expect(ground.areaKm2.bitPattern == known.areaKm2.bitPattern)
        #expect(ground.partCount == known.parts)
    }

    /// Four squares in a ring around a fifth, and two squares touching the block at a corner
    /// only: the merge of the ring is one polygon with a hole, and adding the corner squares
    /// gives a multipolygon whose parts touch at points, as GEOS's union has it.
    @Test func aHoleAndAMultipolygon() throws {
        let squares: [[Coordinate]] = [
            box(0, 0, 3, 1), box(0, 2, 3, 3), box(0, 1, 1, 2), box(2, 1, 3, 2),  // the ring
            box(1, 1, 2, 2),  // the middle
            box(3, 3, 4, 4), box(-1, -1, 0, 0),  // corner squares
        ]
        // Split the long squares at x = 1 and 2 so that borders are shared vertex for vertex.
        let faces = squares.map { ring -> Polygon in
            var noded: [Coordinate] = []
            for (a, b) in zip(ring, ring.dropFirst()) {
                noded.append(a)
                if a.y == b.y && abs(a.x - b.x) == 3 && (a.y == 1 || a.y == 2) {
                    let step = (b.x - a.x) / 3
                    noded += [point(a.x + step, a.y), point(a.x + 2 * step, a.y)]
                }
            }
            return Polygon(exterior: noded + [noded[0]])
        }
        let topology = ArcTopology(faces: faces)
        #expect(topology.conflicts == 0)
        let geometries = try faces.map { try Geometry(.polygon($0)) }

        let ring = try #require(topology.merge(faces: [3, 0, 1, 2]))
        guard case .polygon(let donut) = ring else {
            Issue.record("the ring is \(ring)")
            return
        }
        #expect(donut.holes.count == 1 && Set(donut.holes[0]) == Set(box(1, 1, 2, 2)))
        try expectSameAsGEOS(ring, faces: Array(geometries[0..<4]), "ring")

        let all = try #require(topology.merge(faces: 0..<7))
        #expect(all.polygonParts.count == 3 && all.polygonParts.allSatisfy(\.holes.isEmpty))
        #expect(all.polygonParts[0].exterior.count == 9, "the 3×3 block first (largest), its 8 vertices")
        try expectSameAsGEOS(all, faces: geometries, "all")

        let pierced = try #require(topology.merge(faces: [0, 1, 2, 3, 5, 6]))
        #expect(pierced.polygonParts.count == 3 && pierced.polygonParts[0].holes.count == 1)
        try expectSameAsGEOS(pierced, faces: [0, 1, 2, 3, 5, 6].map { geometries[$0] }, "ring and corners")

        // Merging is order-blind: the same set in another order gives the same shape.
        #expect(topology.merge(faces: [6, 5, 3, 2, 1, 0]) == pierced)
        #expect(topology.merge(faces: []) == .multiPolygon([]))
    }

    /// A 5×5 grid of unit squares and a large square apart: the grid's outer frame with its
    /// centre square is a frame with a hole and an island in it, and the hole belongs to the frame,
    /// not to the larger square listed first nor to the island; two squares meeting at a corner
    /// stay two polygons.
    @Test func holesGoToTheSmallestShellAroundThem() throws {
        let grid = (0..<25).map { index -> Polygon in
            let (x, y) = (Double(index % 5), Double(index / 5))
            return Polygon(exterior: box(x, y, x + 1, y + 1))
        }
        let faces: [Polygon] = grid + [Polygon(exterior: box(10, 0, 20, 10))]
        let topology = ArcTopology(faces: faces)
        #expect(topology.conflicts == 0)
        let geometries = try faces.map { try Geometry(.polygon($0)) }
        let frame = (0..<25).filter { [0, 4].contains($0 % 5) || [0, 4].contains($0 / 5) }
        let members = frame + [12, 25]
        let merged = try #require(topology.merge(faces: members))
        let parts = merged.polygonParts
        #expect(parts.count == 3)
        #expect(parts.map { $0.holes.count } == [0, 1, 0], "the large square, the frame with its hole, the island")
        try expectSameAsGEOS(merged, faces: members.map { geometries[$0] }, "frame, island, square")

        let corners = try #require(topology.merge(faces: [0, 6]))
        #expect(corners.polygonParts.count == 2)
        try expectSameAsGEOS(corners, faces: [geometries[0], geometries[6]], "squares meeting at a corner")

        // Four squares around the centre one, each meeting the next at a corner: four polygons.
        // Chained the wrong way at those corners, their borders would make one outline with the
        // centre as a hole touching it at four points, which is not a valid polygon.
        let diamond = [1, 5, 7, 11]
        let around = try #require(topology.merge(faces: diamond))
        #expect(around.polygonParts.count == 4 && around.polygonParts.allSatisfy(\.holes.isEmpty))
        try expectSameAsGEOS(around, faces: diamond.map { geometries[$0] }, "four squares meeting at corners")
    }

    /// A hole that touches its shell at one vertex: the walk passes that vertex twice and is
    /// split there into a shell and a hole (one ring touching itself would be invalid).
    @Test func aHoleTouchingItsShellAtAPoint() throws {
        // A 4×4 square cut into a triangle (0,2)-(2,1)-(2,3) and the rest, a square with a notch.
        let triangle = Polygon(exterior: [point(0, 2), point(2, 1), point(2, 3), point(0, 2)])
        let rest = Polygon(exterior: [
            point(0, 0), point(4, 0), point(4, 4), point(0, 4), point(0, 2), point(2, 3), point(2, 1), point(0, 2),
            point(0, 0),
        ])
        let topology = ArcTopology(faces: [rest, triangle])
        #expect(topology.conflicts == 0)
        // `rest` alone is not a valid GEOS polygon (its ring touches itself), so build the oracle
        // as the square minus the triangle.
        let merged = try #require(topology.merge(faces: [0]))
        guard case .polygon(let polygon) = merged else {
            Issue.record("merged into \(merged)")
            return
        }
        #expect(polygon.holes.count == 1 && Set(polygon.holes[0]) == Set(triangle.exterior))
        let square = try Geometry(.polygon(Polygon(exterior: box(0, 0, 4, 4))))
        let expected = try square.difference(try Geometry(.polygon(triangle)))
        let geometry = try Geometry(merged)
        #expect(geometry.isValid, "\(geometry.validity().reason ?? "")")
        #expect(try geometry.symmetricDifference(expected).area <= 1e-12)
        let whole = topology.merge(faces: [0, 1]).map { Set($0.polygonParts[0].exterior) }
        #expect(whole == Set(box(0, 0, 4, 4) + [point(0, 2)]))
    }
}
