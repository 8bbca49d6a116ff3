import Foundation
import SwiftGEOS
import XCTest

/// Threads that exit must free their GEOS context (checked by `make valgrind`, docs/reliability.md);
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

    /// A geometry is not bound to the context that made it: GEOS geometries point to the
    /// process-wide default GeometryFactory, and a context holds only message handlers and
    /// settings. So a geometry made on a thread that has since exited (its context finished) is
    /// used and destroyed with this thread's context; valgrind and AddressSanitizer would report
    /// any use of the finished context.
    func testAGeometryOutlivesTheThreadAndContextThatMadeIt() throws {
        let box = GeometryBox()
        var thread = pthread_t()
        let started = pthread_create(
            &thread, nil,
            { raw in
                let box = Unmanaged<GeometryBox>.fromOpaque(raw!).takeUnretainedValue()
                box.geometry = try? Geometry(wkt: "POLYGON ((0 0, 4 0, 4 1, 0 1, 0 0))")
                return nil
            }, Unmanaged.passUnretained(box).toOpaque())
        XCTAssertEqual(started, 0)
        // After the join the thread is gone and its key destructor has finished its context.
        XCTAssertEqual(pthread_join(thread, nil), 0)
        let made = try XCTUnwrap(box.geometry)
        box.geometry = nil
        XCTAssertEqual(made.area, 4)
        let cut = try made.intersection(try Geometry(wkt: "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"))
        XCTAssertEqual(cut.area, 1)
        XCTAssertEqual(made.wkt(), "POLYGON ((0 0, 4 0, 4 1, 0 1, 0 0))")
    }
}

/// Carries a geometry out of a raw pthread. Not Sendable, and not used concurrently: the thread
/// writes it before `pthread_join` returns and only then does the test read it.
private final class GeometryBox {
    var geometry: Geometry?
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
