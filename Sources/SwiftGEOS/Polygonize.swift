import CGEOS

extension Geometry {
    /// The polygons formed by the given lines (noded where they cross first if they are not
    /// already: pass `Geometry.unaryUnion(lines)` when unsure). Dangling lines are ignored.
    ///
    /// - Returns: a geometry collection of polygons.
    public static func polygonize(_ lines: [Geometry]) throws(GEOSError) -> Geometry {
        let handles: [OpaquePointer?] = lines.map(\.handle)
        defer { withExtendedLifetime(lines) {} }
        return try make("polygonize") { context in
            handles.withUnsafeBufferPointer { GEOSPolygonize_r(context, $0.baseAddress, UInt32($0.count)) }
        }
    }

    /// Cuts a polygon or multipolygon along a line: the polygon boundary is noded with the line,
    /// the result polygonized, and the pieces whose interior point lies in the polygon are kept.
    /// A line that does not cross the polygon leaves one piece, the polygon itself.
    ///
    /// - Returns: a multipolygon of the pieces, which together cover the polygon.
    /// - Throws: `GEOSError.invalidArgument` when this geometry is not polygonal or `line` is not
    ///   linear.
    public func split(by line: Geometry) throws(GEOSError) -> Geometry {
        guard type == .polygon || type == .multiPolygon else {
            throw .invalidArgument("split needs a polygon or multipolygon to cut, not a \(type)")
        }
        guard [.lineString, .multiLineString, .linearRing].contains(line.type) else {
            throw .invalidArgument("split needs a line string or multilinestring to cut along, not a \(line.type)")
        }
        let noded = try boundary().union(line)
        let faces = try Self.polygonize([noded])
        let prepared = PreparedGeometry(self)
        var pieces: [Geometry] = []
        for face in faces.parts where try prepared.contains(face.pointOnSurface()) {
            pieces.append(face)
        }
        return try Self.collection(pieces, as: GEOS_MULTIPOLYGON)
    }
}
