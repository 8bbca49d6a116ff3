import CPROJ
import Foundation
import SwiftGEOS

/// The shortest geodesic from a point to a geometry.
public struct GeodesicDistance: Sendable, Hashable {
    /// Its length in metres; 0 when the geometry covers the point.
    public var meters: Double
    /// The point of the geometry nearest to the query point.
    public var nearest: Coordinate
}

extension Geodesic {
    /// The shortest geodesic distance from `point` to `geometry`, and the nearest point of the geometry.
    ///
    /// Method. If the geometry covers the point (GEOS `covers`, so with edges taken as straight
    /// lines in longitude/latitude) the distance is 0. Otherwise edges are geodesics between
    /// vertices and the distance is the minimum over vertices, isolated points and edge interiors.
    /// Along an edge, the distance f(s) to the point has the exact derivative
    /// f'(s) = −cos(α), α being the angle between the edge and the geodesic to the point (the
    /// first variation of arc length), so an interior minimum lies where f' changes sign from − to
    /// +. Each edge (cut into pieces of at most 1 000 km, each short enough to hold at most one
    /// minimum) whose ends show that sign change, and whose triangle-inequality lower bound
    /// (d(A) + d(B) − |AB|) / 2 can beat the best distance so far, is searched by bisection of f'
    /// down to 1 µm along the edge.
    ///
    /// Accuracy. The result is GeographicLib's geodesic distance (about 15 nm) to a point within
    /// 1 µm of the true foot, so it exceeds the true minimum by at most 1 µm; the tests check it
    /// against dense sampling of every edge to 1 mm. Near a polygon's boundary the inside test
    /// uses straight lon/lat edges while distances use geodesic edges; the two differ by the
    /// sagitta between them (millimetres for edges of a few kilometres at mid-latitudes).
    public func distance(from point: Coordinate, to geometry: Geometry) throws(PROJError) -> GeodesicDistance {
        try Self.check(point)
        guard !geometry.isEmpty else {
            throw .invalidGeometry("the distance to an empty geometry is undefined; skip empty geometries first")
        }
        let shape = geometry.shape
        try Self.check(shape)
        let covered: Bool
        do {
            covered = try geometry.covers(Geometry(point: point))
        } catch {
            throw .geometry(error)
        }
        if covered { return GeodesicDistance(meters: 0, nearest: point) }
        return withUnsafePointer(to: ellipsoid) { ellipsoid in
            var search = NearestPointSearch(ellipsoid: ellipsoid, target: point)
            for vertex in shape.pointParts { search.consider(point: vertex) }
            for line in shape.lineParts { search.consider(path: line) }
            for polygon in shape.polygonParts {
                for ring in [polygon.exterior] + polygon.holes { search.consider(path: ring) }
            }
            return search.best
        }
    }
}

/// The running minimum of the geodesic distance from `target` to points, vertices and edges.
private struct NearestPointSearch {
    /// Edges longer than this are cut into pieces so that no piece holds more than one local minimum.
    static let maximumPieceLength = 1_000_000.0
    /// Bisection stops when the bracket along the edge is this short (metres).
    static let footTolerance = 1e-6

    let ellipsoid: UnsafePointer<geod_geodesic>
    let target: Coordinate
    private(set) var best = GeodesicDistance(meters: .infinity, nearest: Coordinate(x: .nan, y: .nan))

    init(ellipsoid: UnsafePointer<geod_geodesic>, target: Coordinate) {
        self.ellipsoid = ellipsoid
        self.target = target
    }

    /// A point of the geometry with its distance to the target and the slope of that distance
    /// along the edge through it.
    struct Probe {
        var position: Double
        var coordinate: Coordinate
        var distance: Double
        var slope: Double
    }

    /// A probe at `coordinate`, `position` metres along an edge heading `edgeAzimuth` there, whose
    /// geodesic to the target is `leg`.
    func probe(_ coordinate: Coordinate, _ leg: GeodesicInverse, position: Double, edgeAzimuth: Double) -> Probe {
        let angle = (leg.azimuth1 - edgeAzimuth) * .pi / 180
        return Probe(position: position, coordinate: coordinate, distance: leg.distance, slope: -cos(angle))
    }

    /// A probe `position` metres along `edge`.
    func probe(along edge: UnsafePointer<geod_geodesicline>, at position: Double) -> Probe {
        var latitude = 0.0
        var longitude = 0.0
        var azimuth = 0.0
        geod_position(edge, position, &latitude, &longitude, &azimuth)
        let coordinate = Coordinate(x: longitude, y: latitude)
        return probe(
            coordinate, Geodesic.inverse(ellipsoid, coordinate, target), position: position, edgeAzimuth: azimuth)
    }

    mutating func consider(_ coordinate: Coordinate, distance: Double) {
        if distance < best.meters { best = GeodesicDistance(meters: distance, nearest: coordinate) }
    }

    mutating func consider(point: Coordinate) {
        consider(point, distance: Geodesic.inverse(ellipsoid, point, target).distance)
    }

    mutating func consider(path: [Coordinate]) {
        let legs = path.map { Geodesic.inverse(ellipsoid, $0, target) }
        for (vertex, leg) in zip(path, legs) { consider(vertex, distance: leg.distance) }
        for index in path.indices.dropLast() {
            considerEdge(from: (path[index], legs[index]), to: (path[index + 1], legs[index + 1]))
        }
    }

    private mutating func considerEdge(
        from a: (vertex: Coordinate, leg: GeodesicInverse), to b: (vertex: Coordinate, leg: GeodesicInverse)
    ) {
        var edge = geod_geodesicline()
        // caps 0 means latitude, longitude, azimuth and distance input, all that geod_position needs.
        geod_inverseline(&edge, ellipsoid, a.vertex.y, a.vertex.x, b.vertex.y, b.vertex.x, 0)
        let length = edge.s13
        guard length > 0, (a.leg.distance + b.leg.distance - length) / 2 < best.meters else { return }
        var endAzimuth = 0.0
        geod_position(&edge, length, nil, nil, &endAzimuth)
        let pieces = max(1, Int((length / Self.maximumPieceLength).rounded(.up)))
        var start = probe(a.vertex, a.leg, position: 0, edgeAzimuth: edge.azi1)
        for piece in 1...pieces {
            let end =
                piece == pieces
                ? probe(b.vertex, b.leg, position: length, edgeAzimuth: endAzimuth)
                : probe(along: &edge, at: length * Double(piece) / Double(pieces))
            consider(end.coordinate, distance: end.distance)
            if start.slope < 0 && end.slope > 0 { bisect(&edge, start, end) }
            start = end
        }
    }

    /// Narrows a bracket whose ends slope down and up to the foot of the perpendicular.
    private mutating func bisect(_ edge: UnsafePointer<geod_geodesicline>, _ low: Probe, _ high: Probe) {
        var low = low
        var high = high
        while high.position - low.position > Self.footTolerance {
            let middle = probe(along: edge, at: (low.position + high.position) / 2)
            consider(middle.coordinate, distance: middle.distance)
            guard middle.position > low.position, middle.position < high.position else { return }
            if middle.slope < 0 { low = middle } else { high = middle }
        }
    }
}
