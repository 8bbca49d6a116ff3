import Foundation
import SwiftGEOS
import XCTest

/// Threads that exit must free their GEOS context (checked by the valgrind run in the README);
/// here each thread does GEOS work on its own context and hands back a Sendable result.
final class ThreadExitTests: XCTestCase {
    func testShortLivedThreadsComputeIndependently() {
        let count = 8
        let results = ResultBox(count: count)
        let done = DispatchGroup()
        for index in 0..<count {
            done.enter()
            let thread = Thread {
                let area = try? Geometry(wkt: "POLYGON ((0 0, \(index + 1) 0, \(index + 1) 1, 0 1, 0 0))").area
                let error = (try? Geometry(wkt: "POINT (")) == nil
                results.set(index, area.map { error ? $0 : -1 })
                done.leave()
            }
            thread.start()
        }
        done.wait()
        XCTAssertEqual(results.values, (1...count).map { Double($0) })
    }
}

/// Results written by the worker threads, each to its own slot.
private final class ResultBox: @unchecked Sendable {
    // Sendable because every access holds `lock`.
    private let lock = NSLock()
    private var slots: [Double?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Double?) {
        lock.withLock { slots[index] = value }
    }

    var values: [Double?] { lock.withLock { slots } }
}
