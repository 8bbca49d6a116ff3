import SwiftPROJ
import Territory

extension Atlas {
    /// A print-quality SVG map of who held what on `day`: ground shaded by holder with a legend
    /// (names and areas), ground whose de facto and de jure holders differ hatched in the other
    /// holder's colour, corridors styled by status, places labelled without overlaps where
    /// possible, a scale bar, a title with the date and the data's sources in small print.
    ///
    /// The ground is drawn in PROJ's Lambert azimuthal equal-area projection centred on the
    /// dataset's ground. Every holder is one `<path class="ground" data-holder="ID">`, and every
    /// legend entry a `<g class="legend-holder" data-holder="ID" data-area-km2="…">`.
    ///
    /// ```swift
    /// let svg = try atlas.svgMap(on: try Day(iso: "1994-05-12"))
    /// try svg.write(to: URL(fileURLWithPath: "map.svg"), atomically: true, encoding: .utf8)
    /// ```
    /// - Throws: `QueryError.outsideRange` for a day outside the dataset, `.notApplicable` for a
    ///   width outside `MapOptions.widths`, `.geometry` if GEOS or PROJ fails.
    public func svgMap(on day: Day, options: MapOptions = MapOptions()) throws(QueryError) -> String {
        guard MapOptions.widths.contains(options.width) else {
            throw .notApplicable(
                "a map is \(MapOptions.widths.lowerBound) to \(MapOptions.widths.upperBound) pixels wide, "
                    + "not \(options.width)")
        }
        let period = try periodGround(containing: day)
        let projection = try MapProjection(atlas: self)
        let ground = try mapGround(period, layer: options.layer, projection: projection, toleranceMeters: 100)
        let scaleBar = try ScaleBar(projection: projection)
        return SVGMapComposer(
            dataset: dataset, day: day, layer: options.layer, period: period.period, ground: ground,
            projection: projection, scaleBar: scaleBar, width: options.width
        ).svg()
    }
}

/// A true-length scale bar: how many projected metres one geodesic kilometre spans eastwards
/// from the projection's centre (where an azimuthal projection is closest to true).
struct ScaleBar {
    let projectedMetresPerKm: Double

    init(projection: MapProjection) throws(QueryError) {
        let east: Coordinate
        do {
            east = try Geodesic.wgs84.direct(from: projection.centre, azimuth: 90, distance: 100_000).coordinate
        } catch {
            throw .geometry("cannot measure the scale bar: \(error)")
        }
        let a = try projection.project(projection.centre)
        let b = try projection.project(east)
        projectedMetresPerKm = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot() / 100
    }

    /// The round length (km) whose bar is closest to `target` drawing units long, and that length.
    func length(scale: Double, target: Double) -> (km: Double, units: Double) {
        let perKm = projectedMetresPerKm * scale
        let km = [5.0, 10, 20, 25, 50, 100, 150, 200, 250, 500, 1000].min {
            abs($0 * perKm - target) < abs($1 * perKm - target)
        }!
        return (km, km * perKm)
    }
}
