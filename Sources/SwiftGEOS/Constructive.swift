import CGEOS

/// How `buffer` shapes its result.
public struct BufferParameters: Sendable, Hashable {
    /// The ends of buffered lines.
    public enum CapStyle: Sendable, Hashable {
        /// Half circles.
        case round
        /// Cut square at the end point.
        case flat
        /// Squares extending past the end point by the width.
        case square
    }

    /// The corners where segments meet.
    public enum JoinStyle: Sendable, Hashable {
        /// Circular arcs.
        case round
        /// Sharp corners, cut at `mitreLimit`.
        case mitre
        /// Corners cut straight across.
        case bevel
    }

    /// Segments used to approximate a quarter circle.
    public var quadrantSegments: Int
    /// The end style of lines.
    public var capStyle: CapStyle
    /// The corner style.
    public var joinStyle: JoinStyle
    /// How far (as a ratio of the width) a mitre corner may reach before it is bevelled.
    public var mitreLimit: Double
    /// Buffer a line on one side only: left for positive widths, right for negative ones.
    public var singleSided: Bool

    /// Parameters with GEOS's defaults: 8 quadrant segments, round caps and joins, mitre limit 5.
    public init(
        quadrantSegments: Int = 8, capStyle: CapStyle = .round, joinStyle: JoinStyle = .round,
        mitreLimit: Double = 5, singleSided: Bool = false
    ) {
        self.quadrantSegments = quadrantSegments
        self.capStyle = capStyle
        self.joinStyle = joinStyle
        self.mitreLimit = mitreLimit
        self.singleSided = singleSided
    }
}

extension Geometry {
    /// The points within `width` of this geometry (a negative width erodes polygons).
    public func buffer(_ width: Double, parameters: BufferParameters = .init()) throws(GEOSError) -> Geometry {
        guard width.isFinite else { throw .invalidArgument("the buffer width is \(width); it must be finite") }
        let handle = self.handle
        return try Self.make("buffer") { context in
            guard let params = GEOSBufferParams_create_r(context) else { return nil }
            defer { GEOSBufferParams_destroy_r(context, params) }
            let cap: GEOSBufCapStyles
            switch parameters.capStyle {
            case .round: cap = GEOSBUF_CAP_ROUND
            case .flat: cap = GEOSBUF_CAP_FLAT
            case .square: cap = GEOSBUF_CAP_SQUARE
            }
            let join: GEOSBufJoinStyles
            switch parameters.joinStyle {
            case .round: join = GEOSBUF_JOIN_ROUND
            case .mitre: join = GEOSBUF_JOIN_MITRE
            case .bevel: join = GEOSBUF_JOIN_BEVEL
            }
            GEOSBufferParams_setEndCapStyle_r(context, params, Int32(cap.rawValue))
            GEOSBufferParams_setJoinStyle_r(context, params, Int32(join.rawValue))
            GEOSBufferParams_setMitreLimit_r(context, params, parameters.mitreLimit)
            GEOSBufferParams_setQuadrantSegments_r(context, params, Int32(clamping: parameters.quadrantSegments))
            GEOSBufferParams_setSingleSided_r(context, params, parameters.singleSided ? 1 : 0)
            return GEOSBufferWithParams_r(context, handle, params, width)
        }
    }

    /// Douglas-Peucker simplification; it may create invalid or collapsed geometries.
    public func simplify(tolerance: Double) throws(GEOSError) -> Geometry {
        try checkTolerance(tolerance, "simplify")
        let handle = self.handle
        return try Self.make("simplify") { GEOSSimplify_r($0, handle, tolerance) }
    }

    /// Simplification that keeps the topology: rings stay valid and do not cross each other.
    public func topologyPreservingSimplify(tolerance: Double) throws(GEOSError) -> Geometry {
        try checkTolerance(tolerance, "topologyPreservingSimplify")
        let handle = self.handle
        return try Self.make("topology-preserving simplify") { GEOSTopologyPreserveSimplify_r($0, handle, tolerance) }
    }

    /// The smallest convex polygon containing the geometry.
    public func convexHull() throws(GEOSError) -> Geometry {
        let handle = self.handle
        return try Self.make("convex hull") { GEOSConvexHull_r($0, handle) }
    }

    /// The bounding rectangle as a polygon (a point when the geometry is a single position).
    public func envelopeGeometry() throws(GEOSError) -> Geometry {
        let handle = self.handle
        return try Self.make("envelope") { GEOSEnvelope_r($0, handle) }
    }

    /// The centre of mass of the highest-dimension parts (an empty point for an empty geometry).
    public func centroid() throws(GEOSError) -> Geometry {
        let handle = self.handle
        return try Self.make("centroid") { GEOSGetCentroid_r($0, handle) }
    }

    /// A point guaranteed to lie on the geometry (in a polygon's interior).
    public func pointOnSurface() throws(GEOSError) -> Geometry {
        let handle = self.handle
        return try Self.make("point on surface") { GEOSPointOnSurface_r($0, handle) }
    }

    /// The topological boundary: rings of polygons, end points of lines.
    public func boundary() throws(GEOSError) -> Geometry {
        let handle = self.handle
        return try Self.make("boundary") { GEOSBoundary_r($0, handle) }
    }

    /// The same geometry in GEOS's normal form (rings start at their least point, exteriors
    /// clockwise, members sorted), so that equal geometries compare equal exactly.
    public func normalized() throws(GEOSError) -> Geometry {
        let handle = self.handle
        return try Self.make("normalize") { context in
            guard let copy = GEOSGeom_clone_r(context, handle) else { return nil }
            guard GEOSNormalize_r(context, copy) == 0 else {
                GEOSGeom_destroy_r(context, copy)
                return nil
            }
            return copy
        }
    }

    /// The geometry with extra vertices so that no segment is longer than `maxSegmentLength`.
    public func densify(maxSegmentLength: Double) throws(GEOSError) -> Geometry {
        guard maxSegmentLength > 0, maxSegmentLength.isFinite else {
            throw .invalidArgument("the maximum segment length is \(maxSegmentLength); it must be a positive number")
        }
        let handle = self.handle
        return try Self.make("densify") { GEOSDensify_r($0, handle, maxSegmentLength) }
    }

    private func checkTolerance(_ tolerance: Double, _ operation: String) throws(GEOSError) {
        guard tolerance >= 0, tolerance.isFinite else {
            throw .invalidArgument("the \(operation) tolerance is \(tolerance); it must be zero or a positive number")
        }
    }
}
