import SwiftGEOS

/// Finds the atom under a position without GEOS: a uniform grid over the atoms' faces, compiled
/// once, immutable and so `Sendable` (one instance serves every worker thread).
///
/// Each cell keeps a reference point whose atom is known and the face edges that touch the cell. A
/// position's atom is the reference's, toggled by every edge the segment from the reference to the
/// position crosses: crossing the boundary of an atom's face enters or leaves that atom. The
/// segment lies inside the (convex) cell, so only the cell's edges can cross it. Edges shared by two
/// faces of one atom toggle it twice, which cancels. References are found by the same walk, along
/// each row of cells from a point left of every face, so building costs one pass over the cells.
///
/// Ties: a vertex lying exactly on the segment counts on one side only (the half-open rule), so
/// a segment through a vertex crosses the ring the right number of times. A position exactly on an
/// edge belongs to one of the atoms sharing it, not necessarily the one `Atlas` reports.
struct PointLocator: Sendable {
    struct Edge: Sendable {
        var ax: Double
        var ay: Double
        var bx: Double
        var by: Double
        var atom: Int32
    }

    private let minX: Double
    private let minY: Double
    private let cellWidth: Double
    private let cellHeight: Double
    private let columns: Int
    private let rows: Int
    /// The atom at each cell's reference point, -1 for none.
    private let referenceAtom: [Int32]
    /// Each cell's reference point (its centre, nudged off any edge through it).
    private let referenceX: [Double]
    private let referenceY: [Double]
    /// `edges[edgeStart[cell]..<edgeStart[cell + 1]]` touch the cell.
    private let edgeStart: [Int32]
    private let edges: [Edge]

    /// Every non-degenerate edge of every ring of `faces[atom]`, tagged with its atom: what both
    /// the locator and the front distance index.
    static func edges(of faces: [[Polygon]]) -> [Edge] {
        var all: [Edge] = []
        for (atom, polygons) in faces.enumerated() {
            for polygon in polygons {
                for ring in [polygon.exterior] + polygon.holes where ring.count > 1 {
                    for index in 0..<ring.count {
                        let a = ring[index]
                        let b = ring[(index + 1) % ring.count]
                        if a != b { all.append(Edge(ax: a.x, ay: a.y, bx: b.x, by: b.y, atom: Int32(atom))) }
                    }
                }
            }
        }
        return all
    }

    /// A locator over `faces[atom]`, the polygons of each atom.
    init(faces: [[Polygon]]) {
        let all = Self.edges(of: faces)
        var box = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
        for edge in all {
            box = (min(box.minX, edge.ax), min(box.minY, edge.ay), max(box.maxX, edge.ax), max(box.maxY, edge.ay))
        }
        if all.isEmpty { box = (0, 0, 1, 1) }
        // About four cells per edge, so that a boundary cell holds a few edges; capped for memory.
        let width = max(box.maxX - box.minX, 1e-9)
        let height = max(box.maxY - box.minY, 1e-9)
        let cellCount = min(max(Double(all.count) * 4, 1024), 4_000_000)
        let side = (width * height / cellCount).squareRoot()
        columns = max(1, Int((width / side).rounded(.up)))
        rows = max(1, Int((height / side).rounded(.up)))
        // A margin so that no vertex lies on the grid's outer border.
        minX = box.minX - side * 1e-3
        minY = box.minY - side * 1e-3
        cellWidth = (width + side * 2e-3) / Double(columns)
        cellHeight = (height + side * 2e-3) / Double(rows)

        // Bucket the edges by the cells their bounding boxes touch (conservative is correct).
        var counts = [Int32](repeating: 0, count: columns * rows + 1)
        let grid = (minX: minX, minY: minY, width: cellWidth, height: cellHeight, columns: columns, rows: rows)
        func cellRange(_ edge: Edge) -> (ClosedRange<Int>, ClosedRange<Int>) {
            func column(_ x: Double) -> Int { min(grid.columns - 1, max(0, Int((x - grid.minX) / grid.width))) }
            func row(_ y: Double) -> Int { min(grid.rows - 1, max(0, Int((y - grid.minY) / grid.height))) }
            return (
                column(min(edge.ax, edge.bx))...column(max(edge.ax, edge.bx)),
                row(min(edge.ay, edge.by))...row(max(edge.ay, edge.by))
            )
        }
        for edge in all {
            let (xs, ys) = cellRange(edge)
            for y in ys { for x in xs { counts[y * columns + x + 1] += 1 } }
        }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var fill = counts
        var bucketed = [Edge](repeating: Edge(ax: 0, ay: 0, bx: 0, by: 0, atom: -1), count: Int(counts.last!))
        for edge in all {
            let (xs, ys) = cellRange(edge)
            for y in ys {
                for x in xs {
                    bucketed[Int(fill[y * columns + x])] = edge
                    fill[y * columns + x] += 1
                }
            }
        }
        edgeStart = counts
        edges = bucketed

        // References: cell centres, nudged off edges, located by walking each row from the left.
        var referenceX = [Double](repeating: 0, count: columns * rows)
        var referenceY = [Double](repeating: 0, count: columns * rows)
        var referenceAtom = [Int32](repeating: -1, count: columns * rows)
        for y in 0..<rows {
            let centreY = minY + (Double(y) + 0.5) * cellHeight
            var previous = (x: minX - cellWidth, y: centreY)
            var inside: [Int32] = []
            for x in 0..<columns {
                let cell = y * columns + x
                let cellEdges = bucketed[Int(counts[cell])..<Int(counts[cell + 1])]
                let centre = (x: minX + (Double(x) + 0.5) * cellWidth, y: centreY)
                var point = centre
                var attempt = 0.0
                while attempt < 16, Self.liesOnEdge(point, cellEdges) {
                    attempt += 1
                    point = (centre.x + cellWidth * 0.0137 * attempt, centre.y + cellHeight * 0.0071 * attempt)
                }
                referenceX[cell] = point.x
                referenceY[cell] = point.y
                // The step from the previous reference lies in this cell and the one before it; an
                // edge bucketed into both counts once.
                var stepEdges = Array(cellEdges)
                if x > 0 {
                    stepEdges += bucketed[Int(counts[cell - 1])..<Int(counts[cell])].filter {
                        !cellRange($0).0.contains(x) || !cellRange($0).1.contains(y)
                    }
                }
                for edge in stepEdges where Self.crosses(edge, previous.x, previous.y, point.x, point.y) {
                    Self.toggle(&inside, edge.atom)
                }
                referenceAtom[cell] = inside.first ?? -1
                previous = point
            }
        }
        self.referenceX = referenceX
        self.referenceY = referenceY
        self.referenceAtom = referenceAtom
    }

    /// The atom under `coordinate`, or nil outside every face.
    func atom(at coordinate: Coordinate) -> Int? {
        let fx = (coordinate.x - minX) / cellWidth
        let fy = (coordinate.y - minY) / cellHeight
        guard fx >= 0, fy >= 0, fx < Double(columns), fy < Double(rows) else { return nil }
        let cell = Int(fy) * columns + Int(fx)
        let start = Int(edgeStart[cell])
        let end = Int(edgeStart[cell + 1])
        let reference = referenceAtom[cell]
        if start == end { return reference < 0 ? nil : Int(reference) }
        let rx = referenceX[cell]
        let ry = referenceY[cell]
        // Usually no edge is crossed; otherwise one or two atoms toggle.
        var inside: [Int32] = []
        var crossed = false
        edges.withUnsafeBufferPointer { buffer in
            for index in start..<end where Self.crosses(buffer[index], rx, ry, coordinate.x, coordinate.y) {
                if !crossed {
                    crossed = true
                    if reference >= 0 { inside.append(reference) }
                }
                Self.toggle(&inside, buffer[index].atom)
            }
        }
        if !crossed { return reference < 0 ? nil : Int(reference) }
        return inside.first.map(Int.init)
    }

    private static func toggle(_ set: inout [Int32], _ atom: Int32) {
        if let index = set.firstIndex(of: atom) { set.remove(at: index) } else { set.append(atom) }
    }

    /// Whether the segment from (px, py) to (qx, qy) crosses `edge`: the edge's ends lie on strictly
    /// different sides of the segment's line (an end on the line counts as below it), and the
    /// segment's ends on strictly different sides of the edge's line.
    @inline(__always)
    static func crosses(_ edge: Edge, _ px: Double, _ py: Double, _ qx: Double, _ qy: Double) -> Bool {
        let dx = qx - px
        let dy = qy - py
        let sideA = dx * (edge.ay - py) - dy * (edge.ax - px)
        let sideB = dx * (edge.by - py) - dy * (edge.bx - px)
        guard (sideA > 0) != (sideB > 0) else { return false }
        let ex = edge.bx - edge.ax
        let ey = edge.by - edge.ay
        let sideP = ex * (py - edge.ay) - ey * (px - edge.ax)
        let sideQ = ex * (qy - edge.ay) - ey * (qx - edge.ax)
        return (sideP > 0 && sideQ < 0) || (sideP < 0 && sideQ > 0)
    }

    /// Whether `point` lies on (or within rounding of) one of `edges`.
    private static func liesOnEdge(_ point: (x: Double, y: Double), _ edges: ArraySlice<Edge>) -> Bool {
        edges.contains { edge in
            let ex = edge.bx - edge.ax
            let ey = edge.by - edge.ay
            let length2 = ex * ex + ey * ey
            let t = ((point.x - edge.ax) * ex + (point.y - edge.ay) * ey) / length2
            guard t >= -1e-9, t <= 1 + 1e-9 else { return false }
            let cross = ex * (point.y - edge.ay) - ey * (point.x - edge.ax)
            return cross * cross <= 1e-20 * length2
        }
    }
}
