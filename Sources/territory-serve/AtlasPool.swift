import Synchronization
import Territory

/// One `Atlas`, confined to an actor.
///
/// `Atlas` is not `Sendable`: it fills caches (prepared geometries, unit geometries, areas) as it
/// answers. Confinement makes that safe under Swift 6 strict concurrency without
/// `@unchecked Sendable`: the atlas is created inside the actor, is a private stored property,
/// and is only handed to synchronous closures the actor runs itself, one at a time, so no two
/// threads ever touch it (or its GEOS handles) at once, and no reference escapes. What crosses
/// the boundary is the closure's `Sendable` result.
actor AtlasWorker {
    private let atlas: Atlas

    init(dataset: Dataset) {
        atlas = Atlas(dataset: dataset)
    }

    /// Runs `body` with the atlas, on this actor.
    func run<T: Sendable>(_ body: @Sendable (Atlas) throws -> T) throws -> T {
        try body(atlas)
    }
}

/// A few `AtlasWorker`s over one shared `Dataset` (which is `Sendable` and immutable), so that
/// questions are answered in parallel, each by one worker. A single shared immutable atlas awaits
/// an engine in which `Atlas` holds no mutable caches.
final class AtlasPool: Sendable {
    private let workers: [AtlasWorker]
    /// The next worker to use, round robin.
    private let next = Atomic<Int>(0)

    /// `count` workers (at least one) over `dataset`.
    init(dataset: Dataset, count: Int) {
        workers = (0..<max(1, count)).map { _ in AtlasWorker(dataset: dataset) }
    }

    /// Runs `body` on one of the workers.
    func run<T: Sendable>(_ body: @Sendable (Atlas) throws -> T) async throws -> T {
        let turn = next.add(1, ordering: .relaxed).oldValue
        return try await workers[Int(UInt(bitPattern: turn) % UInt(workers.count))].run(body)
    }
}
