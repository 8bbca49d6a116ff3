/// What an export holds: the ground (polygons) or the corridor routes (lines). GIS formats keep
/// one geometry type per layer or file, so a GeoJSON file meant for them holds one kind.
public enum FeatureKind: String, Sendable, Hashable, CaseIterable {
    /// Ground with one (controller, de jure holder) pair: polygons.
    case ground
    /// Corridor routes: lines.
    case corridors
}

/// The ground and the corridors of one period, in which nothing any answer reports changes: the
/// one input of every renderer (GeoJSON, TopoJSON, GeoPackage, PostGIS, the viewer), computed once
/// by `Atlas.periodGround(containing:)` or `Atlas.periodGrounds(progress:)`.
///
/// The ground is grouped by (de facto, de jure) pair, each group cut into pieces (its polygons),
/// and by holder on each layer (`layers`, as snapshots and maps show it); a corridor is one route.
///
/// ```swift
/// let period = try atlas.periodGround(containing: try Day(iso: "2021-01-01"))
/// for piece in period.holdings.flatMap(\.pieces) { print(piece.id, piece.units, piece.areaKm2) }
/// ```
public struct PeriodGround: Sendable, Hashable {
    /// The period, half-open.
    public var period: Interval
    /// The ground by (de facto, de jure) pair, in the order of the holders in the dataset's
    /// entities (nobody first).
    public var holdings: [Holding]
    /// Each layer's ground by holder, with the ground the other layer gives someone else.
    public var layers: Layered<LayerGround>
    /// The corridor routes in force, in the dataset's corridor order.
    public var routes: [RoutePiece]

    /// The ground held by one (de facto, de jure) pair in a period.
    public struct Holding: Sendable, Hashable {
        /// The de facto holder (entity id), `nil` for nobody.
        public var deFacto: String?
        /// The de jure holder, `nil` for nobody.
        public var deJure: String?
        /// The sum of the compiled geodesic areas of its ground, km² (as `territory snapshot` adds them).
        public var areaKm2: Double
        /// The ground dissolved, lon/lat: a polygon or multipolygon.
        public var shape: Shape
        /// The ids of every unit its ground lies in, whatever their lifetime, broadest first.
        public var touchedUnits: [String]
        /// Its polygons, one piece each.
        public var pieces: [GroundPiece]
    }
}

/// One polygon of ground with one (de facto, de jure) pair over a period: a feature of the exports.
///
/// ```swift
/// piece.id        // "ARM/AZE/2@1994-05-12"
/// piece.units     // ["AZ-LA", "AZ-KAL"]
/// ```
public struct GroundPiece: Sendable, Hashable {
    /// The period.
    public var period: Interval
    /// The de facto holder (entity id), `nil` for nobody.
    public var deFacto: String?
    /// The de jure holder, `nil` for nobody.
    public var deJure: String?
    /// Its number among its holding's pieces, from 1.
    public var number: Int
    /// The ids of the units existing in the period that the polygon lies in, broadest first.
    public var units: [String]
    /// Its geodesic area, km².
    public var areaKm2: Double
    /// The polygon, lon/lat, as GEOS dissolved it (not rounded).
    public var shape: Shape

    /// A feature id, unique in every period: `DEFACTO/DEJURE/NUMBER@FROM`, `none` for nobody and
    /// `start` for an open start.
    public var id: String {
        "\(deFacto ?? "none")/\(deJure ?? "none")/\(number)@\(period.from?.description ?? "start")"
    }
}

/// A corridor's route over a period, with its status, controllers and measures.
///
/// ```swift
/// route.controller?.entity   // "RUS-PK"
/// route.controller?.role     // .guarantor
/// ```
public struct RoutePiece: Sendable, Hashable {
    /// The period.
    public var period: Interval
    /// The corridor id.
    public var corridor: String
    /// The corridor's name.
    public var name: String
    /// Its status in the period, if recorded.
    public var status: Corridor.Status?
    /// The entity in charge (`Corridor.principalController(on:)`), `nil` while proposed.
    public var controller: Corridor.Controller?
    /// Every role in force, as `territory corridor` lists them.
    public var controllers: [Corridor.Controller]
    /// The ids of the units the route crosses, broadest first.
    public var units: [String]
    /// The geodesic area of its strip, km² (`nil`: the corridor has no width).
    public var areaKm2: Double?
    /// The corridor's width, metres.
    public var widthMeters: Double?
    /// The route's geodesic length, km.
    public var lengthKm: Double
    /// The route, lon/lat.
    public var shape: Shape

    /// A feature id, unique in every period: `corridor/ID@FROM`.
    public var id: String { "corridor/\(corridor)@\(period.from?.description ?? "start")" }
}

/// One piece of the compiled ground (an atom: it lies in exactly the same units throughout) with
/// one (de facto, de jure) pair over a run of days in which neither changes: the rows of a
/// database that enforces one holder pair per piece at a time.
///
/// ```swift
/// let rows = try atlas.partPeriods(on: nil)
/// rows.first?.part   // 0
/// ```
public struct PartPeriod: Sendable, Hashable {
    /// The piece's index among the compiled atoms.
    public var part: Int
    /// The de facto holder, `nil` for nobody.
    public var deFacto: String?
    /// The de jure holder, `nil` for nobody.
    public var deJure: String?
    /// The ids of the units the piece lies in that exist during some of the run, broadest first.
    public var units: [String]
    /// The run of days.
    public var period: Interval
    /// The piece's compiled geodesic area, km².
    public var areaKm2: Double
    /// The piece, lon/lat.
    public var shape: Shape
}
