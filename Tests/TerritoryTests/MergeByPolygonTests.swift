import Testing

@testable import Territory

/// The faces in each polygon of a merge as the arcs place them (`ArcTopology.mergeByPolygon`),
/// against GEOS: a point inside each face (`pointOnSurface`) tested with `covers` against each
/// polygon, which is how the period exports placed their units before.
@Suite struct MergeByPolygonTests {
    private func point(_ x: Double, _ y: Double) -> Coordinate { Coordinate(x: x, y: y) }

    /// A closed axis-aligned rectangle, counter-clockwise.
    private func box(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [Coordinate] {
        [point(x0, y0), point(x1, y0), point(x1, y1), point(x0, y1), point(x0, y0)]
    }

    /// Every face of `members` lies in exactly one polygon of `merge`, the one GEOS finds covering
    /// a point inside it, and `merge.shape` is `merge(faces:)`'s shape to the last bit. `faces`
    /// holds the faces' GEOS geometries by face index.
    private func expectPlacedAsGEOS(
        _ merge: ArcTopology.Merge, members: [Int], topology: ArcTopology, faces: [Geometry], _ label: String
    ) throws {
        #expect(topology.merge(faces: members) == merge.shape, "\(label): the same shape as merge(faces:)")
        let parts = merge.shape.polygonParts
        #expect(merge.facesByPolygon.count == parts.count, "\(label): one face list per polygon")
        #expect(merge.facesByPolygon.allSatisfy { !$0.isEmpty }, "\(label): no polygon without faces")
        #expect(
            merge.facesByPolygon.flatMap { $0 }.sorted() == Array(Set(members)).sorted(), "\(label): each face once")
        let prepared = try parts.map { PreparedGeometry(try Geometry(.polygon($0))) }
        for (polygon, placed) in merge.facesByPolygon.enumerated() {
            for face in placed {
                guard case .point(let inside) = try faces[face].pointOnSurface().shape else {
                    Issue.record("\(label): face \(face) has no interior point")
                    continue
                }
                // An interior point of a face is inside one polygon: polygons meet only at points.
                let covering = try prepared.indices.filter { try prepared[$0].covers(inside) }
                #expect(covering == [polygon], "\(label): face \(face) placed in \(polygon), GEOS says \(covering)")
            }
        }
    }

    /// Whether every arc around `face` has faces of `members` on both sides (none of its arcs is
    /// on the border of their merge).
    private func isInterior(_ face: Int, of members: Set<Int>, _ topology: ArcTopology) -> Bool {
        topology.faceArcs[topology.faceOffsets[face]..<topology.faceOffsets[face + 1]].allSatisfy { arc in
            [topology.left[Int(arc)], topology.right[Int(arc)]].allSatisfy { $0 >= 0 && members.contains(Int($0)) }
        }
    }

    /// Every ground `periodGrounds` cuts into pieces (one per (de facto, de jure) pair and period
    /// of the embedded dataset): the faces the merge places in each piece are those GEOS finds
    /// in it.
    @Test func everyPeriodGroundPlacesItsFacesAsGEOSDoes() throws {
        let atlas = try Atlas.embedded()
        let topology = atlas.dataset.overlay.arcs
        var checked: Set<[Int]> = []
        var (split, interior) = (0, 0)
        for period in atlas.periods() {
            let day = period.from ?? atlas.dataset.info.range.from!
            var groups: [[Int32]: [Int]] = [:]
            for atom in 0..<atlas.dataset.atomCount {
                let pair = [
                    atlas.holder(of: atom, on: day, layer: .deFacto), atlas.holder(of: atom, on: day, layer: .deJure),
                ]
                if pair != [-1, -1] { groups[pair, default: []].append(atom) }
            }
            for atoms in groups.values where checked.insert(atoms).inserted {
                let members = atoms.flatMap { atlas.atomFaces[$0] }
                let memberSet = Set(members)
                let merged = topology.mergeByPolygon(faces: members)
                let merge = try #require(merged, "\(day) \(atoms)")
                split += merge.facesByPolygon.count > 1 ? 1 : 0
                interior += members.filter { isInterior($0, of: memberSet, topology) }.count
                try expectPlacedAsGEOS(merge, members: members, topology: topology, faces: atlas.faces, "\(day)")
            }
        }
        #expect(checked.count > 100, "distinct grounds checked: \(checked.count)")
        // The cases the arcs alone could get wrong occur in the data: grounds in several
        // polygons, and faces with no border arc (placed through their neighbours).
        #expect(split > 0 && interior > 0, "\(split) grounds in several polygons, \(interior) faces with no border arc")
    }

    /// A 5×5 grid of unit squares and a large square apart: the centre square, with no border arc
    /// when the whole grid is merged, goes with its neighbours; with the centre left out, the
    /// squares around the hole (whose only border arcs are on the hole) go to the grid; a frame
    /// with an island in its hole is three polygons; squares meeting at corners are one each.
    @Test func interiorFacesHolesAndCornersOnAGrid() throws {
        let grid = (0..<25).map { index -> Polygon in
            let (x, y) = (Double(index % 5), Double(index / 5))
            return Polygon(exterior: box(x, y, x + 1, y + 1))
        }
        let polygons = grid + [Polygon(exterior: box(10, 0, 20, 10))]
        let topology = ArcTopology(faces: polygons)
        #expect(topology.conflicts == 0)
        let faces = try polygons.map { try Geometry(.polygon($0)) }
        let frame = (0..<25).filter { [0, 4].contains($0 % 5) || [0, 4].contains($0 / 5) }
        let pierced = (0..<25).filter { $0 != 12 }
        let cases: [(label: String, members: [Int], expected: [[Int]])] = [
            ("whole grid and square", Array(0..<26), [[25], Array(0..<25)]),
            ("grid with a hole", pierced + [25], [[25], pierced]),
            ("frame, island, square", [12] + frame + [25], [[25], frame, [12]]),
            ("squares meeting at a corner", [6, 0], [[6], [0]]),
            ("four squares around the centre", [1, 5, 7, 11], [[1], [5], [7], [11]]),
            ("nothing", [], []),
        ]
        for (label, members, expected) in cases {
            // The first face twice: repeats are allowed and change nothing.
            let merged = topology.mergeByPolygon(faces: members + members.prefix(1))
            let merge = try #require(merged, "\(label)")
            // As sets of lists: the polygons come in the shape's order (equal squares by their
            // lowest arc), which the GEOS check below holds the lists to.
            #expect(Set(merge.facesByPolygon) == Set(expected), "\(label): \(merge.facesByPolygon)")
            try expectPlacedAsGEOS(merge, members: members, topology: topology, faces: faces, label)
        }
    }
}
