import SwiftGEOS

/// The GEOS objects one thread uses to answer for one `Atlas`: face geometries and their R-tree,
/// prepared faces, unit and route geometries, corridor strips. Each is built on first use from
/// the atlas's immutable data.
///
/// Not `Sendable`, and never shared: `of(_:)` hands each thread its own instance per atlas, and
/// every atlas method is synchronous, so whatever it takes from here is dropped or copied into a
/// new value before the calling task can move to another thread. GEOS handles are freed by the
/// `Geometry`, `PreparedGeometry` and `STRtree` objects themselves, once, when this cache goes.
///
/// Lifetime: a thread's caches hang from one thread-specific slot (`ThreadAtlasGeometries`),
/// keyed by atlas and holding each atlas weakly, so a cache never keeps its atlas alive. They are
/// freed when the thread exits (the slot's destructor), and a dead atlas's cache on a thread is
/// dropped the next time that thread builds a cache for another atlas; so a thread holds at most
/// the caches of live atlases plus those that died since its last new one.
final class AtlasGeometries {
    private let polygons: [Polygon]
    /// Prepared on first point test, by face.
    private var prepared: [PreparedGeometry?]
    /// Units as drawn, by unit index.
    var units: [Int: Geometry] = [:]
    /// Route lines, by geometry reference.
    var routes: [GeometryRef: Geometry] = [:]
    /// Corridor strips, by corridor index, then route index.
    var strips: [[PreparedGeometry?]]

    private init(_ atlas: Atlas) {
        polygons = atlas.facePolygons
        prepared = Array(repeating: nil, count: atlas.facePolygons.count)
        strips = atlas.dataset.corridors.map { Array(repeating: nil, count: $0.routes.count) }
    }

    /// Every face as a GEOS polygon, in the atlas's face order.
    // The faces were valid GEOS polygons when the dataset was compiled.
    private(set) lazy var faces: [Geometry] = polygons.map { try! Geometry(.polygon($0)) }

    /// An R-tree over `faces`.
    private(set) lazy var faceTree = STRtree(faces)

    /// Face `face`, prepared for point tests.
    func preparedFace(_ face: Int) -> PreparedGeometry {
        if let done = prepared[face] { return done }
        let made = PreparedGeometry(faces[face])
        prepared[face] = made
        return made
    }

    /// The calling thread's geometries of `atlas`, built on first use.
    static func of(_ atlas: Atlas) -> AtlasGeometries {
        let thread = ThreadAtlasGeometries.current
        let key = ObjectIdentifier(atlas)
        // The weak reference tells this atlas from a dead one that had the same address.
        if let entry = thread.entries[key], entry.atlas === atlas { return entry.geometries }
        thread.entries = thread.entries.filter { $0.value.atlas != nil }
        let geometries = AtlasGeometries(atlas)
        thread.entries[key] = .init(atlas: atlas, geometries: geometries)
        return geometries
    }
}

extension AtlasGeometries {
    /// How many atlases the calling thread keeps geometries for (tests check the lifetime above).
    static var countOnThisThread: Int { ThreadAtlasGeometries.current.entries.count }
}

/// One thread's `AtlasGeometries`, by atlas. It lives in a per-thread slot (as SwiftGEOS's
/// `GEOSContext` does) and is released when the thread exits.
private final class ThreadAtlasGeometries {
    struct Entry {
        weak var atlas: Atlas?
        let geometries: AtlasGeometries
    }

    var entries: [ObjectIdentifier: Entry] = [:]

    /// The calling thread's instance, made on first use.
    static var current: ThreadAtlasGeometries { slot.value }

    /// Each thread's instance. The slot releases it when the thread exits, which destroys its GEOS
    /// objects with the thread's GEOS context; if that context's own slot was emptied first,
    /// `GEOSContext.current` makes a new one, which the next round of thread-exit destructors
    /// finishes (POSIX repeats the rounds while slots are set).
    private static let slot = ThreadLocal { ThreadAtlasGeometries() }
}
