import Foundation

extension ArcTopology {
    /// The union of `faces` (face indices, in any order, repeats allowed), merged from the arcs as
    /// TopoJSON's merge does it, with no overlay: its border is the arcs with one of `faces` on
    /// exactly one side, each run with the ground on its left, chained end to end into rings.
    /// Counter-clockwise rings are shells, clockwise ones holes, each hole in the smallest shell
    /// around it. Every vertex is one of the faces', so two merges meet without slivers.
    ///
    /// The result is valid and in GeoJSON's orientation (shells counter-clockwise, holes
    /// clockwise); polygons and holes come largest first (planar area, then lowest arc), each ring
    /// from the start of its lowest arc, so equal sets give equal shapes. One polygon is a
    /// `.polygon`, several (or none) a `.multiPolygon`. `nil` when the arcs do not close into rings,
    /// which a compiled overlay rules out.
    func merge(faces: some Sequence<Int>) -> Shape? {
        merged(faces, placing: false)?.shape
    }

    /// A merge with the faces each of its polygons holds.
    struct Merge {
        /// The merge, as `merge(faces:)` gives it.
        var shape: Shape
        /// For each polygon of `shape`, in `shape.polygonParts` order, the faces merged into it
        /// (each given face once, in the order first given).
        var facesByPolygon: [[Int]]
    }

    /// `merge(faces:)` with the faces in each polygon, read off the arcs rather than tested
    /// against the polygons: two faces sharing an arc lie in one polygon (two meeting only at a
    /// node may not), so each group of faces joined through shared arcs lies in one polygon, and
    /// the group's border arcs run on that polygon's rings (its shell or its holes). That places
    /// the faces with no border arc of their own too. `nil` when the arcs do not close into
    /// rings, or when one group's border runs on rings of two polygons (rings nested wrongly); a
    /// compiled overlay rules out both.
    func mergeByPolygon(faces: some Sequence<Int>) -> Merge? {
        merged(faces, placing: true)
    }

    /// The merge of `faces`, and with `placing` the faces of each polygon (else none).
    private func merged(_ faces: some Sequence<Int>, placing: Bool) -> Merge? {
        var inside = [Bool](repeating: false, count: faceCount)
        var members: [Int] = []
        for face in faces where !inside[face] {
            inside[face] = true
            members.append(face)
        }
        // The border, each arc once (from the member face on its inner side), run with the ground on its left.
        var border: [Int] = []
        for face in members {
            for arc in faceArcs[faceOffsets[face]..<faceOffsets[face + 1]].lazy.map(Int.init) {
                let (l, r) = (Int(left[arc]), Int(right[arc]))
                let onLeft = l >= 0 && inside[l]
                guard onLeft != (r >= 0 && inside[r]), face == (onLeft ? l : r) else { continue }
                border.append(onLeft ? arc : ~arc)
            }
        }
        border.sort { ($0 >= 0 ? $0 : ~$0) < ($1 >= 0 ? $1 : ~$1) }
        guard let loops = loops(of: border), let nested = nest(loops.map { ring(of: $0) }) else { return nil }
        let polygons = nested.polygons
        let shape: Shape = polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
        guard placing else { return Merge(shape: shape, facesByPolygon: []) }
        guard
            let placed = place(
                members, inside: inside, loops: loops, polygonOfLoop: nested.polygonOfRing,
                polygonCount: polygons.count)
        else { return nil }
        return Merge(shape: shape, facesByPolygon: placed)
    }

    /// The faces of each polygon: `members` grouped by the arcs they share (a union-find), each
    /// group placed in the polygon of the rings its border arcs run on (the loops, with the
    /// polygon each went to); `nil` if a group's border runs on rings of two polygons.
    private func place(
        _ members: [Int], inside: [Bool], loops: [[Int]], polygonOfLoop: [Int], polygonCount: Int
    ) -> [[Int]]? {
        var parent = [Int](repeating: -1, count: faceCount)
        for face in members { parent[face] = face }
        func root(_ face: Int) -> Int {
            var face = face
            while parent[face] != face {
                parent[face] = parent[parent[face]]
                face = parent[face]
            }
            return face
        }
        for face in members {
            for arc in faceArcs[faceOffsets[face]..<faceOffsets[face + 1]].lazy.map(Int.init) {
                let (l, r) = (Int(left[arc]), Int(right[arc]))
                guard l >= 0, r >= 0, inside[l], inside[r] else { continue }
                let (a, b) = (root(l), root(r))
                if a != b { parent[a] = b }
            }
        }
        // By group (its root face): the polygon its border runs on, -1 until found. A border arc
        // is run with its member face on the left.
        var polygonOfRoot = [Int](repeating: -1, count: faceCount)
        for (loop, references) in loops.enumerated() where polygonOfLoop[loop] >= 0 {
            let polygon = polygonOfLoop[loop]
            for reference in references {
                let group = root(reference >= 0 ? Int(left[reference]) : Int(right[~reference]))
                guard polygonOfRoot[group] < 0 || polygonOfRoot[group] == polygon else { return nil }
                polygonOfRoot[group] = polygon
            }
        }
        var faces = [[Int]](repeating: [], count: polygonCount)
        for face in members {
            // Every group has a border (its ground is bounded), so a polygon, unless that border
            // is a ring of no area (which the shape leaves out).
            let polygon = polygonOfRoot[root(face)]
            guard polygon >= 0 else { return nil }
            faces[polygon].append(face)
        }
        return faces
    }

    /// The node reference `reference` starts at, as run.
    private func start(_ reference: Int) -> Int32 { reference >= 0 ? startNode[reference] : endNode[~reference] }
    private func end(_ reference: Int) -> Int32 { reference >= 0 ? endNode[reference] : startNode[~reference] }

    /// Vertex `offset` (negative: from the end) of `reference` as run.
    private func vertex(_ reference: Int, _ offset: Int) -> Coordinate {
        let (first, last) =
            reference >= 0
            ? (offsets[reference], offsets[reference + 1]) : (offsets[~reference], offsets[~reference + 1])
        let step = offset >= 0 ? offset : last - first + offset
        return reference >= 0 ? points[first + step] : points[last - 1 - step]
    }

    /// The border chained into simple closed loops (of references into `border`): each arc is
    /// followed by the border arc leaving its end node, and where several leave one node, by the
    /// one on the same side of the ground (the first clockwise from the way back), so loops touch
    /// without crossing; a walk through one node twice is split there, so no loop touches itself.
    private func loops(of border: [Int]) -> [[Int]]? {
        var firstLeaving: [Int32: Int] = [:]
        var nextLeaving = [Int](repeating: -1, count: border.count)
        for index in border.indices.reversed() {
            let node = start(border[index])
            nextLeaving[index] = firstLeaving[node] ?? -1
            firstLeaving[node] = index
        }
        var used = [Bool](repeating: false, count: border.count)
        var loops: [[Int]] = []
        for first in border.indices where !used[first] {
            var walk: [Int] = []
            var current = first
            var shared = false
            repeat {
                guard !used[current], let leaving = firstLeaving[end(border[current])] else { return nil }
                used[current] = true
                walk.append(border[current])
                if nextLeaving[leaving] < 0 {
                    current = leaving
                } else {
                    shared = true
                    current = turn(from: border[current], leaving: leaving, next: nextLeaving, border: border)
                }
            } while current != first
            if shared { split(walk, into: &loops) } else { loops.append(walk) }
        }
        return loops
    }

    /// Of the border arcs leaving `reference`'s end (`leaving`, chained by `next`), the first
    /// clockwise from the direction back along `reference`: the other side of the same wedge of ground.
    private func turn(from reference: Int, leaving: Int, next: [Int], border: [Int]) -> Int {
        let node = vertex(reference, -1)
        let back = vertex(reference, -2)
        let backAngle = atan2(back.y - node.y, back.x - node.x)
        var best = (angle: Double.infinity, index: leaving)
        var candidate = leaving
        while candidate >= 0 {
            let ahead = vertex(border[candidate], 1)
            var clockwise = backAngle - atan2(ahead.y - node.y, ahead.x - node.x)
            if clockwise <= 0 { clockwise += 2 * .pi }
            if clockwise < best.angle { best = (clockwise, candidate) }
            candidate = next[candidate]
        }
        return best.index
    }

    /// Splits a closed walk at the nodes it passes twice into simple loops.
    private func split(_ walk: [Int], into loops: inout [[Int]]) {
        var stack: [Int] = []
        var position: [Int32: Int] = [:]
        for reference in walk + [walk[0]] {
            let node = start(reference)
            if let at = position[node] {
                loops.append(Array(stack[at...]))
                for dropped in stack[at...] { position[start(dropped)] = nil }
                stack.removeSubrange(at...)
            }
            position[node] = stack.count
            stack.append(reference)
        }
    }

    /// A loop's vertices from the start of its lowest arc, closed, with its signed area and bounds.
    private func ring(of loop: [Int]) -> Ring {
        let lowest = loop.indices.min { index, other in
            (loop[index] >= 0 ? loop[index] : ~loop[index]) < (loop[other] >= 0 ? loop[other] : ~loop[other])
        }!
        var points: [Coordinate] = []
        for reference in loop[lowest...] + loop[..<lowest] {
            let arc = arc(reference >= 0 ? reference : ~reference)
            let skip = points.isEmpty ? 0 : 1
            if reference >= 0 {
                points.append(contentsOf: arc.dropFirst(skip))
            } else {
                points.append(contentsOf: arc.reversed().dropFirst(skip))
            }
        }
        let lowestArc = loop[lowest] >= 0 ? loop[lowest] : ~loop[lowest]
        return Ring(
            points: points, doubleArea: PlanarRing.doubleSignedArea(points), lowestArc: lowestArc,
            box: box(points))
    }

    private func box(_ points: [Coordinate]) -> (Double, Double, Double, Double) {
        var box = (Double.infinity, Double.infinity, -Double.infinity, -Double.infinity)
        for point in points {
            box = (min(box.0, point.x), min(box.1, point.y), max(box.2, point.x), max(box.3, point.y))
        }
        return box
    }

    /// Shells and holes nested into polygons, with the polygon each ring went to (by index in
    /// `rings`); `nil` if a hole lies in no shell.
    private func nest(_ rings: [Ring]) -> (polygons: [Polygon], polygonOfRing: [Int])? {
        let order = { (a: Ring, b: Ring) in (abs(a.doubleArea), b.lowestArc) > (abs(b.doubleArea), a.lowestArc) }
        let shells = rings.indices.filter { rings[$0].doubleArea > 0 }.sorted { order(rings[$0], rings[$1]) }
        let holes = rings.indices.filter { rings[$0].doubleArea < 0 }.sorted { order(rings[$0], rings[$1]) }
        var polygons = shells.map { Polygon(exterior: rings[$0].points) }
        var polygonOfRing = [Int](repeating: -1, count: rings.count)
        for (polygon, shell) in shells.enumerated() { polygonOfRing[shell] = polygon }
        for hole in holes {
            // The smallest shell around the hole: shells come largest first, so the last that holds it.
            let probe = rings[hole].probe
            let shell =
                shells.count == 1
                ? 0
                : shells.indices.last {
                    rings[shells[$0]].boxContains(probe) && PlanarRing.contains(rings[shells[$0]].points, probe)
                }
            guard let shell else { return nil }
            polygons[shell].holes.append(rings[hole].points)
            polygonOfRing[hole] = shell
        }
        return (polygons, polygonOfRing)
    }

    private struct Ring {
        var points: [Coordinate]
        var doubleArea: Double
        var lowestArc: Int
        /// minX, minY, maxX, maxY.
        var box: (Double, Double, Double, Double)

        /// Whether `point` lies in the ring's bounds (a cheap test before the point-in-ring one).
        func boxContains(_ point: Coordinate) -> Bool {
            (box.0...box.2).contains(point.x) && (box.1...box.3).contains(point.y)
        }

        /// A point of the ring off every other ring: the middle of its first segment (rings meet
        /// only at nodes, and the vertices of a merge are all nodes or inner vertices of one arc).
        var probe: Coordinate {
            Coordinate(x: (points[0].x + points[1].x) / 2, y: (points[0].y + points[1].y) / 2)
        }
    }
}
