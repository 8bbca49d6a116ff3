import CGEOS

/// Whether a geometry is valid in the OGC sense, and if not, why and where.
public struct Validity: Sendable, Hashable {
    /// Whether the geometry is valid.
    public var isValid: Bool
    /// GEOS's reason, e.g. "Self-intersection"; `nil` when valid.
    public var reason: String?
    /// Where the problem is, when GEOS says.
    public var location: Coordinate?

    /// A validity verdict.
    public init(isValid: Bool, reason: String? = nil, location: Coordinate? = nil) {
        self.isValid = isValid
        self.reason = reason
        self.location = location
    }
}

extension Geometry {
    /// Checks validity (rings closed and simple, holes inside shells, no overlapping parts...).
    /// A GEOS failure during the check is reported as invalid with GEOS's message as the reason.
    public func validity() -> Validity {
        let context = GEOSContext.current
        context.clearMessages()
        var reason: UnsafeMutablePointer<CChar>?
        var location: OpaquePointer?
        let result = GEOSisValidDetail_r(context.handle, handle, 0, &reason, &location)
        defer {
            if let reason { GEOSFree_r(context.handle, reason) }
            if let location { GEOSGeom_destroy_r(context.handle, location) }
        }
        switch result {
        case 1:
            return Validity(isValid: true)
        case 0:
            let point = location.map { Self.coordinates(of: $0, context.handle) }?.first
            return Validity(isValid: false, reason: reason.map { String(cString: $0) }, location: point)
        default:
            return Validity(isValid: false, reason: context.error("the validity check failed").message)
        }
    }

    /// Whether the geometry is valid (see `validity()` for the reason).
    public var isValid: Bool {
        GEOSisValid_r(GEOSContext.current.handle, handle) == 1
    }

    /// A valid geometry covering the same points, repairing self-intersections and bad rings;
    /// parts may collapse to lower dimensions.
    public func makeValid() throws(GEOSError) -> Geometry {
        let handle = self.handle
        return try Self.make("makeValid") { GEOSMakeValid_r($0, handle) }
    }
}
