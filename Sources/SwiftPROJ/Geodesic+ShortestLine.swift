import SwiftGEOS

/// The shortest geodesic between two geometries: its length and the nearest point of each.
public struct GeodesicShortestLine: Sendable, Hashable {
    /// How the line was found, which bounds how close it is to the true shortest one.
    public enum Method: Sendable, Hashable {
        /// One geometry is a point: the exact point-to-geometry search of
        /// `Geodesic.distance(from:to:)`, within 1 µm of the true minimum.
        case fromPoint
        /// The geometries intersect (GEOS, edges as straight lon/lat lines): the length is 0 and
        /// both ends are one shared point.
        case meeting
        /// Nearest points in an azimuthal equidistant projection centred between the geometries,
        /// then refined by exact point-to-geometry searches until the length stops shrinking.
        case refinedFromProjection
    }

    /// Length in metres on the ellipsoid.
    public var meters: Double
    /// The nearest point of the first geometry.
    public var start: Coordinate
    /// The nearest point of the second geometry.
    public var end: Coordinate
    /// How it was found.
    public var method: Method
}

extension Geodesic {
    /// The shortest geodesic between two lon/lat geometries (0 when they meet), and where it runs.
    ///
    /// Method. When either geometry is a point, the exact search of `distance(from:to:)` answers.
    /// When the geometries intersect the answer is 0 at a shared point. Otherwise GEOS finds the
    /// nearest points in an azimuthal equidistant projection centred on the two envelopes'
    /// common box, and the pair is refined by alternating exact point-to-geometry searches
    /// (the nearest point of `b` to the current point of `a`, then of `a` to that), for at most 8
    /// rounds, keeping a round's pair only when it shortens the line by more than 1 µm.
    ///
    /// Accuracy. The length is that of a real geodesic between the two ends. After a refining
    /// round the ends lie on the geometries' geodesic edges; when the first round gains nothing
    /// (the usual case for nearby geometries) the ends are the projection's nearest points, which
    /// lie on the edges drawn straight in the projection, off the geodesic edges by their
    /// sagitta: centimetres for edges of 100 km (the tests measure at most 7 cm and allow 0.5 m),
    /// so the length can be short of the true minimum by that much. It exceeds the minimum only
    /// when the projection's scale error (about (r / 6 371 km)² / 6 at r from the centre) picks
    /// the wrong one of two near-equal candidates; the tests check it against GeographicLib on
    /// dense samples of both boundaries.
    /// Geometries crossing the antimeridian are not supported.
    ///
    /// ```swift
    /// let line = try Geodesic.wgs84.shortestLine(from: armenia, to: nakhchivan)
    /// line.meters   // 0: they share a border
    /// ```
    /// - Throws: `PROJError.invalidGeometry` for an empty geometry, `.invalidCoordinate` for
    ///   coordinates that are not longitude/latitude, `.geometry` when GEOS fails.
    public func shortestLine(from a: Geometry, to b: Geometry) throws(PROJError) -> GeodesicShortestLine {
        let shapeA = a.shape
        let shapeB = b.shape
        if case .point(let point) = shapeA {
            let found = try distance(from: point, to: b)
            return GeodesicShortestLine(meters: found.meters, start: point, end: found.nearest, method: .fromPoint)
        }
        if case .point(let point) = shapeB {
            let found = try distance(from: point, to: a)
            return GeodesicShortestLine(meters: found.meters, start: found.nearest, end: point, method: .fromPoint)
        }
        for geometry in [a, b] where geometry.isEmpty {
            throw .invalidGeometry("the distance to an empty geometry is undefined; skip empty geometries first")
        }
        try Self.check(shapeA)
        try Self.check(shapeB)
        do {
            if try a.intersects(b) {
                let (point, _) = try a.nearestPoints(to: b)
                return GeodesicShortestLine(meters: 0, start: point, end: point, method: .meeting)
            }
        } catch {
            throw .geometry(error)
        }
        var (pa, pb) = try Self.projectedNearestPoints(a, b)
        var meters = try inverse(pa, pb).distance
        for _ in 0..<8 {
            let towardB = try distance(from: pa, to: b)
            let towardA = try distance(from: towardB.nearest, to: a)
            guard towardA.meters < meters - 1e-6 else { break }
            (pa, pb, meters) = (towardA.nearest, towardB.nearest, towardA.meters)
        }
        return GeodesicShortestLine(meters: meters, start: pa, end: pb, method: .refinedFromProjection)
    }

    /// The nearest points of two lon/lat geometries in an azimuthal equidistant projection centred
    /// on their common envelope, brought back to lon/lat.
    private static func projectedNearestPoints(_ a: Geometry, _ b: Geometry) throws(PROJError)
        -> (Coordinate, Coordinate)
    {
        let ea = a.envelope
        let eb = b.envelope
        let centre = Coordinate(
            x: (min(ea.minX, eb.minX) + max(ea.maxX, eb.maxX)) / 2,
            y: (min(ea.minY, eb.minY) + max(ea.maxY, eb.maxY)) / 2)
        let local = CRS(definition: "+proj=aeqd +lat_0=\(centre.y) +lon_0=\(centre.x) +datum=WGS84 +units=m +type=crs")
        let forward = try Transformer(from: .wgs84, to: local)
        let projectedA = try forward.transform(a)
        let projectedB = try forward.transform(b)
        let nearest: (Coordinate, Coordinate)
        do {
            nearest = try projectedA.nearestPoints(to: projectedB)
        } catch {
            throw .geometry(error)
        }
        return (try forward.inverse.transform(nearest.0), try forward.inverse.transform(nearest.1))
    }
}
