import SwiftPROJ

/// A corridor measured on a day.
///
/// ```swift
/// let report = try atlas.corridorReport("Zangezur corridor", on: try Day(iso: "2021-01-01"))
/// for segment in report.segments { print(segment.territory ?? "-", segment.lengthKm) }
/// // one line per de jure holder the route crosses, longest first: AZE 176.8…, ARM 35.2…
/// ```
public struct CorridorReport: Sendable, Hashable {
    /// The corridor id.
    public var corridor: String
    /// The corridor's name.
    public var name: String
    /// The day.
    public var date: Day
    /// The status on the day, if recorded.
    public var status: Corridor.StatusPeriod?
    /// The route measured (the one in force on the day, else the latest).
    public var route: Corridor.Route
    /// Geodesic length of the route, km.
    public var lengthKm: Double
    /// The strip's width, km (`nil`: no width defined).
    public var widthKm: Double?
    /// Geodesic area of the strip (route buffered by half the width on each side), km² (`nil`: no width defined).
    public var areaKm2: Double?
    /// Route length per de jure holder crossed (`territory` nil: outside the dataset's ground), longest first.
    public var segments: [RouteSegment]
    /// Route length per de facto holder crossed, longest first.
    public var deFactoSegments: [RouteSegment]
    /// Route length per unit existing on the day (broadest first).
    public var unitSegments: [RouteSegment]
    /// Distances from the route to the ground of de jure holders within 50 km that it does not cross.
    public var borderDistances: [BorderDistance]
    /// Distances from the route to the ground of de facto holders within 50 km that it does not
    /// cross (e.g. Azerbaijani-held Shusha beside the Lachin corridor in 2021).
    public var deFactoBorderDistances: [BorderDistance]
    /// Guarantors, controllers and guards on the day (`Corridor.controllers(on:)`: none while proposed).
    public var controllers: [Corridor.Controller]
    /// Checkpoints standing on the day.
    public var checkpoints: [Corridor.Checkpoint]
}

/// Part of a route's length inside one territory.
public struct RouteSegment: Sendable, Hashable {
    /// An entity id (holder) or a unit id; `nil` for ground outside the dataset.
    public var territory: String?
    /// Geodesic length inside it, km.
    public var lengthKm: Double
}

/// How close a route comes to a territory it does not cross.
public struct BorderDistance: Sendable, Hashable {
    /// The holder (de jure or de facto, as listed) whose ground it is.
    public var territory: String
    /// Shortest geodesic distance, km.
    public var distanceKm: Double
    /// The route's nearest point (`nil` when decoded from JSON, which does not carry it).
    public var routePoint: Coordinate?
    /// The territory's nearest point (`nil` when decoded from JSON, which does not carry it).
    public var borderPoint: Coordinate?
}

extension Atlas {
    /// Length, width, strip area, territories crossed (with the length in each) and distances to
    /// nearby territories it does not cross (de jure and de facto) of the corridor called `name` on `day`.
    ///
    /// ```swift
    /// let lachin = try atlas.corridorReport("Lachin corridor", on: try Day(iso: "2021-06-01"))
    /// lachin.widthKm   // Optional(5.0)
    /// lachin.status?.status   // .operational
    /// ```
    /// - Throws: `QueryError.unknownName`, `.outsideRange`, `.notApplicable` for a corridor with no route.
    public func corridorReport(_ name: String, on day: Day) throws(QueryError) -> CorridorReport {
        try check(day)
        return try corridorReport(try dataset.corridor(named: name), on: day, measuringBorders: true)
    }

    /// The report of `corridor` on a checked `day`; without `measuringBorders`, the border distances
    /// (a dissolve and a geodesic nearest-point search per neighbour and layer, most of the cost)
    /// are left empty, for callers that only need the route's measures.
    func corridorReport(_ corridor: Corridor, on day: Day, measuringBorders: Bool) throws(QueryError)
        -> CorridorReport
    {
        guard let routeIndex = corridor.routeIndex(on: day) ?? corridor.routes.indices.last
        else {
            throw .notApplicable("corridor '\(corridor.id)' has no route")
        }
        let route = corridor.routes[routeIndex]
        let line = try geometry(of: route)
        let measures = try routeMeasures(corridor: corridor, routeIndex: routeIndex)
        let lengthKm = measures.lengthKm
        let atomLength = measures.atomLength
        let crossedAtoms = measures.crossedAtoms
        let inside = crossedAtoms.reduce(0) { $0 + atomLength[$1]! }
        func byHolder(_ layer: Layer) -> [RouteSegment] {
            var lengths: [String?: Double] = [:]
            for atom in crossedAtoms {
                lengths[entityID(holder(of: atom, on: day, layer: layer)), default: 0] += atomLength[atom]!
            }
            if lengthKm - inside > 1e-6 { lengths[nil, default: 0] += lengthKm - inside }
            return lengths.map { RouteSegment(territory: $0.key, lengthKm: $0.value) }.sorted {
                ($0.lengthKm, $1.territory ?? "") > ($1.lengthKm, $0.territory ?? "")
            }
        }
        var unitLengths: [Int: Double] = [:]
        for atom in crossedAtoms {
            for unit in dataset.overlay.atoms[atom].units { unitLengths[unit, default: 0] += atomLength[atom]! }
        }
        let unitSegments = unitOrder.filter { unitLengths[$0] != nil && dataset.units[$0].lifetime.contains(day) }.map {
            RouteSegment(territory: dataset.units[$0].id, lengthKm: unitLengths[$0]!)
        }
        let segments = byHolder(.deJure)
        let deFactoSegments = byHolder(.deFacto)
        return CorridorReport(
            corridor: corridor.id, name: corridor.name, date: day, status: corridor.status(on: day), route: route,
            lengthKm: lengthKm,
            widthKm: corridor.widthMeters.map { $0 / 1000 },
            areaKm2: measures.areaKm2,
            segments: segments,
            deFactoSegments: deFactoSegments, unitSegments: unitSegments,
            borderDistances: measuringBorders
                ? try borderDistances(of: line, on: day, layer: .deJure, crossed: Set(segments.compactMap(\.territory)))
                : [],
            deFactoBorderDistances: measuringBorders
                ? try borderDistances(
                    of: line, on: day, layer: .deFacto, crossed: Set(deFactoSegments.compactMap(\.territory))) : [],
            controllers: corridor.controllers(on: day),
            checkpoints: corridor.checkpoints.filter { $0.period.contains(day) })
    }

    /// What a corridor's route measures whatever the day: its geodesic length, the length inside
    /// each atom it crosses and its strip's geodesic area.
    func routeMeasures(corridor: Corridor, routeIndex: Int) throws(QueryError) -> RouteMeasures {
        let line = try geometry(of: corridor.routes[routeIndex])
        let strip = try strip(corridor: dataset.corridorIndex[corridor.id]!, route: routeIndex)?.geometry
        // Lengths are added in ascending face, then atom, order (not a Dictionary's, which changes
        // between processes), so that every run reports the same doubles to the last bit.
        var atomLength: [Int: Double] = [:]
        for face in faceTree.query(line.envelope).sorted() {
            let piece = try geos { () throws(GEOSError) in try line.intersection(faces[face]) }
            if !piece.isEmpty { atomLength[faceAtom[face], default: 0] += try geodesicLengthKm(piece) }
        }
        return RouteMeasures(
            lengthKm: try geodesicLengthKm(line), atomLength: atomLength, crossedAtoms: atomLength.keys.sorted(),
            areaKm2: try strip.map { (strip) throws(QueryError) in try geodesicKm2(strip.shape) })
    }

    /// Distances from `line` to the ground of holders on `layer` within 50 km that it does not cross.
    private func borderDistances(of line: Geometry, on day: Day, layer: Layer, crossed: Set<String>)
        throws(QueryError) -> [BorderDistance]
    {
        let reach = 50.0
        // One degree is at most 111 km, so a window of one degree around the line holds all
        // ground within 50 km of it (at these latitudes).
        var window = line.envelope
        window = Envelope(minX: window.minX - 1, minY: window.minY - 1, maxX: window.maxX + 1, maxY: window.maxY + 1)
        var facesByHolder: [String: [Int]] = [:]
        for face in faceTree.query(window).sorted() {
            guard let holder = entityID(holder(of: faceAtom[face], on: day, layer: layer)), !crossed.contains(holder)
            else { continue }
            facesByHolder[holder, default: []].append(face)
        }
        var result: [BorderDistance] = []
        for (holder, members) in facesByHolder.sorted(by: { $0.key < $1.key }) {
            let found = try nearest(line, try dissolve(faces: members))
            if found.kilometers <= reach {
                result.append(
                    BorderDistance(
                        territory: holder, distanceKm: found.kilometers, routePoint: found.fromPoint,
                        borderPoint: found.toPoint))
            }
        }
        return result.sorted { ($0.distanceKm, $0.territory) < ($1.distanceKm, $1.territory) }
    }

    /// The geodesic length of a geometry's lines, km.
    func geodesicLengthKm(_ geometry: Geometry) throws(QueryError) -> Double {
        do {
            return try Geodesic.wgs84.length(of: geometry) / 1000
        } catch {
            throw .geometry("geodesic length: \(error)")
        }
    }
}

/// What a corridor's route measures whatever the day (`Atlas.routeMeasures(corridor:routeIndex:)`).
struct RouteMeasures {
    /// Its geodesic length, km.
    var lengthKm: Double
    /// Its length inside each atom it crosses, km, by atom.
    var atomLength: [Int: Double]
    /// The atoms it crosses, ascending.
    var crossedAtoms: [Int]
    /// Its strip's geodesic area, km² (`nil`: no width).
    var areaKm2: Double?
}
