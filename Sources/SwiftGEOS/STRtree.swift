import CGEOS

/// A packed R-tree over geometries, queried by index into the array it was built from.
///
/// Items are stored in GEOS as the pointer-sized value `index + 1` (no boxing). The tree keeps
/// its geometries alive. Not `Sendable`: build one per task.
public final class STRtree {
    /// The indexed geometries; query results are indices into this array.
    public let geometries: [Geometry]
    private let handles: [OpaquePointer]
    private let tree: OpaquePointer

    /// Builds the tree; empty geometries are kept in `geometries` but never returned by a query
    /// (they intersect nothing), except by `.disjoint`.
    public init(_ geometries: [Geometry], nodeCapacity: Int = 10) {
        self.geometries = geometries
        handles = geometries.map(\.handle)
        let context = GEOSContext.current.handle
        guard let tree = GEOSSTRtree_create_r(context, max(nodeCapacity, 2)) else {
            preconditionFailure("GEOS could not create an STRtree")
        }
        self.tree = tree
        for (index, geometry) in geometries.enumerated() where !geometry.isEmpty {
            GEOSSTRtree_insert_r(context, tree, geometry.handle, UnsafeMutableRawPointer(bitPattern: index + 1))
        }
    }

    deinit {
        GEOSSTRtree_destroy_r(GEOSContext.current.handle, tree)
    }

    /// Indices of the geometries whose envelopes intersect `envelope`, ascending.
    public func query(_ envelope: Envelope) -> [Int] {
        guard !envelope.isNull else { return [] }
        let context = GEOSContext.current.handle
        guard
            let box = GEOSGeom_createRectangle_r(context, envelope.minX, envelope.minY, envelope.maxX, envelope.maxY)
        else { return [] }
        defer { GEOSGeom_destroy_r(context, box) }
        return candidates(of: box, context)
    }

    /// Indices of the geometries whose envelopes contain `point`, ascending. These are
    /// candidates: test them precisely (e.g. with a `PreparedGeometry`).
    public func query(point: Coordinate) -> [Int] {
        let context = GEOSContext.current.handle
        guard point.isFinite, let probe = GEOSGeom_createPointFromXY_r(context, point.x, point.y) else { return [] }
        defer { GEOSGeom_destroy_r(context, probe) }
        return candidates(of: probe, context)
    }

    /// Indices `i`, ascending, for which `predicate(geometry, geometries[i])` holds, e.g.
    /// `.within` gives the indexed geometries the query geometry lies in. Envelope candidates are
    /// tested precisely against the query geometry, prepared.
    public func query(_ geometry: Geometry, predicate: SpatialPredicate) throws(GEOSError) -> [Int] {
        let context = GEOSContext.current.handle
        let candidates = geometry.isEmpty ? [] : candidates(of: geometry.handle, context)
        let prepared = PreparedGeometry(geometry)
        var matches: [Int] = []
        for index in candidates where try prepared.relates(geometries[index], by: predicate) {
            matches.append(index)
        }
        guard predicate == .disjoint else { return matches }
        // Geometries whose envelopes miss the query's are disjoint from it without a test.
        var isCandidate = [Bool](repeating: false, count: geometries.count)
        for index in candidates { isCandidate[index] = true }
        return (matches + geometries.indices.filter { !isCandidate[$0] }).sorted()
    }

    /// The index of the geometry nearest to `geometry` (planar distance); `nil` when the tree or
    /// the geometry is empty. Ties go to whichever GEOS meets first.
    public func nearest(to geometry: Geometry) -> Int? {
        guard !geometry.isEmpty else { return nil }
        let context = GEOSContext.current
        context.clearMessages()
        let found = handles.withUnsafeBufferPointer { handles in
            var search = NearestSearch(context: context.handle, handles: handles, query: geometry.handle)
            return withUnsafeMutablePointer(to: &search) { search in
                GEOSSTRtree_nearest_generic_r(
                    context.handle, tree, NearestSearch.queryItem, geometry.handle,
                    { first, second, distance, userdata in
                        // GEOS 3.11 treats a zero return as failure, although its header says the
                        // opposite, so this returns GEOSDistance_r's own 1 (success) or 0.
                        let search = userdata!.assumingMemoryBound(to: NearestSearch.self).pointee
                        return GEOSDistance_r(search.context, search[first], search[second], distance)
                    }, search)
            }
        }
        if let found { return Int(bitPattern: found) - 1 }
        if let error = context.lastError {
            preconditionFailure("STRtree nearest failed: \(error)")
        }
        return nil
    }

    /// Envelope candidates of a GEOS geometry, ascending.
    private func candidates(of probe: OpaquePointer, _ context: GEOSContextHandle_t) -> [Int] {
        var found: [Int] = []
        withUnsafeMutablePointer(to: &found) { found in
            GEOSSTRtree_query_r(
                context, tree, probe,
                { item, userdata in
                    userdata!.assumingMemoryBound(to: [Int].self).pointee.append(Int(bitPattern: item) - 1)
                }, found)
        }
        return found.sorted()
    }
}

/// What the nearest-neighbour distance callback needs, passed as its userdata.
private struct NearestSearch {
    /// The item that stands for the query geometry (tree items are index + 1 >= 1).
    static var queryItem: UnsafeRawPointer? { UnsafeRawPointer(bitPattern: -1) }

    let context: GEOSContextHandle_t
    let handles: UnsafeBufferPointer<OpaquePointer>
    let query: OpaquePointer

    subscript(item: UnsafeRawPointer?) -> OpaquePointer {
        let value = Int(bitPattern: item)
        return value == -1 ? query : handles[value - 1]
    }
}
