import Synchronization

/// A dataset's `NameIndex`, built on first use: folding every spelling of every record (the
/// GeoNames places bring thousands) takes about a tenth of a cold `territory snapshot`, which
/// never looks a name up.
///
/// `Sendable` because the records are immutable values and the built index sits behind a
/// `Mutex`; the first caller builds it while others wait, then all share it.
final class DeferredNameIndex: Sendable {
    private let records: @Sendable () -> NameIndex
    private let built = Mutex<NameIndex?>(nil)

    init(units: [Unit], places: [Place], corridors: [Corridor], entities: [Entity], groups: [EntityGroup]) {
        records = { NameIndex(units: units, places: places, corridors: corridors, entities: entities, groups: groups) }
    }

    /// The index, built now if no one has asked before.
    var index: NameIndex {
        built.withLock { built in
            if let index = built { return index }
            let index = records()
            built = index
            return index
        }
    }
}
