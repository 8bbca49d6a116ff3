import CGEOS

/// A binary spatial relation in the DE-9IM sense, as GEOS evaluates it.
public enum SpatialPredicate: Sendable, Hashable, CaseIterable {
    /// The geometries share at least one point.
    case intersects
    /// Every point of the other lies in this one, and their interiors meet.
    case contains
    /// This geometry lies inside the other (the converse of `contains`).
    case within
    /// No point of the other lies outside this one.
    case covers
    /// No point of this geometry lies outside the other (the converse of `covers`).
    case coveredBy
    /// They meet only on their boundaries.
    case touches
    /// They share some interior points but not all, and their intersection has lower dimension.
    case crosses
    /// They share some interior points but not all, and their intersection has the same dimension.
    case overlaps
    /// They share no point.
    case disjoint
    /// They are the same point set.
    case equals
}

/// A GEOS predicate function: 1 true, 0 false, 2 exception.
typealias GEOSPredicate = (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar

extension SpatialPredicate {
    var function: GEOSPredicate {
        switch self {
        case .intersects: return GEOSIntersects_r
        case .contains: return GEOSContains_r
        case .within: return GEOSWithin_r
        case .covers: return GEOSCovers_r
        case .coveredBy: return GEOSCoveredBy_r
        case .touches: return GEOSTouches_r
        case .crosses: return GEOSCrosses_r
        case .overlaps: return GEOSOverlaps_r
        case .disjoint: return GEOSDisjoint_r
        case .equals: return GEOSEquals_r
        }
    }
}

/// Turns a GEOS tri-state result into a Bool or the error GEOS reported.
func predicateResult(_ result: CChar, _ context: GEOSContext, _ what: String) throws(GEOSError) -> Bool {
    switch result {
    case 0: return false
    case 1: return true
    default: throw context.error("\(what) failed without a message from GEOS")
    }
}

extension Geometry {
    /// Evaluates `predicate` with this geometry first and `other` second.
    public func relates(_ other: Geometry, by predicate: SpatialPredicate) throws(GEOSError) -> Bool {
        let context = GEOSContext.current
        context.clearMessages()
        return try predicateResult(
            predicate.function(context.handle, handle, other.handle), context, "the \(predicate) predicate")
    }

    /// Whether the geometries share at least one point.
    public func intersects(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .intersects) }
    /// Whether `other` lies inside this geometry with interiors meeting.
    public func contains(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .contains) }
    /// Whether this geometry lies inside `other`.
    public func within(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .within) }
    /// Whether no point of `other` lies outside this geometry.
    public func covers(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .covers) }
    /// Whether no point of this geometry lies outside `other`.
    public func coveredBy(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .coveredBy) }
    /// Whether the geometries meet only on their boundaries.
    public func touches(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .touches) }
    /// Whether the geometries cross (share interior points in a lower dimension).
    public func crosses(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .crosses) }
    /// Whether the geometries overlap (share some interior in the same dimension).
    public func overlaps(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .overlaps) }
    /// Whether the geometries share no point.
    public func disjoint(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .disjoint) }
    /// Whether the geometries are the same point set (topological equality).
    public func equals(_ other: Geometry) throws(GEOSError) -> Bool { try relates(other, by: .equals) }

    /// Whether the geometries have the same structure and their coordinates, in order, differ by
    /// at most `tolerance`.
    public func equalsExact(_ other: Geometry, tolerance: Double = 0) throws(GEOSError) -> Bool {
        let context = GEOSContext.current
        context.clearMessages()
        return try predicateResult(
            GEOSEqualsExact_r(context.handle, handle, other.handle, tolerance), context, "equalsExact")
    }

    /// The DE-9IM intersection matrix of the two geometries, e.g. `"212101212"`.
    public func relate(_ other: Geometry) throws(GEOSError) -> String {
        let context = GEOSContext.current
        context.clearMessages()
        guard let matrix = GEOSRelate_r(context.handle, handle, other.handle) else {
            throw context.error("relate failed without a message from GEOS")
        }
        defer { GEOSFree_r(context.handle, matrix) }
        return String(cString: matrix)
    }
}
