/// The TopoJSON export's arcs: those of the overlay's faces (`ArcTopology`, each stretch of border
/// between two junctions stored once, however many faces and exported polygons it bounds), then the
/// corridors' lines and any ring that is not a chain of them.
///
/// A polygon merged from faces (`ArcTopology.merge(faces:)`) is made of the faces' arcs, so each of
/// its rings is a chain of whole arcs; `references(of:)` finds that chain. An arc is referred to as `i`
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

    /// The arcs of a compiled topology, ready to match rings against.
    init(topology: ArcTopology) {
        for index in 0..<topology.arcCount { add(Array(topology.arc(index)), matchable: true) }
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
    /// so possibly rotated). A ring that is not a chain of the faces' arcs (none of a merge's are)
    /// becomes an arc of its own.
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
        ArcTable(topology: dataset.overlay.arcs)
    }
}
