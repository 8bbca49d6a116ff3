extension Shape {
    /// The smallest rectangle around every vertex of the shape (a polygon's holes lie inside its
    /// exterior, so exteriors suffice); `Envelope.null` for an empty shape. Plain Swift, no GEOS.
    ///
    /// ```swift
    /// Shape.lineString([Coordinate(x: 45, y: 39), Coordinate(x: 46, y: 40)]).envelope
    /// // Envelope(minX: 45, minY: 39, maxX: 46, maxY: 40)
    /// ```
    public var envelope: Envelope {
        switch self {
        case .point(let point): return Envelope([point])
        case .lineString(let points), .linearRing(let points), .multiPoint(let points): return Envelope(points)
        case .multiLineString(let lines): return Envelope(lines.joined())
        case .polygon(let polygon): return Envelope(polygon.exterior)
        case .multiPolygon(let polygons): return Envelope(polygons.lazy.flatMap(\.exterior))
        case .geometryCollection(let shapes): return shapes.reduce(.null) { $0.union($1.envelope) }
        }
    }
}

extension Envelope {
    /// The smallest rectangle around both (the null envelope adds nothing).
    ///
    /// ```swift
    /// Envelope.null.union(box) == box   // true
    /// ```
    public func union(_ other: Envelope) -> Envelope {
        Envelope(
            minX: Swift.min(minX, other.minX), minY: Swift.min(minY, other.minY), maxX: Swift.max(maxX, other.maxX),
            maxY: Swift.max(maxY, other.maxY))
    }
}
