import CGEOS

/// Owns one GEOS geometry handle and destroys it exactly once.
final class GeometryStorage {
    let handle: OpaquePointer

    init(owning handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        // A GEOS geometry belongs to the process-wide default factory, not to a context (a
        // context holds only message handlers and settings), so whichever thread drops the last
        // reference destroys it with its own context (docs/DESIGN.md, "Threads and handles").
        GEOSGeom_destroy_r(GEOSContext.current.handle, handle)
    }
}

/// An immutable planar geometry backed by GEOS.
///
/// `Geometry` is a value: operations return new geometries and never change this one. It is not
/// `Sendable`; to move a geometry between tasks send its `shape` or `wkb` and rebuild it.
public struct Geometry {
    let storage: GeometryStorage

    /// The GEOS handle; it lives as long as `storage`.
    var handle: OpaquePointer { storage.handle }

    /// Takes ownership of a handle GEOS returned.
    init(owning handle: OpaquePointer) {
        storage = GeometryStorage(owning: handle)
    }

    /// Runs a GEOS call that returns a new geometry, turning NULL into the error GEOS reported.
    static func make(
        _ what: @autoclosure () -> String,
        _ call: (GEOSContextHandle_t) -> OpaquePointer?
    ) throws(GEOSError) -> Geometry {
        let context = GEOSContext.current
        context.clearMessages()
        guard let handle = call(context.handle) else {
            throw context.error("\(what()) failed without a message from GEOS")
        }
        return Geometry(owning: handle)
    }

    /// The kind of this geometry.
    public var type: GeometryType {
        Self.type(of: handle, GEOSContext.current.handle)
    }

    static func type(of handle: OpaquePointer, _ context: GEOSContextHandle_t) -> GeometryType {
        switch UInt32(GEOSGeomTypeId_r(context, handle)) {
        case GEOS_POINT.rawValue: return .point
        case GEOS_LINESTRING.rawValue: return .lineString
        case GEOS_LINEARRING.rawValue: return .linearRing
        case GEOS_POLYGON.rawValue: return .polygon
        case GEOS_MULTIPOINT.rawValue: return .multiPoint
        case GEOS_MULTILINESTRING.rawValue: return .multiLineString
        case GEOS_MULTIPOLYGON.rawValue: return .multiPolygon
        default: return .geometryCollection
        }
    }

    /// Whether the geometry has no points at all.
    public var isEmpty: Bool {
        GEOSisEmpty_r(GEOSContext.current.handle, handle) == 1
    }

    /// The bounding rectangle; `Envelope.null` for an empty geometry.
    public var envelope: Envelope {
        let context = GEOSContext.current.handle
        guard GEOSisEmpty_r(context, handle) == 0 else { return .null }
        var envelope = Envelope.null
        guard GEOSGeom_getExtent_r(context, handle, &envelope.minX, &envelope.minY, &envelope.maxX, &envelope.maxY) == 1
        else { return .null }
        return envelope
    }

    /// The number of coordinates in the geometry.
    public var coordinateCount: Int {
        Int(GEOSGetNumCoordinates_r(GEOSContext.current.handle, handle))
    }

    /// The members of a multi-geometry or collection, each an independent geometry; `[self]` for
    /// any other kind.
    public var parts: [Geometry] {
        let context = GEOSContext.current.handle
        switch type {
        case .multiPoint, .multiLineString, .multiPolygon, .geometryCollection:
            let count = GEOSGetNumGeometries_r(context, handle)
            return (0..<max(count, 0)).map { index in
                Geometry(owning: GEOSGeom_clone_r(context, GEOSGetGeometryN_r(context, handle, index))!)
            }
        default:
            return [self]
        }
    }
}
