import Foundation

/// Maps a stream of work items on every core and hands the results back in input order, with at
/// most `depth` items in flight: memory stays bounded however long the stream.
///
/// The caller's thread pulls items and consumes results while the workers compute; each result
/// travels in a `Slot` that its worker fills once and the caller reads after waiting on the slot's
/// semaphore.
struct OrderedParallelMap<Base: IteratorProtocol, Output>: IteratorProtocol {
    private var base: Base
    private let transform: @Sendable (Base.Element) -> Output
    private var inFlight: [Slot] = []
    private var head = 0
    private let depth: Int

    /// One result on its way. `@unchecked Sendable` is true here: `value` is written by exactly
    /// one worker before it signals `ready`, and read only by the caller after waiting on `ready`,
    /// so the semaphore orders every access.
    private final class Slot: @unchecked Sendable {
        let ready = DispatchSemaphore(value: 0)
        var value: Output?
    }

    /// Work items handed to a worker. `@unchecked Sendable` is true here: the caller gives the
    /// item away when it dispatches it and never touches it again.
    private struct Handoff: @unchecked Sendable {
        var item: Base.Element
    }

    init(
        _ base: Base, depth: Int = 2 * ProcessInfo.processInfo.activeProcessorCount + 2,
        transform: @escaping @Sendable (Base.Element) -> Output
    ) {
        self.base = base
        self.transform = transform
        self.depth = max(1, depth)
    }

    mutating func next() -> Output? {
        while inFlight.count - head < depth, let item = base.next() {
            let slot = Slot()
            let handoff = Handoff(item: item)
            let transform = self.transform
            DispatchQueue.global().async {
                slot.value = transform(handoff.item)
                slot.ready.signal()
            }
            inFlight.append(slot)
        }
        guard head < inFlight.count else { return nil }
        let slot = inFlight[head]
        head += 1
        if head > 64 {
            inFlight.removeFirst(head)
            head = 0
        }
        slot.ready.wait()
        return slot.value
    }
}
