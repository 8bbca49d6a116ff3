import CPROJ
import SwiftGEOS

/// Geodesics on an ellipsoid of revolution, computed with GeographicLib's algorithms (Karney 2013,
/// "Algorithms for geodesics", J. Geodesy 87:43-55) as shipped in PROJ: accurate to about 15 nm.
///
/// Coordinates are (x: longitude, y: latitude) in degrees; distances in metres, azimuths in
/// degrees clockwise from north, areas in square metres. Input is checked: NaN or infinite values,
/// latitudes beyond ±90° and longitudes beyond ±540° (almost certainly metres or swapped axes)
/// throw `PROJError.invalidCoordinate`.
public struct Geodesic: Sendable {
    /// GeographicLib's precomputed series coefficients for the ellipsoid: plain doubles, no handle.
    let ellipsoid: geod_geodesic

    /// The WGS 84 ellipsoid (a = 6 378 137 m, f = 1/298.257223563).
    public static let wgs84 = Geodesic(checkedRadius: 6_378_137, flattening: 1 / 298.257_223_563)

    /// An ellipsoid with the given equatorial radius (metres) and flattening ((a − b) / a; 0 for a
    /// sphere, negative for a prolate ellipsoid).
    public init(equatorialRadius: Double, flattening: Double) throws(PROJError) {
        guard equatorialRadius.isFinite, equatorialRadius > 0 else {
            throw .invalidArgument("equatorial radius \(equatorialRadius) must be a positive number of metres")
        }
        guard flattening.isFinite, flattening < 1 else {
            throw .invalidArgument(
                "flattening \(flattening) must be finite and below 1 (WGS 84's is 1/298.257223563, a sphere's 0)")
        }
        self.init(checkedRadius: equatorialRadius, flattening: flattening)
    }

    private init(checkedRadius radius: Double, flattening: Double) {
        var ellipsoid = geod_geodesic()
        geod_init(&ellipsoid, radius, flattening)
        self.ellipsoid = ellipsoid
    }

    /// The equatorial radius in metres.
    public var equatorialRadius: Double { ellipsoid.a }

    /// The flattening.
    public var flattening: Double { ellipsoid.f }

    /// The shortest geodesic between `a` and `b`: its length and the azimuths at both ends.
    public func inverse(_ a: Coordinate, _ b: Coordinate) throws(PROJError) -> GeodesicInverse {
        try Self.check(a)
        try Self.check(b)
        return withUnsafePointer(to: ellipsoid) { Self.inverse($0, a, b) }
    }

    /// Where the geodesic leaving `start` with `azimuth` (degrees from north) ends after `distance`
    /// metres (negative goes backwards), and its azimuth there.
    public func direct(from start: Coordinate, azimuth: Double, distance: Double) throws(PROJError) -> GeodesicDirect {
        try Self.check(start)
        guard azimuth.isFinite else { throw .invalidArgument("azimuth \(azimuth) must be a finite number of degrees") }
        guard distance.isFinite else {
            throw .invalidArgument("distance \(distance) must be a finite number of metres")
        }
        var latitude = 0.0
        var longitude = 0.0
        var endAzimuth = 0.0
        withUnsafePointer(to: ellipsoid) {
            geod_direct($0, start.y, start.x, azimuth, distance, &latitude, &longitude, &endAzimuth)
        }
        return GeodesicDirect(coordinate: Coordinate(x: longitude, y: latitude), azimuth: endAzimuth)
    }

    /// The inverse problem on already checked input.
    static func inverse(_ ellipsoid: UnsafePointer<geod_geodesic>, _ a: Coordinate, _ b: Coordinate) -> GeodesicInverse
    {
        var distance = 0.0
        var azimuth1 = 0.0
        var azimuth2 = 0.0
        geod_inverse(ellipsoid, a.y, a.x, b.y, b.x, &distance, &azimuth1, &azimuth2)
        return GeodesicInverse(distance: distance, azimuth1: azimuth1, azimuth2: azimuth2)
    }

    /// Throws unless `coordinate` is a usable (longitude, latitude) pair.
    static func check(_ coordinate: Coordinate) throws(PROJError) {
        guard coordinate.isFinite else {
            throw .invalidCoordinate(coordinate, reason: "it is NaN or infinite; remove or repair it before measuring")
        }
        guard abs(coordinate.y) <= 90 else {
            throw .invalidCoordinate(
                coordinate,
                reason: "latitude \(coordinate.y) is beyond ±90°; coordinates are (x: longitude, y: latitude) in "
                    + "degrees, so check for swapped axes or projected metres")
        }
        guard abs(coordinate.x) <= 540 else {
            throw .invalidCoordinate(
                coordinate,
                reason: "longitude \(coordinate.x) is beyond ±540°; coordinates are (x: longitude, y: latitude) in "
                    + "degrees, so these look like projected metres: transform them to CRS.wgs84 first")
        }
    }

    /// Throws unless every coordinate is a usable (longitude, latitude) pair.
    static func check(_ coordinates: [Coordinate]) throws(PROJError) {
        for coordinate in coordinates { try check(coordinate) }
    }

    /// Throws unless `shape` is well formed (closed rings, no one-point lines) with usable
    /// (longitude, latitude) coordinates.
    static func check(_ shape: Shape) throws(PROJError) {
        do {
            try shape.validate()
        } catch {
            throw .geometry(error)
        }
        try shape.forEachRun { (run) throws(PROJError) in try check(run) }
    }

    /// The length of the path through `coordinates` and, for a ring (`closed`), the area it
    /// encloses counter-clockwise, both accumulated by GeographicLib in double-double precision.
    ///
    /// A ring needs no repeated closing coordinate; one is dropped so that the vertices are exactly
    /// those GeographicLib's Planimeter would be given.
    static func measure(
        _ ellipsoid: UnsafePointer<geod_geodesic>, _ coordinates: [Coordinate], closed: Bool
    ) -> (signedArea: Double, length: Double) {
        var vertices = coordinates[...]
        if closed, vertices.count > 1, vertices.first == vertices.last { vertices = vertices.dropLast() }
        var polygon = geod_polygon()
        geod_polygon_init(&polygon, closed ? 0 : 1)
        for vertex in vertices { geod_polygon_addpoint(ellipsoid, &polygon, vertex.y, vertex.x) }
        var area = 0.0
        var length = 0.0
        // reverse = 0: counter-clockwise is positive; sign = 1: a clockwise ring gives a negative
        // area rather than the area of the rest of the ellipsoid.
        geod_polygon_compute(ellipsoid, &polygon, 0, 1, &area, &length)
        return (closed ? area : 0, length)
    }
}

/// The solution of the inverse geodesic problem.
public struct GeodesicInverse: Sendable, Hashable {
    /// The length of the shortest geodesic, in metres.
    public var distance: Double
    /// The azimuth at the first point, in degrees clockwise from north, in [-180, 180].
    public var azimuth1: Double
    /// The forward azimuth at the second point (the direction of travel on arrival), in degrees.
    public var azimuth2: Double
}

/// The solution of the direct geodesic problem.
public struct GeodesicDirect: Sendable, Hashable {
    /// The end point.
    public var coordinate: Coordinate
    /// The forward azimuth at the end point, in degrees.
    public var azimuth: Double
}
