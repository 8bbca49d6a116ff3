import CGEOS

/// A geometry indexed for many repeated predicate tests against it (point-in-polygon above all).
///
/// Not `Sendable`: build one per task from a `Geometry` of that task.
public final class PreparedGeometry {
    /// The prepared geometry references the coordinates of this one, so it is kept alive.
    public let geometry: Geometry
    private let prepared: OpaquePointer
    /// Points outside it are answered without GEOS: no point object is made for them.
    private let envelope: Envelope

    /// Prepares `geometry`; the index is built lazily by GEOS on the first test.
    public init(_ geometry: Geometry) {
        self.geometry = geometry
        let context = GEOSContext.current
        context.clearMessages()
        guard let prepared = GEOSPrepare_r(context.handle, geometry.handle) else {
            preconditionFailure("GEOS could not prepare a geometry: \(context.lastError ?? "no message")")
        }
        self.prepared = prepared
        envelope = geometry.envelope
    }

    deinit {
        GEOSPreparedGeom_destroy_r(GEOSContext.current.handle, prepared)
    }

    /// Whether `other` lies inside the prepared geometry with interiors meeting.
    public func contains(_ other: Geometry) throws(GEOSError) -> Bool {
        try test(other, GEOSPreparedContains_r, "prepared contains")
    }

    /// Whether `other` lies in the interior, touching no boundary.
    public func containsProperly(_ other: Geometry) throws(GEOSError) -> Bool {
        try test(other, GEOSPreparedContainsProperly_r, "prepared containsProperly")
    }

    /// Whether no point of `other` lies outside the prepared geometry.
    public func covers(_ other: Geometry) throws(GEOSError) -> Bool {
        try test(other, GEOSPreparedCovers_r, "prepared covers")
    }

    /// Whether `other` shares at least one point with the prepared geometry.
    public func intersects(_ other: Geometry) throws(GEOSError) -> Bool {
        try test(other, GEOSPreparedIntersects_r, "prepared intersects")
    }

    /// Whether the point lies in the interior (a point on the boundary is not contained).
    public func contains(_ coordinate: Coordinate) throws(GEOSError) -> Bool {
        try test(coordinate, GEOSPreparedContains_r, "prepared contains")
    }

    /// Whether the point lies in the interior or on the boundary.
    public func covers(_ coordinate: Coordinate) throws(GEOSError) -> Bool {
        try test(coordinate, GEOSPreparedCovers_r, "prepared covers")
    }

    /// Whether the point lies in the interior or on the boundary (the same as `covers` for a point).
    public func intersects(_ coordinate: Coordinate) throws(GEOSError) -> Bool {
        try test(coordinate, GEOSPreparedIntersects_r, "prepared intersects")
    }

    typealias PreparedPredicate = (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar

    func test(_ other: Geometry, _ predicate: PreparedPredicate, _ what: String) throws(GEOSError) -> Bool {
        let context = GEOSContext.current
        context.clearMessages()
        return try predicateResult(predicate(context.handle, prepared, other.handle), context, what)
    }

    /// Tests a GEOS point made and destroyed here: no Swift object per point.
    private func test(_ coordinate: Coordinate, _ predicate: PreparedPredicate, _ what: String) throws(GEOSError)
        -> Bool
    {
        guard coordinate.isFinite else {
            throw .invalidGeometry("the point (\(coordinate.x), \(coordinate.y)) to test is not finite")
        }
        // Every point predicate offered here (contains, covers, intersects) is false outside the envelope.
        guard envelope.contains(coordinate) else { return false }
        let context = GEOSContext.current
        context.clearMessages()
        guard let point = GEOSGeom_createPointFromXY_r(context.handle, coordinate.x, coordinate.y) else {
            throw context.error("creating a point failed without a message from GEOS")
        }
        defer { GEOSGeom_destroy_r(context.handle, point) }
        return try predicateResult(predicate(context.handle, prepared, point), context, what)
    }
}

extension PreparedGeometry {
    /// Evaluates `predicate` with the prepared geometry first and `other` second.
    public func relates(_ other: Geometry, by predicate: SpatialPredicate) throws(GEOSError) -> Bool {
        let function: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar
        switch predicate {
        case .intersects: function = GEOSPreparedIntersects_r
        case .contains: function = GEOSPreparedContains_r
        case .within: function = GEOSPreparedWithin_r
        case .covers: function = GEOSPreparedCovers_r
        case .coveredBy: function = GEOSPreparedCoveredBy_r
        case .touches: function = GEOSPreparedTouches_r
        case .crosses: function = GEOSPreparedCrosses_r
        case .overlaps: function = GEOSPreparedOverlaps_r
        case .disjoint: function = GEOSPreparedDisjoint_r
        case .equals: return try geometry.equals(other)
        }
        return try test(other, function, "prepared \(predicate)")
    }
}
