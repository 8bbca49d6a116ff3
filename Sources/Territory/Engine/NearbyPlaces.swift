import SwiftPROJ

/// A gazetteer place and how far it is from a position.
public struct NearbyPlace: Sendable, Hashable {
    /// The place.
    public var place: Place
    /// Geodesic distance on the WGS 84 ellipsoid, metres.
    public var meters: Double
    /// Azimuth from the position to the place, degrees clockwise from north (0 ..< 360).
    public var azimuth: Double

    /// Distance in kilometres.
    public var kilometers: Double { meters / 1000 }
}

extension Dataset {
    /// The places nearest to `coordinate` (x longitude, y latitude), nearest first (ties by id),
    /// measured along the geodesic on the WGS 84 ellipsoid: at most `limit` of them, and only
    /// those within `withinKm` when given.
    ///
    /// ```swift
    /// let near = try dataset.places(near: Coordinate(x: 46.36, y: 40.68), limit: 3)
    /// near.map(\.place.id)   // ["ganja", …]
    /// ```
    /// - Throws: `QueryError.invalidCoordinate` for a position that is not one,
    ///   `.notApplicable` for a radius or limit that is not positive.
    public func places(near coordinate: Coordinate, withinKm: Double? = nil, limit: Int = 10) throws(QueryError)
        -> [NearbyPlace]
    {
        guard coordinate.isFinite, (-180...180).contains(coordinate.x), (-90...90).contains(coordinate.y) else {
            throw .invalidCoordinate(coordinate)
        }
        if let withinKm, !(withinKm > 0) {
            throw .notApplicable("the radius must be a positive number of kilometres, found \(withinKm)")
        }
        guard limit > 0 else { throw .notApplicable("the number of places must be positive, found \(limit)") }
        var found: [NearbyPlace] = []
        found.reserveCapacity(places.count)
        do {
            for place in places {
                let inverse = try Geodesic.wgs84.inverse(coordinate, place.coordinate)
                guard withinKm.map({ inverse.distance <= $0 * 1000 }) ?? true else { continue }
                let azimuth = (inverse.azimuth1 + 360).truncatingRemainder(dividingBy: 360)
                found.append(NearbyPlace(place: place, meters: inverse.distance, azimuth: azimuth))
            }
        } catch {
            throw .geometry(error.description)
        }
        found.sort { ($0.meters, $0.place.id) < ($1.meters, $1.place.id) }
        return Array(found.prefix(limit))
    }
}
