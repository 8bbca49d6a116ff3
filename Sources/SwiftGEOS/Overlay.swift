import CGEOS

extension Geometry {
    /// The points shared by both geometries.
    ///
    /// - Parameters:
    ///   - other: the geometry to intersect with.
    ///   - gridSize: when set, coordinates are snapped to a grid of this size and the overlay is
    ///     computed robustly at that precision.
    public func intersection(_ other: Geometry, gridSize: Double? = nil) throws(GEOSError) -> Geometry {
        try overlay(other, "intersection", gridSize, GEOSIntersection_r, GEOSIntersectionPrec_r)
    }

    /// The points in either geometry.
    public func union(_ other: Geometry, gridSize: Double? = nil) throws(GEOSError) -> Geometry {
        try overlay(other, "union", gridSize, GEOSUnion_r, GEOSUnionPrec_r)
    }

    /// The points of this geometry not in `other`.
    public func difference(_ other: Geometry, gridSize: Double? = nil) throws(GEOSError) -> Geometry {
        try overlay(other, "difference", gridSize, GEOSDifference_r, GEOSDifferencePrec_r)
    }

    /// The points in exactly one of the geometries.
    public func symmetricDifference(_ other: Geometry, gridSize: Double? = nil) throws(GEOSError) -> Geometry {
        try overlay(other, "symmetric difference", gridSize, GEOSSymDifference_r, GEOSSymDifferencePrec_r)
    }

    /// The union of this geometry's own parts (dissolves the members of a collection).
    public func unaryUnion(gridSize: Double? = nil) throws(GEOSError) -> Geometry {
        let handle = self.handle
        if let gridSize {
            return try Self.make("unary union") { GEOSUnaryUnionPrec_r($0, handle, gridSize) }
        }
        return try Self.make("unary union") { GEOSUnaryUnion_r($0, handle) }
    }

    /// The union of many geometries at once (faster than folding `union`).
    public static func unaryUnion(_ geometries: [Geometry], gridSize: Double? = nil) throws(GEOSError) -> Geometry {
        try collection(geometries).unaryUnion(gridSize: gridSize)
    }

    /// The union of polygons that form a coverage (they may share edges but do not overlap),
    /// much faster than a general union because shared edges are simply removed.
    ///
    /// - Throws: `GEOSError.topology` when the polygons are not a valid coverage.
    public static func coverageUnion(_ geometries: [Geometry]) throws(GEOSError) -> Geometry {
        let collection = try collection(geometries)
        defer { withExtendedLifetime(collection) {} }
        let handle = collection.handle
        return try make("coverage union") { GEOSCoverageUnion_r($0, handle) }
    }

    /// A geometry collection (or typed multi-geometry when all members are of one kind) holding
    /// copies of `geometries`.
    public static func collection(_ geometries: [Geometry]) throws(GEOSError) -> Geometry {
        let types = Set(geometries.map(\.type))
        let kind: GEOSGeomTypes
        switch types {
        case [.point]: kind = GEOS_MULTIPOINT
        case [.lineString]: kind = GEOS_MULTILINESTRING
        case [.polygon]: kind = GEOS_MULTIPOLYGON
        default: kind = GEOS_GEOMETRYCOLLECTION
        }
        return try collection(geometries, as: kind)
    }

    /// A collection of `kind` holding copies of `geometries`.
    static func collection(_ geometries: [Geometry], as kind: GEOSGeomTypes) throws(GEOSError) -> Geometry {
        let context = GEOSContext.current.handle
        let members = geometries.map { GEOSGeom_clone_r(context, $0.handle) }
        return try make("building a collection") { adopt(members, as: kind, $0) }
    }

    private func overlay(
        _ other: Geometry, _ name: String, _ gridSize: Double?,
        _ exact: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> OpaquePointer?,
        _ snapped: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?, Double) -> OpaquePointer?
    ) throws(GEOSError) -> Geometry {
        let (first, second) = (handle, other.handle)
        if let gridSize {
            guard gridSize > 0, gridSize.isFinite else {
                throw .invalidArgument("the grid size of the \(name) is \(gridSize); it must be a positive number")
            }
            return try Self.make(name) { snapped($0, first, second, gridSize) }
        }
        return try Self.make(name) { exact($0, first, second) }
    }
}
