import CGEOS

extension Geometry {
    /// Builds a GEOS geometry from a shape, after checking it (see `Shape.validate()`).
    ///
    /// - Throws: `GEOSError.invalidGeometry` naming the first offending coordinate or ring.
    public init(_ shape: Shape) throws(GEOSError) {
        try shape.validate()
        let context = GEOSContext.current
        context.clearMessages()
        guard let handle = Self.build(shape, context.handle) else {
            throw context.error("building a \(shape.type) from coordinates failed")
        }
        self.init(owning: handle)
    }

    /// A point geometry at `coordinate`.
    public init(point coordinate: Coordinate) throws(GEOSError) {
        try self.init(.point(coordinate))
    }

    /// The coordinates and structure as a pure value.
    public var shape: Shape {
        Self.shape(of: handle, GEOSContext.current.handle)
    }

    // MARK: Building

    private static func build(_ shape: Shape, _ context: GEOSContextHandle_t) -> OpaquePointer? {
        switch shape {
        case .point(let coordinate):
            return GEOSGeom_createPointFromXY_r(context, coordinate.x, coordinate.y)
        case .lineString(let coordinates):
            if coordinates.isEmpty { return GEOSGeom_createEmptyLineString_r(context) }
            return sequence(coordinates, context).flatMap { GEOSGeom_createLineString_r(context, $0) }
        case .linearRing(let coordinates):
            return ring(coordinates, context)
        case .polygon(let polygon):
            return build(polygon, context)
        case .multiPoint(let coordinates):
            return collection(GEOS_MULTIPOINT, coordinates.map { .point($0) }, context)
        case .multiLineString(let lines):
            return collection(GEOS_MULTILINESTRING, lines.map { .lineString($0) }, context)
        case .multiPolygon(let polygons):
            return collection(GEOS_MULTIPOLYGON, polygons.map { .polygon($0) }, context)
        case .geometryCollection(let shapes):
            return collection(GEOS_GEOMETRYCOLLECTION, shapes, context)
        }
    }

    /// Copies coordinates into a new GEOS sequence in one call.
    static func sequence(_ coordinates: [Coordinate], _ context: GEOSContextHandle_t) -> OpaquePointer? {
        coordinates.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                GEOSCoordSeq_copyFromBuffer_r(context, doubles.baseAddress, UInt32(buffer.count), 0, 0)
            }
        }
    }

    private static func ring(_ coordinates: [Coordinate], _ context: GEOSContextHandle_t) -> OpaquePointer? {
        sequence(coordinates, context).flatMap { GEOSGeom_createLinearRing_r(context, $0) }
    }

    private static func build(_ polygon: Polygon, _ context: GEOSContextHandle_t) -> OpaquePointer? {
        if polygon.exterior.isEmpty { return GEOSGeom_createEmptyPolygon_r(context) }
        guard let shell = ring(polygon.exterior, context) else { return nil }
        var holes: [OpaquePointer?] = []
        holes.reserveCapacity(polygon.holes.count)
        for coordinates in polygon.holes {
            guard let hole = ring(coordinates, context) else {
                GEOSGeom_destroy_r(context, shell)
                holes.forEach { GEOSGeom_destroy_r(context, $0) }
                return nil
            }
            holes.append(hole)
        }
        // GEOS takes ownership of the rings (not of the array), also when it fails.
        return holes.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createPolygon_r(context, shell, buffer.baseAddress, UInt32(buffer.count))
        }
    }

    private static func collection(
        _ kind: GEOSGeomTypes, _ members: [Shape], _ context: GEOSContextHandle_t
    ) -> OpaquePointer? {
        var handles: [OpaquePointer?] = []
        handles.reserveCapacity(members.count)
        for member in members {
            guard let handle = build(member, context) else {
                handles.forEach { GEOSGeom_destroy_r(context, $0) }
                return nil
            }
            handles.append(handle)
        }
        return adopt(handles, as: kind, context)
    }

    /// Makes a collection that takes ownership of `members` (GEOS frees them, also when it fails).
    static func adopt(
        _ members: [OpaquePointer?], as kind: GEOSGeomTypes, _ context: GEOSContextHandle_t
    ) -> OpaquePointer? {
        if members.isEmpty { return GEOSGeom_createEmptyCollection_r(context, Int32(kind.rawValue)) }
        var members = members
        return members.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(context, Int32(kind.rawValue), buffer.baseAddress, UInt32(buffer.count))
        }
    }

    // MARK: Reading

    static func shape(of handle: OpaquePointer, _ context: GEOSContextHandle_t) -> Shape {
        switch type(of: handle, context) {
        case .point:
            let point = coordinates(of: handle, context)
            return point.isEmpty ? .multiPoint([]) : .point(point[0])
        case .lineString:
            return .lineString(coordinates(of: handle, context))
        case .linearRing:
            return .linearRing(coordinates(of: handle, context))
        case .polygon:
            return .polygon(polygon(of: handle, context))
        case .multiPoint:
            return .multiPoint(members(of: handle, context).flatMap { coordinates(of: $0, context) })
        case .multiLineString:
            return .multiLineString(members(of: handle, context).map { coordinates(of: $0, context) })
        case .multiPolygon:
            return .multiPolygon(members(of: handle, context).map { polygon(of: $0, context) })
        case .geometryCollection:
            return .geometryCollection(members(of: handle, context).map { shape(of: $0, context) })
        }
    }

    /// The borrowed member handles of a collection (valid while `handle` lives).
    private static func members(of handle: OpaquePointer, _ context: GEOSContextHandle_t) -> [OpaquePointer] {
        (0..<max(GEOSGetNumGeometries_r(context, handle), 0)).compactMap { GEOSGetGeometryN_r(context, handle, $0) }
    }

    private static func polygon(of handle: OpaquePointer, _ context: GEOSContextHandle_t) -> Polygon {
        guard GEOSisEmpty_r(context, handle) == 0, let shell = GEOSGetExteriorRing_r(context, handle) else {
            return Polygon(exterior: [])
        }
        let holes = (0..<max(GEOSGetNumInteriorRings_r(context, handle), 0)).compactMap {
            GEOSGetInteriorRingN_r(context, handle, $0).map { coordinates(of: $0, context) }
        }
        return Polygon(exterior: coordinates(of: shell, context), holes: holes)
    }

    /// Copies a point's, line's or ring's coordinates out of GEOS in one call.
    static func coordinates(of handle: OpaquePointer, _ context: GEOSContextHandle_t) -> [Coordinate] {
        guard GEOSisEmpty_r(context, handle) == 0, let sequence = GEOSGeom_getCoordSeq_r(context, handle) else {
            return []
        }
        return coordinates(ofSequence: sequence, context)
    }

    static func coordinates(ofSequence sequence: OpaquePointer, _ context: GEOSContextHandle_t) -> [Coordinate] {
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(context, sequence, &size) == 1, size > 0 else { return [] }
        return [Coordinate](unsafeUninitializedCapacity: Int(size)) { buffer, count in
            let copied = buffer.withMemoryRebound(to: Double.self) { doubles in
                GEOSCoordSeq_copyToBuffer_r(context, sequence, doubles.baseAddress, 0, 0)
            }
            count = copied == 1 ? Int(size) : 0
        }
    }
}
