/// Planar measures of a closed ring (first vertex repeated last) in its own units, lon/lat here:
/// enough to tell a ring's orientation and to order or nest rings, never to report an area (areas
/// are geodesic, `Overlay.geodesicKm2`).
enum PlanarRing {
    /// Twice the signed area (shoelace): positive when the ring runs counter-clockwise.
    static func doubleSignedArea(_ ring: some RandomAccessCollection<Coordinate>) -> Double {
        var sum = 0.0
        var previous: Coordinate?
        for point in ring {
            if let previous { sum += previous.x * point.y - point.x * previous.y }
            previous = point
        }
        return sum
    }

    /// Whether `point` lies inside `ring` (even-odd crossings; a point on the ring may go either way).
    static func contains(_ ring: [Coordinate], _ point: Coordinate) -> Bool {
        var inside = false
        var previous = ring[ring.count - 1]
        for current in ring {
            if (current.y > point.y) != (previous.y > point.y) {
                let x = previous.x + (point.y - previous.y) / (current.y - previous.y) * (current.x - previous.x)
                if point.x < x { inside.toggle() }
            }
            previous = current
        }
        return inside
    }
}
