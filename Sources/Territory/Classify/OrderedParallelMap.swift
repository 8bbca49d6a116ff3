import Foundation

/// Maps a stream of work items on every core and hands the results back in input order, with at
/// most `depth` items in flight: memory stays bounded however long the stream.
///
/// The caller's thread pulls items and consumes results while the workers compute; each result
/// travels in a `ParallelSlot` that its worker fills once and the caller reads after waiting on
/// the slot's semaphore.
struct OrderedParallelMap<Base: IteratorProtocol, Output: Sendable>: IteratorProtocol where Base.Element: Sendable {
    private var base: Base
    private let transform: @Sendable (Base.Element) -> Output
    private var inFlight: [ParallelSlot<Output>] = []
    private var head = 0
    private let depth: Int

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
            let slot = ParallelSlot<Output>()
            let transform = self.transform
            DispatchQueue.global().async {
                slot.value = transform(item)
                slot.ready.signal()
            }
            inFlight.append(slot)
        }
        guard head < inFlight.count else { return nil }
        let slot = inFlight[head]
        head += 1
        if head >= depth {
            inFlight.removeFirst(head)
            head = 0
        }
        slot.ready.wait()
        // The caller owns the result now: the slot must not keep it alive.
        defer { slot.value = nil }
        return slot.value
    }
}

/// One result of `OrderedParallelMap` on its way. `@unchecked Sendable` is true here: `value` is
/// written by exactly one worker before it signals `ready`, and read (then cleared) only by the
/// caller after waiting on `ready`, so the semaphore orders every access.
private final class ParallelSlot<Value: Sendable>: @unchecked Sendable {
    let ready = DispatchSemaphore(value: 0)
    var value: Value?
}
