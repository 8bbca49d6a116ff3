import CGEOS

extension Geometry {
    /// The planar area in squared coordinate units (0 for points and lines). For lon/lat data
    /// use SwiftPROJ's geodesic area instead.
    public var area: Double {
        var area = 0.0
        GEOSArea_r(GEOSContext.current.handle, handle, &area)
        return area
    }

    /// The planar length of lines, or perimeter of polygons, in coordinate units.
    public var length: Double {
        var length = 0.0
        GEOSLength_r(GEOSContext.current.handle, handle, &length)
        return length
    }

    /// The smallest planar distance between the two geometries (0 when they intersect).
    ///
    /// - Throws: `GEOSError.invalidArgument` when either geometry is empty.
    public func distance(to other: Geometry) throws(GEOSError) -> Double {
        try requireNonEmpty(other, "distance")
        let context = GEOSContext.current
        context.clearMessages()
        var distance = 0.0
        guard GEOSDistance_r(context.handle, handle, other.handle, &distance) == 1 else {
            throw context.error("distance failed without a message from GEOS")
        }
        return distance
    }

    /// The closest pair of points: the first on this geometry, the second on `other`.
    ///
    /// - Throws: `GEOSError.invalidArgument` when either geometry is empty.
    public func nearestPoints(to other: Geometry) throws(GEOSError) -> (Coordinate, Coordinate) {
        try requireNonEmpty(other, "nearestPoints")
        let context = GEOSContext.current
        context.clearMessages()
        guard let sequence = GEOSNearestPoints_r(context.handle, handle, other.handle) else {
            throw context.error("nearestPoints failed without a message from GEOS")
        }
        defer { GEOSCoordSeq_destroy_r(context.handle, sequence) }
        let points = Self.coordinates(ofSequence: sequence, context.handle)
        guard points.count == 2 else { throw .operationFailed("nearestPoints returned \(points.count) points, not 2") }
        return (points[0], points[1])
    }

    private func requireNonEmpty(_ other: Geometry, _ operation: String) throws(GEOSError) {
        if isEmpty || other.isEmpty {
            throw .invalidArgument("\(operation) of an empty geometry is undefined; check isEmpty first")
        }
    }
}
