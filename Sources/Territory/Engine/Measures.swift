import SwiftPROJ

/// An area answer.
public struct AreaAnswer: Sendable, Hashable {
    /// The name asked for, as given.
    public var name: String
    /// The unit measured (`nil`: all of a holder's ground, or a corridor's strip).
    public var unit: String?
    /// The corridor whose strip was measured (its route on `date` widened to its width).
    public var corridor: String?
    /// The holder whose ground was measured (`nil`: the whole unit as drawn).
    public var holder: String?
    /// The day of the holding, the holders or the corridor route measured (`nil` for a whole unit).
    public var date: Day?
    /// The layer of the holding or holders measured (`nil` for a whole unit or a corridor's strip).
    public var layer: Layer?
    /// Geodesic area on the WGS 84 ellipsoid, km².
    public var areaKm2: Double
    /// The entities whose ground was measured: the holder itself, or the members of a group that
    /// count on the day (empty for a whole unit).
    public var members: [String] = []
    /// The unit's published area, km², when measuring a whole unit that has one.
    public var officialAreaKm2: Double?
    /// Which vintage or source the published area refers to.
    public var officialAreaNote: String?
    /// The whole unit's geodesic area, km², when measuring a holder's ground within a unit.
    public var unitAreaKm2: Double?
    /// The unit's holders on `date` with the ground each held in it, largest first, when asked
    /// for (``Atlas/area(of:holdersOn:layer:)``).
    public var holders: [Share]?

    /// The percentage of the unit that the measured ground covers, when measuring a holder's
    /// ground within a unit.
    public var percentOfUnit: Double? { unitAreaKm2.map { 100 * areaKm2 / $0 } }
}

/// Something to measure a distance from or to.
public enum Locator: Sendable, Hashable {
    /// A place, unit or corridor by any of its names (places win over units of the same name).
    case name(String)
    /// A position (x longitude, y latitude).
    case coordinate(Coordinate)

    /// The thing as asked: the name, or the position as `LAT,LON`.
    var query: String {
        switch self {
        case .name(let name): return name
        case .coordinate(let coordinate): return "\(coordinate.y),\(coordinate.x)"
        }
    }
}

/// The shortest geodesic between two things, and where it runs.
public struct DistanceAnswer: Sendable, Hashable {
    /// Length in metres on the WGS 84 ellipsoid.
    public var meters: Double
    /// The nearest point of the first thing.
    public var fromPoint: Coordinate
    /// The nearest point of the second thing.
    public var toPoint: Coordinate
    /// The first thing's record id, when named.
    public var fromID: String?
    /// The second thing's record id, when named.
    public var toID: String?
    /// How it was computed, in words.
    public var method: String
    /// The first thing as asked: its name, or its position as `LAT,LON`.
    public var fromQuery = ""
    /// The second thing as asked: its name, or its position as `LAT,LON`.
    public var toQuery = ""

    /// Length in kilometres.
    public var kilometers: Double { meters / 1000 }
}

extension Atlas {
    /// The geodesic area of the unit called `name`, as drawn, with its published area.
    ///
    /// ```swift
    /// let area = try atlas.area(of: "Azerbaijan")
    /// area.areaKm2           // 86268.78… (geodesic, of the outline as drawn)
    /// area.officialAreaKm2   // 86600
    /// ```
    public func area(of name: String) throws(QueryError) -> AreaAnswer {
        let unit = try dataset.unit(named: name)
        let km2 = try geodesicKm2(dataset.shape(of: unit))
        return AreaAnswer(
            name: name, unit: unit.id, holder: nil, date: nil, layer: nil, areaKm2: km2,
            officialAreaKm2: unit.officialAreaKm2, officialAreaNote: unit.officialAreaNote)
    }

    /// The geodesic area of the unit called `name`, as drawn, with its holders on `layer` on `day`
    /// and the ground each held in it (the shares of ``holders(of:on:layer:)``).
    ///
    /// ```swift
    /// let fuzuli = try atlas.area(of: "Fuzuli", holdersOn: try Day(iso: "1994-05-12"))
    /// fuzuli.holders?.map(\.holder)   // [Optional("AZE"), Optional("NKR")]: the 1994 line cut the district
    /// ```
    /// - Throws: `QueryError.unknownName`, `.outsideRange`, `.notApplicable` when the unit did not
    ///   exist on `day`.
    public func area(of name: String, holdersOn day: Day, layer: Layer = .deFacto) throws(QueryError) -> AreaAnswer {
        var answer = try area(of: name)
        answer.holders = try holders(of: answer.unit!, on: day, layer: layer)
        answer.date = day
        answer.layer = layer
        answer.officialAreaKm2 = nil
        answer.officialAreaNote = nil
        return answer
    }

    /// The geodesic area of the strip of the corridor called `name` on `day`: its route in force
    /// that day (else its last one) widened by half its width on each side.
    ///
    /// ```swift
    /// try atlas.area(ofCorridor: "Lachin corridor", on: try Day(iso: "2021-06-01")).areaKm2   // 216.01…
    /// ```
    /// - Throws: `QueryError.unknownName`, `.outsideRange`, `.notApplicable` for a corridor with no
    ///   route or no width.
    public func area(ofCorridor name: String, on day: Day) throws(QueryError) -> AreaAnswer {
        let report = try corridorReport(name, on: day)
        guard let strip = report.areaKm2 else {
            throw .notApplicable("corridor '\(report.corridor)' has no width on \(day), so no strip to measure")
        }
        return AreaAnswer(
            name: name, unit: nil, corridor: report.corridor, holder: nil, date: day, layer: nil, areaKm2: strip)
    }

    /// The geodesic area of the ground `holder` held on `layer` on `day`, within the unit called
    /// `unitName`, or in all when `unitName` is `nil`. `holder` is an entity or an entity group
    /// (a side, such as `armenian-forces`), by any name; a group counts the ground of the members
    /// that count on `day` (listed in `members`).
    ///
    /// ```swift
    /// let held = try atlas.area(of: "Azerbaijan", heldBy: "NKR", on: try Day(iso: "1994-05-12"))
    /// held.areaKm2 / (try atlas.area(of: "Azerbaijan")).areaKm2   // the share of Azerbaijan NKR held
    /// try atlas.area(of: "Azerbaijan", heldBy: "armenian-forces", on: try Day(iso: "2021-06-01")).members
    /// // ["ARM", "NKR"]
    /// ```
    /// - Throws: `QueryError.unknownName` with the closest entity and group names, `.outsideRange`.
    public func area(
        of unitName: String?, heldBy holder: String, on day: Day, layer: Layer = .deFacto
    ) throws(QueryError) -> AreaAnswer {
        try check(day)
        let (id, members) = try controller(named: holder, on: day)
        let indices = Set(members.map { Int32(dataset.entityIndex[$0]!) })
        let timeline = dataset.timelines[layer]
        let holders = timeline.holders(on: day)
        var unit: Unit?
        var atoms = Array(holders.indices)
        if let unitName {
            unit = try dataset.unit(named: unitName)
            atoms = dataset.overlay.unitAtoms[dataset.unitIndex[unit!.id]!]
        }
        let km2 = dataset.overlay.areaKm2(of: atoms.filter { indices.contains(holders[$0]) })
        return AreaAnswer(
            name: unitName ?? holder, unit: unit?.id, holder: id, date: day, layer: layer, areaKm2: km2,
            members: members, officialAreaKm2: nil, officialAreaNote: nil,
            unitAreaKm2: try unit.map { (unit) throws(QueryError) in try area(of: unit.id).areaKm2 })
    }

    /// The id of the entity or group called `name`, and the entities that count as it on `day`.
    func controller(named name: String, on day: Day) throws(QueryError) -> (id: String, members: [String]) {
        switch try dataset.resolve(name, preferring: [.entity, .group]) {
        case .entity(let entity): return (entity.id, [entity.id])
        case .group(let group): return (group.id, group.members(on: day))
        default: preconditionFailure("resolve returns only the categories asked for")
        }
    }

    /// The shortest geodesic distance between two things: places, units, corridors (their route on
    /// `day`, or their last route) or coordinates. For polygons it is the distance between their
    /// nearest points (0 when they touch or one contains the other), and both points are returned.
    ///
    /// ```swift
    /// let d = try atlas.distance(from: .name("Stepanakert"), to: .name("Shusha"))
    /// d.kilometers   // 6.11: the straight line; by road it is longer (seed 002 says 15 km)
    /// ```
    public func distance(from a: Locator, to b: Locator, on day: Day? = nil) throws(QueryError) -> DistanceAnswer {
        let (first, firstID) = try geometry(of: a, on: day)
        let (second, secondID) = try geometry(of: b, on: day)
        var answer = try nearest(first, second)
        answer.fromID = firstID
        answer.toID = secondID
        answer.fromQuery = a.query
        answer.toQuery = b.query
        return answer
    }

    /// The shortest geodesic distance from a thing to the boundary of the unit called `unitName`,
    /// whether the thing lies inside the unit or not: e.g. how far Stepanakert lies from the 1994
    /// line of contact.
    ///
    /// ```swift
    /// try atlas.distance(from: .name("Stepanakert"), toBoundaryOf: "line-of-contact-1994").kilometers
    /// ```
    public func distance(from a: Locator, toBoundaryOf unitName: String, on day: Day? = nil) throws(QueryError)
        -> DistanceAnswer
    {
        let (first, firstID) = try geometry(of: a, on: day)
        let unit = try dataset.unit(named: unitName)
        let outline = try geometry(ofUnit: dataset.unitIndex[unit.id]!)
        let boundary = try geos { () throws(GEOSError) in try outline.boundary() }
        var answer = try nearest(first, boundary)
        answer.fromID = firstID
        answer.toID = unit.id
        answer.fromQuery = a.query
        answer.toQuery = unitName
        answer.method += " (to the unit's boundary)"
        return answer
    }

    /// The geometry a locator stands for, and its record id.
    func geometry(of locator: Locator, on day: Day?) throws(QueryError) -> (Geometry, String?) {
        switch locator {
        case .coordinate(let coordinate):
            try check(coordinate)
            return (try geos { () throws(GEOSError) in try Geometry(point: coordinate) }, nil)
        case .name(let name):
            switch try dataset.resolve(name, preferring: [.place, .unit, .corridor]) {
            case .place(let place):
                return (try geos { () throws(GEOSError) in try Geometry(point: place.coordinate) }, place.id)
            case .unit(let unit):
                return (try geometry(ofUnit: dataset.unitIndex[unit.id]!), unit.id)
            case .corridor(let corridor):
                guard let route = day.flatMap({ corridor.route(on: $0) }) ?? corridor.routes.last else {
                    throw .notApplicable("corridor '\(corridor.id)' has no route")
                }
                return (try geometry(of: route), corridor.id)
            case .entity, .group:
                preconditionFailure("entities and groups are not among the categories asked")
            }
        }
    }

    /// The shortest geodesic between two geometries (SwiftPROJ's `Geodesic.shortestLine(from:to:)`),
    /// with its method in words.
    func nearest(_ a: Geometry, _ b: Geometry) throws(QueryError) -> DistanceAnswer {
        let line: GeodesicShortestLine
        do {
            line = try Geodesic.wgs84.shortestLine(from: a, to: b)
        } catch {
            throw .geometry(error.description)
        }
        return DistanceAnswer(
            meters: line.meters, fromPoint: line.start, toPoint: line.end, fromID: nil, toID: nil,
            method: Self.words(for: line.method))
    }

    /// How a shortest line was found, as the distance answers say it.
    private static func words(for method: GeodesicShortestLine.Method) -> String {
        switch method {
        case .fromPoint:
            return "shortest geodesic on the WGS 84 ellipsoid (GeographicLib), from the point to the nearest point "
                + "of the other"
        case .meeting:
            return "the geometries meet, so the distance is 0"
        case .refinedFromProjection:
            return "shortest geodesic between the geometries on the WGS 84 ellipsoid (nearest points from an "
                + "azimuthal equidistant projection, refined by exact point-to-geometry geodesics)"
        }
    }

    /// The geodesic area of a shape in km² (`Overlay.geodesicKm2`, its error as a query error).
    package func geodesicKm2(_ shape: Shape) throws(QueryError) -> Double {
        try geos { () throws(GEOSError) in try Overlay.geodesicKm2(shape) }
    }
}
