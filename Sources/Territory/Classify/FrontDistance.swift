import Foundation
import SwiftPROJ

/// The distance from a position to the nearest ground another de facto holder held on a day,
/// compiled once, immutable and so `Sendable`.
///
/// Method: every face edge sits in a coarse grid; the search visits rings of cells around the
/// position, outwards, keeping the nearest edge of an atom whose holder that day is neither the
/// position's holder nor nobody, and stops once the next ring cannot hold anything nearer. Nearness
/// is measured in a local equirectangular plane (longitudes scaled by the cosine of the position's
/// latitude); the result is the geodesic distance (WGS 84) to the nearest point so found. Within a
/// few hundred kilometres the plane ranks edges as the ellipsoid does except for near-ties, where
/// the two candidates' distances differ by well under one per cent.
struct FrontDistance: Sendable {
    private let minX: Double
    private let minY: Double
    private let cell: Double
    private let columns: Int
    private let rows: Int
    private let edgeStart: [Int32]
    private let edges: [PointLocator.Edge]
    /// `holders[state][atom]` of the de facto layer.
    private let holders: [[Int32]]

    init(faces: [[Polygon]], holders: [[Int32]]) {
        self.holders = holders
        let all = PointLocator.edges(of: faces)
        let xs = all.flatMap { [$0.ax, $0.bx] }
        let ys = all.flatMap { [$0.ay, $0.by] }
        minX = (xs.min() ?? 0) - 1e-6
        minY = (ys.min() ?? 0) - 1e-6
        let width = (xs.max() ?? 1) + 1e-6 - minX
        let height = (ys.max() ?? 1) + 1e-6 - minY
        // About 64 edges per non-empty cell on average is a good balance for ring searches.
        let side = max(width, height) / Double(max(16, min(256, Int((Double(all.count) / 16).squareRoot()))))
        cell = side
        columns = max(1, Int((width / side).rounded(.up)))
        rows = max(1, Int((height / side).rounded(.up)))
        var buckets = [[PointLocator.Edge]](repeating: [], count: columns * rows)
        for edge in all {
            let x0 = Int((min(edge.ax, edge.bx) - minX) / side)
            let x1 = Int((max(edge.ax, edge.bx) - minX) / side)
            let y0 = Int((min(edge.ay, edge.by) - minY) / side)
            let y1 = Int((max(edge.ay, edge.by) - minY) / side)
            for y in min(y0, rows - 1)...min(y1, rows - 1) {
                for x in min(x0, columns - 1)...min(x1, columns - 1) { buckets[y * columns + x].append(edge) }
            }
        }
        var start: [Int32] = [0]
        for bucket in buckets { start.append(start.last! + Int32(bucket.count)) }
        edgeStart = start
        edges = buckets.flatMap { $0 }
    }

    /// The distance in km from `coordinate`, held by `holder` in de facto state `state`, to the
    /// nearest ground of another holder; nil when no other holder holds any ground then.
    func km(from coordinate: Coordinate, holder: Int32, state: Int) -> Double? {
        let holders = self.holders[state]
        let scale = cos(coordinate.y * .pi / 180)
        let cx = min(columns - 1, max(0, Int((coordinate.x - minX) / cell)))
        let cy = min(rows - 1, max(0, Int((coordinate.y - minY) / cell)))
        var best = Double.infinity
        var nearest = coordinate
        let maxRing = max(columns, rows)
        var ring = 0
        while ring <= maxRing {
            // Every cell of ring r lies at least (r - 1) cells away in both axes' smaller unit.
            let bound = Double(max(0, ring - 1)) * cell * min(scale, 1)
            if bound * bound > best { break }
            for y in (cy - ring)...(cy + ring) where y >= 0 && y < rows {
                let onEdge = y == cy - ring || y == cy + ring
                for x in (cx - ring)...(cx + ring) where x >= 0 && x < columns {
                    guard onEdge || x == cx - ring || x == cx + ring else { continue }
                    let cellIndex = y * columns + x
                    for index in Int(edgeStart[cellIndex])..<Int(edgeStart[cellIndex + 1]) {
                        let edge = edges[index]
                        let other = holders[Int(edge.atom)]
                        guard other >= 0, other != holder else { continue }
                        let (distance2, point) = Self.squaredDistance(coordinate, edge, scale: scale)
                        if distance2 < best {
                            best = distance2
                            nearest = point
                        }
                    }
                }
            }
            ring += 1
        }
        guard best.isFinite else { return nil }
        guard best > 0, let inverse = try? Geodesic.wgs84.inverse(coordinate, nearest) else { return 0 }
        return inverse.distance / 1000
    }

    /// The squared planar distance (degrees, longitude scaled) from `point` to `edge`, and the nearest point.
    private static func squaredDistance(_ point: Coordinate, _ edge: PointLocator.Edge, scale: Double)
        -> (Double, Coordinate)
    {
        let ax = (edge.ax - point.x) * scale
        let ay = edge.ay - point.y
        let dx = (edge.bx - edge.ax) * scale
        let dy = edge.by - edge.ay
        let length2 = dx * dx + dy * dy
        let t = length2 > 0 ? min(1, max(0, -(ax * dx + ay * dy) / length2)) : 0
        let x = ax + t * dx
        let y = ay + t * dy
        return (x * x + y * y, Coordinate(x: edge.ax + t * (edge.bx - edge.ax), y: edge.ay + t * (edge.by - edge.ay)))
    }
}
