/// The borders of the overlay's faces cut into arcs the way TopoJSON does it: each stretch of
/// border between two junctions (vertices where the faces on either side change) is stored once,
/// however many faces and exported polygons it bounds.
///
/// A polygon dissolved from faces (a coverage union) keeps the faces' vertices, so each of its
/// rings is a chain of whole arcs; `references(of:)` finds that chain. An arc is referred to as `i`
/// (forwards) or `~i` (reversed), as in TopoJSON.
package struct ArcTable {
    /// The arcs, raw lon/lat, each of two or more vertices; a closed arc (a ring that meets no
    /// other) starts and ends at its least vertex.
    package private(set) var arcs: [[Coordinate]] = []
    /// Rings `references(of:)` could not build from the faces' arcs, added as arcs of their own.
    private(set) var unmatchedRings = 0
    /// Arc references (see the type) by the vertex they start at, for the arcs rings are made of.
    private var starting: [Coordinate: [Int]] = [:]
    /// Arc index by its vertices, to store each arc once whichever way it is found.
    private var indexOf: [[Coordinate]: Int] = [:]
    private let junctions: Set<Coordinate>

    /// The arcs of `faces`' rings (closed, first vertex repeated last).
    package init(faces: [[Coordinate]]) {
        junctions = Self.junctions(of: faces)
        for ring in faces {
            for arc in cut(ring) { add(arc, matchable: true) }
        }
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
    private func cut(_ ring: [Coordinate]) -> [[Coordinate]] {
        guard ring.count >= 4 else { return [] }
        let points = Array(ring.dropLast())
        let cuts = points.indices.filter { junctions.contains(points[$0]) }
        guard let first = cuts.first else {
            let start = points.indices.min { (points[$0].x, points[$0].y) < (points[$1].x, points[$1].y) }!
            let rotated = Array(points[start...] + points[..<start])
            return [rotated + [rotated[0]]]
        }
        let rotated = Array(points[first...] + points[..<first]) + [points[first]]
        let offsets = cuts.map { $0 - first } + [points.count]
        return zip(offsets, offsets.dropFirst()).map { Array(rotated[$0...$1]) }
    }

    /// Stores `arc` unless it (or its reverse) is stored; returns its reference.
    @discardableResult
    private mutating func add(_ arc: [Coordinate], matchable: Bool) -> Int {
        if let index = indexOf[arc] { return index }
        if let index = indexOf[arc.reversed()] { return ~index }
        let index = arcs.count
        arcs.append(arc)
        indexOf[arc] = index
        if matchable {
            starting[arc[0], default: []].append(index)
            starting[arc[arc.count - 1], default: []].append(~index)
        }
        return index
    }

    /// Vertex `offset` of the arc `reference` as it runs in that direction.
    func vertex(_ reference: Int, _ offset: Int) -> Coordinate {
        reference >= 0 ? arcs[reference][offset] : arcs[~reference][arcs[~reference].count - 1 - offset]
    }

    /// The references of the arcs a closed ring is made of, in its direction (from a junction,
    /// so possibly rotated). A ring that is not a chain of the faces' arcs (a face merged from
    /// slivers may need a full union, which can add vertices) becomes an arc of its own.
    package mutating func references(of ring: [Coordinate]) -> [Int] {
        if let chain = chain(ring) { return chain }
        unmatchedRings += 1
        return [add(ring, matchable: false)]
    }

    /// A line's arc (stored once however many periods repeat it).
    package mutating func reference(ofLine line: [Coordinate]) -> Int {
        add(line, matchable: false)
    }

    private func chain(_ ring: [Coordinate]) -> [Int]? {
        let points = Array(ring.dropLast())
        let count = points.count
        guard count >= 3, let start = points.firstIndex(where: { starting[$0] != nil }) else { return nil }
        var references: [Int] = []
        var done = 0
        while done < count {
            let next = starting[points[(start + done) % count]]?.first { reference in
                let length = (reference >= 0 ? arcs[reference] : arcs[~reference]).count - 1
                return done + length <= count
                    && (1...length).allSatisfy { vertex(reference, $0) == points[(start + done + $0) % count] }
            }
            guard let next else { return nil }
            references.append(next)
            done += (next >= 0 ? arcs[next] : arcs[~next]).count - 1
        }
        return references
    }
}

extension Atlas {
    /// The arcs of the compiled faces' rings, for TopoJSON.
    package func faceArcs() -> ArcTable {
        ArcTable(faces: dataset.overlay.atoms.flatMap(\.faces).flatMap { [$0.exterior] + $0.holes })
    }
}
