import Foundation
import SwiftGEOS
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The per-thread slot behind the GEOS and PROJ contexts and the engine's caches: each thread its
/// own value, released exactly once when the thread exits. The threads are POSIX threads joined
/// before anything is checked: `pthread_join` returns only after the thread has run its
/// thread-exit destructors, so no waiting or timing is involved.
@Suite("ThreadLocal")
struct ThreadLocalTests {
    static let threadCount = 8

    @Test("Each thread gets its own value, the same on every read, released once when the thread exits")
    func eachThreadHasItsOwnValue() {
        let ledger = Ledger()
        let slot = ThreadLocal { Probe(ledger) }
        let seen = Observations(count: Self.threadCount)
        let threads = (0..<Self.threadCount).map { index in
            startThread {
                let first = slot.value
                let again = slot.value
                seen.set(
                    index,
                    Observation(
                        serial: first.serial, sameOnSecondRead: first === again,
                        releasedWhileRunning: ledger.released.contains(first.serial)))
            }
        }
        for thread in threads { #expect(pthread_join(thread, nil) == 0) }

        let observations = seen.values.compactMap { $0 }
        #expect(observations.count == Self.threadCount, "every thread ran")
        let serials = observations.map(\.serial)
        // One value per thread, each a different object (serials are handed out once each).
        #expect(Set(serials).count == Self.threadCount)
        #expect(ledger.made.sorted() == serials.sorted())
        #expect(observations.allSatisfy { $0.sameOnSecondRead }, "a second read gave another object")
        #expect(!observations.contains { $0.releasedWhileRunning }, "a value was released while its thread ran")
        // Released once each after its thread exited: a second release would list a serial twice.
        #expect(ledger.released.sorted() == serials.sorted())
    }

    @Test("A value released at thread exit may read a slot already emptied; what that makes is released too")
    func exitDestructorReadingAnEmptiedSlot() {
        let ledger = Ledger()
        // As the GEOS context (made first) and the engine's caches, whose GEOS objects need the
        // context when they are destroyed.
        let context = ThreadLocal { Probe(ledger) }
        let cache = ThreadLocal { Dependent(context) }
        let threads = (0..<Self.threadCount).map { _ in
            startThread {
                _ = context.value
                _ = cache.value
            }
        }
        for thread in threads { #expect(pthread_join(thread, nil) == 0) }

        #expect(ledger.made.count >= Self.threadCount)
        #expect(ledger.released.sorted() == ledger.made.sorted(), "every value made was released, once")
        #if os(Linux)
            // glibc gives keys in creation order and runs thread-exit destructors in key order, so
            // `context` is emptied before `cache`'s value reads it: each thread makes a second
            // Probe during its exit, and the next destructor round releases it.
            #expect(ledger.made.count == 2 * Self.threadCount)
        #endif
    }
}

/// Records which probes were made and which released, in order.
private final class Ledger: @unchecked Sendable {
    // Sendable because every access holds `lock`.
    private let lock = NSLock()
    private var madeSerials: [Int] = []
    private var releasedSerials: [Int] = []

    /// Hands out the next serial number and records it as made.
    func recordMade() -> Int {
        lock.withLock {
            madeSerials.append(madeSerials.count)
            return madeSerials.count - 1
        }
    }

    func recordReleased(_ serial: Int) {
        lock.withLock { releasedSerials.append(serial) }
    }

    var made: [Int] { lock.withLock { madeSerials } }
    var released: [Int] { lock.withLock { releasedSerials } }
}

/// A per-thread value that tells the ledger when it is made and when it is released.
private final class Probe {
    let serial: Int
    private let ledger: Ledger

    init(_ ledger: Ledger) {
        self.ledger = ledger
        serial = ledger.recordMade()
    }

    deinit { ledger.recordReleased(serial) }
}

/// A per-thread value whose release reads another slot, as a cache of GEOS objects does.
private final class Dependent {
    private let context: ThreadLocal<Probe>

    init(_ context: ThreadLocal<Probe>) {
        self.context = context
    }

    deinit { _ = context.value.serial }
}

/// What one thread saw of its value.
private struct Observation: Sendable {
    let serial: Int
    let sameOnSecondRead: Bool
    let releasedWhileRunning: Bool
}

/// What each thread saw, by thread.
private final class Observations: @unchecked Sendable {
    // Sendable because every access holds `lock`.
    private let lock = NSLock()
    private var slots: [Observation?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ observation: Observation) {
        lock.withLock { slots[index] = observation }
    }

    var values: [Observation?] { lock.withLock { slots } }
}

/// Runs `body` on a new POSIX thread, returned for joining: unlike Foundation's `Thread`, it can be
/// joined, and a joined thread has run its thread-exit destructors.
private func startThread(_ body: @escaping @Sendable () -> Void) -> pthread_t {
    final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
    var thread = pthread_t()
    let status = pthread_create(
        &thread, nil,
        { raw in
            Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, Unmanaged.passRetained(Body(body)).toOpaque())
    precondition(status == 0, "pthread_create failed (\(status))")
    return thread
}
