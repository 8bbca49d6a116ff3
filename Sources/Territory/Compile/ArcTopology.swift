/// The borders of the overlay's faces cut into arcs the way TopoJSON does it: each stretch of
/// border between two junctions (vertices where the faces on either side change) is stored once,
/// with the face on either side of it. Compiled once per dataset; a holder's ground is merged from
/// it (`merge(faces:)`) and the TopoJSON export writes its arcs (`ArcTable`).
///
/// Faces are numbered as the overlay lists them: atom by atom, each atom's faces in order. An arc
/// is referred to as `i` (as stored) or `~i` (reversed), as in TopoJSON. Plain arrays only, so the
/// value is `Sendable` and costs nothing to share.
struct ArcTopology: Sendable, Equatable {
    /// Every arc's vertices (raw lon/lat), one arc after another.
    let points: [Coordinate]
    /// Arc `i` is `points[offsets[i]..<offsets[i + 1]]`: two or more vertices; a closed arc (a
    /// ring that meets no other) starts and ends at its least vertex.
    let offsets: [Int]
    /// The face on the left of each arc as stored, or -1 where there is none (outside the ground).
    let left: [Int32]
    /// The face on the right of each arc as stored, or -1.
    let right: [Int32]
    /// The node (an arc end point, numbered in order found) each arc starts and ends at.
    let startNode: [Int32]
    let endNode: [Int32]
    /// The arcs around face `f` are `faceArcs[faceOffsets[f]..<faceOffsets[f + 1]]`, ascending.
    let faceOffsets: [Int]
    let faceArcs: [Int32]
    /// Arc runs that did not fit a two-sided border: a face running an arc the same way as the face
    /// already on that side, or a third face on an arc. 0 for a well-noded overlay (checked when
    /// compiling); merges trust the sides as found.
    let conflicts: Int

    var arcCount: Int { left.count }
    var faceCount: Int { faceOffsets.count - 1 }

    /// The vertices of arc `index`, as stored.
    func arc(_ index: Int) -> ArraySlice<Coordinate> { points[offsets[index]..<offsets[index + 1]] }

    /// The arcs of `faces` (each a face of the overlay, in face order).
    init(faces: [Polygon]) {
        var builder = Builder(rings: faces.flatMap { [$0.exterior] + $0.holes })
        var faceOffsets = [0]
        var faceArcs: [Int32] = []
        for (index, face) in faces.enumerated() {
            var arcs: [Int32] = []
            for (ringIndex, ring) in ([face.exterior] + face.holes).enumerated() {
                // A face lies left of an exterior run counter-clockwise, and of a hole run clockwise.
                let counterClockwise = PlanarRing.doubleSignedArea(ring) > 0
                let side = Int32(index)
                for piece in builder.cut(ring) {
                    arcs.append(Int32(builder.add(piece, face: side, onLeft: counterClockwise == (ringIndex == 0))))
                }
            }
            faceArcs += Set(arcs).sorted()
            faceOffsets.append(faceArcs.count)
        }
        // The stored initialiser's checks hold for arcs built here (a failure is a bug in `Builder`).
        self.init(
            points: builder.points, offsets: builder.offsets, left: builder.left, right: builder.right,
            startNode: builder.startNode, endNode: builder.endNode, faceOffsets: faceOffsets, faceArcs: faceArcs,
            conflicts: builder.conflicts)!
    }

    /// A topology as stored in `overlay.bin` (see `OverlayCache`); `nil` when the arrays disagree.
    init?(
        points: [Coordinate], offsets: [Int], left: [Int32], right: [Int32], startNode: [Int32], endNode: [Int32],
        faceOffsets: [Int], faceArcs: [Int32], conflicts: Int
    ) {
        let arcs = left.count
        let nodes = Int32(clamping: 2 * arcs)
        guard offsets.count == arcs + 1, offsets.first == 0, offsets.last == points.count,
            zip(offsets, offsets.dropFirst()).allSatisfy({ $1 - $0 >= 2 }),
            right.count == arcs, startNode.count == arcs, endNode.count == arcs,
            (startNode + endNode).allSatisfy({ (0..<nodes).contains($0) }),
            faceOffsets.first == 0, faceOffsets.last == faceArcs.count,
            zip(faceOffsets, faceOffsets.dropFirst()).allSatisfy({ $0 <= $1 }),
            faceArcs.allSatisfy({ (0..<Int32(arcs)).contains($0) }),
            (left + right).allSatisfy({ (-1..<Int32(faceOffsets.count - 1)).contains($0) })
        else { return nil }
        self.points = points
        self.offsets = offsets
        self.left = left
        self.right = right
        self.startNode = startNode
        self.endNode = endNode
        self.faceOffsets = faceOffsets
        self.faceArcs = faceArcs
        self.conflicts = conflicts
    }

    /// Collects arcs while the faces' rings are cut.
    private struct Builder {
        var points: [Coordinate] = []
        var offsets = [0]
        var left: [Int32] = []
        var right: [Int32] = []
        var startNode: [Int32] = []
        var endNode: [Int32] = []
        var conflicts = 0
        private var nodes: [Coordinate: Int32] = [:]
        /// Arc indices by their first two vertices, to find an arc again whichever way it is run.
        private var byStart: [Pair: [Int]] = [:]
        private let junctions: Set<Coordinate>

        private struct Pair: Hashable {
            var first: Coordinate
            var second: Coordinate
        }

        init(rings: [[Coordinate]]) {
            junctions = Self.junctions(of: rings)
        }

        /// The vertices where a ring's neighbours differ from another visit's: TopoJSON's junctions.
        /// A vertex inside a shared border is visited by its two faces with the same two neighbours
        /// (in either order); one where three faces meet, or where a border leaves the outline, is not.
        private static func junctions(of rings: [[Coordinate]]) -> Set<Coordinate> {
            var neighbours: [Coordinate: (Coordinate, Coordinate)] = [:]
            var junctions: Set<Coordinate> = []
            for ring in rings where ring.count >= 4 {
                let count = ring.count - 1
                for index in 0..<count {
                    let previous = ring[(index + count - 1) % count]
                    let next = ring[index + 1]
                    if let seen = neighbours[ring[index]] {
                        if !(seen == (previous, next) || seen == (next, previous)) { junctions.insert(ring[index]) }
                    } else {
                        neighbours[ring[index]] = (previous, next)
                    }
                }
            }
            return junctions
        }

        /// A closed ring cut at its junctions; a ring with none is one closed arc from its least vertex.
        func cut(_ ring: [Coordinate]) -> [ArraySlice<Coordinate>] {
            guard ring.count >= 4 else { return [] }
            let points = ring.dropLast()
            let cuts = points.indices.filter { junctions.contains(points[$0]) }
            guard let first = cuts.first else {
                let start = points.indices.min { (points[$0].x, points[$0].y) < (points[$1].x, points[$1].y) }!
                let rotated = Array(points[start...] + points[..<start])
                return [(rotated + [rotated[0]])[...]]
            }
            let rotated = Array(points[first...] + points[..<first]) + [points[first]]
            let offsets = cuts.map { $0 - first } + [points.count]
            return zip(offsets, offsets.dropFirst()).map { rotated[$0...$1] }
        }

        /// Stores `arc` unless it (or its reverse) is stored, with `face` on the side it runs on;
        /// returns the arc's index.
        mutating func add(_ arc: ArraySlice<Coordinate>, face: Int32, onLeft: Bool) -> Int {
            let count = arc.count
            let forward = Pair(first: arc[arc.startIndex], second: arc[arc.startIndex + 1])
            let backward = Pair(first: arc[arc.endIndex - 1], second: arc[arc.endIndex - 2])
            for index in byStart[forward] ?? [] where offsets[index + 1] - offsets[index] == count {
                if points[offsets[index]..<offsets[index + 1]].elementsEqual(arc) {
                    claim(index, face: face, left: onLeft)
                    return index
                }
            }
            for index in byStart[backward] ?? [] where offsets[index + 1] - offsets[index] == count {
                if points[offsets[index]..<offsets[index + 1]].elementsEqual(arc.reversed()) {
                    claim(index, face: face, left: !onLeft)
                    return index
                }
            }
            let index = left.count
            points += arc
            offsets.append(points.count)
            left.append(onLeft ? face : -1)
            right.append(onLeft ? -1 : face)
            startNode.append(node(arc[arc.startIndex]))
            endNode.append(node(arc[arc.endIndex - 1]))
            byStart[forward, default: []].append(index)
            return index
        }

        /// Puts `face` on one side of a stored arc; a side already taken is a conflict.
        private mutating func claim(_ index: Int, face: Int32, left onLeft: Bool) {
            if onLeft, left[index] < 0 {
                left[index] = face
            } else if !onLeft, right[index] < 0 {
                right[index] = face
            } else {
                conflicts += 1
            }
        }

        private mutating func node(_ point: Coordinate) -> Int32 {
            if let known = nodes[point] { return known }
            let index = Int32(nodes.count)
            nodes[point] = index
            return index
        }
    }
}
