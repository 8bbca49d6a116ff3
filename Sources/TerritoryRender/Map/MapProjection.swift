import SwiftPROJ
import Territory

/// The projection of the maps: PROJ's Lambert azimuthal equal-area projection on the WGS 84
/// ellipsoid, centred on the middle of the dataset's ground, in metres. Equal-area, so the shaded
/// areas compare as the legend's km² do; near the centre distances are nearly true too.
struct MapProjection {
    /// The longitude/latitude of the projection's centre.
    let centre: Coordinate
    private let transformer: Transformer

    /// The projection centred on the envelope of every compiled face of `atlas`'s dataset.
    init(atlas: Atlas) throws(QueryError) {
        let centre =
            atlas.groundEnvelope.map { Coordinate(x: ($0.minX + $0.maxX) / 2, y: ($0.minY + $0.maxY) / 2) }
            ?? Coordinate(x: 46.5, y: 39.8)
        try self.init(centre: centre)
    }

    /// The projection centred on `centre` (longitude, latitude).
    init(centre: Coordinate) throws(QueryError) {
        self.centre = centre
        let lonLat = CRS(definition: "+proj=longlat +datum=WGS84 +no_defs +type=crs")
        let equalArea = CRS(
            definition: "+proj=laea +lat_0=\(centre.y) +lon_0=\(centre.x) +datum=WGS84 +units=m +no_defs +type=crs")
        do {
            transformer = try Transformer(from: lonLat, to: equalArea)
        } catch {
            throw .geometry("cannot set up the map projection: \(error)")
        }
    }

    /// The shape in projected metres (x east, y north).
    func project(_ shape: Shape) throws(QueryError) -> Shape {
        do {
            return try transformer.transform(shape)
        } catch {
            throw .geometry("cannot project for the map: \(error)")
        }
    }

    /// The coordinate in projected metres.
    func project(_ coordinate: Coordinate) throws(QueryError) -> Coordinate {
        do {
            return try transformer.transform(coordinate)
        } catch {
            throw .geometry("cannot project for the map: \(error)")
        }
    }

    /// The projected shape simplified so no vertex moves more than `toleranceMeters`, keeping
    /// each polygon valid: a map needs no detail finer than a fraction of its pixels.
    func projectSimplified(_ shape: Shape, toleranceMeters: Double) throws(QueryError) -> Shape {
        let projected = try project(shape)
        do {
            return try Geometry(projected).topologyPreservingSimplify(tolerance: toleranceMeters).shape
        } catch {
            throw .geometry("cannot simplify for the map: \(error)")
        }
    }
}
