import CPROJ
import SwiftGEOS

/// Transforms coordinates from one CRS to another.
///
/// Axis order is normalised: coordinates go in and come out as (longitude, latitude) for
/// geographic CRSs and (easting, northing) for projected ones, whatever the CRS's official order.
/// A `Transformer` is a plain value; the PROJ object behind it lives in the calling thread's
/// context, created on that thread's first use of the (source, target) pair and then reused.
public struct Transformer: Sendable {
    /// The CRS coordinates are taken in.
    public let source: CRS
    /// The CRS coordinates are given in.
    public let target: CRS
    /// Whether this runs the (target, source) operation backwards instead of creating a second one.
    private let runsBackwards: Bool

    /// A transformer from `source` to `target`; throws if PROJ does not know either CRS or finds
    /// no operation between them.
    public init(from source: CRS, to target: CRS) throws(PROJError) {
        self.source = source
        self.target = target
        runsBackwards = false
        _ = try PROJContext.current.operation(for: key)
    }

    private init(source: CRS, target: CRS, runsBackwards: Bool) {
        self.source = source
        self.target = target
        self.runsBackwards = runsBackwards
    }

    /// The transformer from `target` back to `source`, sharing this one's PROJ object.
    public var inverse: Transformer {
        Transformer(source: target, target: source, runsBackwards: !runsBackwards)
    }

    private var key: TransformerKey {
        runsBackwards ? TransformerKey(source: target, target: source) : TransformerKey(source: source, target: target)
    }

    /// Transforms every coordinate in place with one `proj_trans_generic` call.
    ///
    /// On error `coordinates` is left unchanged. NaN or infinite input is refused rather than
    /// passed through, so that a failure can always be traced to the coordinate that caused it.
    public func transform(_ coordinates: inout [Coordinate]) throws(PROJError) {
        if let index = coordinates.firstIndex(where: { !$0.x.isFinite || !$0.y.isFinite }) {
            throw .invalidCoordinate(
                coordinates[index],
                reason: "coordinate \(index) is NaN or infinite; remove or repair it before transforming")
        }
        guard !coordinates.isEmpty else { return }
        let context = PROJContext.current
        let operation = try context.operation(for: key)
        var output = coordinates
        proj_errno_reset(operation)
        context.clearMessages()
        output.withUnsafeMutableBytes { bytes in
            let stride = MemoryLayout<Coordinate>.stride
            let x = (bytes.baseAddress! + MemoryLayout<Coordinate>.offset(of: \.x)!).assumingMemoryBound(
                to: Double.self)
            let y = (bytes.baseAddress! + MemoryLayout<Coordinate>.offset(of: \.y)!).assumingMemoryBound(
                to: Double.self)
            let count = bytes.count / stride
            _ = proj_trans_generic(
                operation, runsBackwards ? PJ_INV : PJ_FWD, x, stride, count, y, stride, count,
                nil, 0, 0, nil, 0, 0)
        }
        // PROJ marks a coordinate it could not transform with HUGE_VAL and carries on with the rest.
        if let index = output.firstIndex(where: { !$0.x.isFinite || !$0.y.isFinite }) {
            let code = proj_errno(operation)
            throw .transformFailed(
                index: index, coordinate: coordinates[index],
                reason: code == 0 ? "PROJ returned an infinite value" : context.message(forErrorCode: code))
        }
        coordinates = output
    }

    /// The transformed coordinate.
    public func transform(_ coordinate: Coordinate) throws(PROJError) -> Coordinate {
        var coordinates = [coordinate]
        try transform(&coordinates)
        return coordinates[0]
    }

    /// The shape with every coordinate transformed (in one bulk call).
    public func transform(_ shape: Shape) throws(PROJError) -> Shape {
        var coordinates = shape.allCoordinates
        try transform(&coordinates)
        return shape.replacingCoordinates(with: coordinates)
    }

    /// The geometry with every coordinate transformed (in one bulk call).
    public func transform(_ geometry: Geometry) throws(PROJError) -> Geometry {
        let transformed = try transform(geometry.shape)
        do {
            return try Geometry(transformed)
        } catch {
            throw .geometry(error)
        }
    }
}
