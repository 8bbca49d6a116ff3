import CPROJ
import Dispatch
import SwiftGEOS

extension Geodesic {
    /// The geodesic distance in metres from `starts[i]` to `ends[i]`, for every `i`, on all cores.
    ///
    /// The same numbers as `inverse(_:_:).distance` one pair at a time, bit for bit: each pair is
    /// one `geod_inverse` call whatever thread runs it, and the ellipsoid's coefficients are only
    /// read. Batches below 16,384 pairs run on the calling thread (splitting costs more than it saves).
    ///
    /// ```swift
    /// let metres = try Geodesic.wgs84.distances(from: points, to: points.dropFirst() + [points[0]])
    /// ```
    /// - Throws: `PROJError.invalidArgument` when the two arrays differ in length,
    ///   `.invalidCoordinate` for the first unusable coordinate (nothing is measured then).
    public func distances(
        from starts: some Collection<Coordinate>, to ends: some Collection<Coordinate>
    ) throws(PROJError) -> [Double] {
        let starts = Array(starts)
        let ends = Array(ends)
        guard starts.count == ends.count else {
            throw .invalidArgument(
                "\(starts.count) start points but \(ends.count) end points: give one end per start")
        }
        try Self.check(starts)
        try Self.check(ends)
        let count = starts.count
        let chunk = 16_384
        let chunks = (count + chunk - 1) / chunk
        let ellipsoid = self.ellipsoid
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each iteration writes its own slice of the buffer, so no two threads touch one element.
            let base = SendableAddress(buffer.baseAddress)
            let measure: @Sendable (Int) -> Void = { index in
                withUnsafePointer(to: ellipsoid) { geodesic in
                    for pair in index * chunk..<min(count, (index + 1) * chunk) {
                        base.pointer![pair] = Self.inverse(geodesic, starts[pair], ends[pair]).distance
                    }
                }
            }
            if chunks > 1 {
                DispatchQueue.concurrentPerform(iterations: chunks, execute: measure)
            } else if chunks == 1 {
                measure(0)
            }
            initialized = count
        }
    }
}

/// The start of a buffer whose disjoint slices are written by the iterations of one
/// `concurrentPerform`. `@unchecked Sendable` is true because every iteration writes a different
/// range and `concurrentPerform` returns only after all of them finish, so no element is shared.
private struct SendableAddress: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>?
    init(_ pointer: UnsafeMutablePointer<Double>?) { self.pointer = pointer }
}
