extension Array where Element == Coordinate {
    /// The signed planar area of this ring (the shoelace formula), in the squared units of its
    /// coordinates: positive when the ring runs counter-clockwise (x east, y north), negative when
    /// clockwise, 0 when it has fewer than three coordinates or encloses nothing.
    ///
    /// The ring should be closed (first coordinate equal to the last); an open one is measured as
    /// if closed. This is the area in the plane of the coordinates: for longitude/latitude it is in
    /// square degrees, good for orientation and for ranking nearby rings by size, not for
    /// measuring ground (SwiftPROJ's `Geodesic.area(of:)` does that on the ellipsoid). The terms
    /// are summed in ring order in double precision; far from the origin, cancellation costs
    /// about log₁₀(|x·y| / area) of the 16 digits.
    ///
    /// ```swift
    /// let square = [(0, 0), (2, 0), (2, 2), (0, 2), (0, 0)].map { Coordinate(x: $0.0, y: $0.1) }
    /// square.signedPlanarArea              // 4.0
    /// square.reversed().signedPlanarArea   // -4.0
    /// ```
    public var signedPlanarArea: Double {
        guard count > 2 else { return 0 }
        var twice = 0.0
        for index in 0..<(count - 1) {
            twice += self[index].x * self[index + 1].y - self[index + 1].x * self[index].y
        }
        if self[count - 1] != self[0] {
            twice += self[count - 1].x * self[0].y - self[0].x * self[count - 1].y
        }
        return twice / 2
    }

    /// Whether this ring runs counter-clockwise (x east, y north): its signed planar area is
    /// positive. A ring that encloses nothing is neither, and answers `false`.
    ///
    /// RFC 7946 GeoJSON wants exterior rings counter-clockwise and holes clockwise; GEOS and
    /// shapefiles accept either.
    public var isCounterClockwise: Bool { signedPlanarArea > 0 }
}
