import Testing

@testable import Territory

/// `OrderedParallelMap` is what keeps `territory classify`'s memory flat however long the input:
/// it takes at most `depth` items ahead of the consumer and keeps no result it has handed back.
/// Both are asserted by counting and by references, not by measuring memory.
@Suite struct OrderedParallelMapTests {
    /// Hands out `items` and counts how many it has handed out. Only the consumer's thread pulls
    /// from the map's base, so the count needs no lock.
    final class Counting: IteratorProtocol {
        private var items: Range<Int>
        private(set) var taken = 0

        init(_ items: Range<Int>) { self.items = items }

        func next() -> Int? {
            guard let item = items.popFirst() else { return nil }
            taken += 1
            return item
        }
    }

    /// A result whose lifetime a test can watch.
    final class Boxed: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    @Test(arguments: [1, 3, 6])
    func takesAtMostDepthItemsAheadOfTheConsumer(depth: Int) {
        let items = Counting(0..<100)
        var map = OrderedParallelMap(items, depth: depth) { $0 * 2 }
        var results: [Int] = []
        var mostHeld = 0
        while let result = map.next() {
            results.append(result)
            // Taken from the stream and not yet consumed, counting the result in hand.
            mostHeld = max(mostHeld, items.taken - results.count + 1)
        }
        #expect(results == (0..<100).map { $0 * 2 })
        // Reached (the workers run ahead) and never passed (the stream is not read ahead unbounded).
        #expect(mostHeld == depth)
    }

    @Test func keepsNoResultItHandedBack() {
        var map = OrderedParallelMap(Counting(0..<10), depth: 3) { Boxed($0) }
        var handed = map.next()
        weak var watched = handed
        #expect(handed?.value == 0)
        handed = nil
        // The map still holds the slot the result came in; the slot must not hold the result.
        #expect(watched == nil)
        #expect(map.next()?.value == 1)
    }
}
