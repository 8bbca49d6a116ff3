/// Who held what on one day, on one layer.
///
/// ```swift
/// let snapshot = try atlas.snapshot(on: try Day(iso: "1994-05-12"))
/// for ground in snapshot.holders { print(ground.holder, Int(ground.areaKm2)) }
/// // AZE 74269, IRN 73916, TUR 39961, GEO 37035, ARM 29593, NKR 11975 (IRN, TUR, GEO: the parts shown)
/// snapshot.validity   // [1994-05-12, 1995-11-07): nothing reported changes in between
/// ```
public struct Snapshot: Sendable {
    /// The day asked.
    public var date: Day
    /// The layer asked.
    public var layer: Layer
    /// The days around `date` during which nothing in this snapshot changes (`[valid_from, valid_to)`).
    public var validity: Interval
    /// Each holder's ground, largest first.
    public var holders: [HolderGround]
    /// Every unit existing on `date`, broadest first, with its holders on both layers.
    public var units: [UnitHolders]
    /// Each corridor with a route or status on `date`.
    public var corridors: [CorridorState]
    /// Doubts about this layer on `date`.
    public var certainty: Certainty
    /// The day the dataset was last reviewed against its sources (``DatasetInfo/reviewed``).
    public var reviewed: Day?
}

/// One holder's ground in a snapshot.
public struct HolderGround: Sendable, Hashable {
    /// The entity id.
    public var holder: String
    /// The entity's name.
    public var name: String
    /// Geodesic area, km².
    public var areaKm2: Double
    /// The dissolved ground (polygon or multipolygon, lon/lat).
    public var shape: Shape
    /// How many separate polygons it has.
    public var partCount: Int
}

/// A share of a unit held by one holder (or nobody).
public struct Share: Sendable, Hashable {
    /// The entity id, `nil` for ground nobody holds.
    public var holder: String?
    /// Geodesic area, km².
    public var areaKm2: Double
}

/// A unit's holders on both layers on a day; a unit cut by a line has several shares.
public struct UnitHolders: Sendable, Hashable {
    /// The unit id.
    public var unit: String
    /// The unit's name.
    public var name: String
    /// Its de facto holders, largest share first.
    public var deFacto: [Share]
    /// Its de jure holders, largest share first.
    public var deJure: [Share]

    /// The shares of `layer`.
    public func shares(_ layer: Layer) -> [Share] { layer == .deFacto ? deFacto : deJure }
}

/// A corridor as it stood on a day.
public struct CorridorState: Sendable, Hashable {
    /// The corridor id.
    public var corridor: String
    /// The corridor's name.
    public var name: String
    /// Its status, if one is recorded for the day.
    public var status: Corridor.StatusPeriod?
    /// The route in force, if any.
    public var route: Corridor.Route?
    /// That route's line.
    public var routeShape: Shape?
    /// Checkpoints standing on the day.
    public var checkpoints: [Corridor.Checkpoint]
    /// Guarantors, controllers and guards on the day (`Corridor.controllers(on:)`: none while proposed).
    public var controllers: [Corridor.Controller]
}

extension Atlas {
    /// Who held what on `day` on `layer`: each holder's dissolved ground and geodesic area, each
    /// unit's holders, each corridor's route and status, the period this state lasts and any doubt.
    ///
    /// A transfer dated D is in force for all of D; a month-precision transfer counts from the
    /// 1st of its month (and the rest of the month makes the answer uncertain).
    ///
    /// ```swift
    /// let snapshot = try atlas.snapshot(on: try Day(iso: "2021-01-01"), layer: .deFacto)
    /// snapshot.holders.map(\.holder)   // ["AZE", "IRN", "TUR", "GEO", "ARM", "NKR", "RUS-PK"]
    /// ```
    /// - Throws: `QueryError.outsideRange` for a day outside the dataset, `.geometry` if GEOS fails.
    public func snapshot(on day: Day, layer: Layer = .deFacto) throws(QueryError) -> Snapshot {
        try check(day)
        let grounds = try holderGrounds(dataset.timelines[layer].holders(on: day)) { atoms throws(QueryError) in
            try merge(atoms)
        }
        return Snapshot(
            date: day, layer: layer, validity: period(containing: day), holders: grounds, units: unitHolders(on: day),
            corridors: try corridorStates(on: day),
            certainty: Certainty(doubts(on: day, layer: layer), on: day, reviewed: dataset.info.reviewed),
            reviewed: dataset.info.reviewed)
    }

    /// The holders of the unit called `unitName` on `day` on `layer`, with the ground each held
    /// in it (geodesic km²), largest first; a unit cut by a line has several shares.
    ///
    /// The same shares as the unit's row of `snapshot(on:layer:)`, without dissolving anyone's ground.
    ///
    /// ```swift
    /// let shares = try atlas.holders(of: "Fuzuli", on: try Day(iso: "1994-05-12"))
    /// shares.map(\.holder)   // [Optional("AZE"), Optional("NKR")]: the 1994 line cut the district
    /// ```
    /// - Throws: `QueryError.unknownName`, `.outsideRange`, `.notApplicable` when the unit did not
    ///   exist on `day`.
    public func holders(of unitName: String, on day: Day, layer: Layer = .deFacto) throws(QueryError) -> [Share] {
        try check(day)
        let unit = try dataset.unit(named: unitName)
        guard unit.lifetime.contains(day) else { throw notExisting(unit, on: day) }
        let timeline = dataset.timelines[layer]
        return shares(of: dataset.unitIndex[unit.id]!, holders: timeline.holders(on: day))
    }

    /// Every unit existing on `day`, broadest first, with its shares on both layers.
    func unitHolders(on day: Day) -> [UnitHolders] {
        let deFacto = dataset.timelines.deFacto
        let deJure = dataset.timelines.deJure
        let factual = deFacto.holders(on: day)
        let legal = deJure.holders(on: day)
        return unitOrder.filter { dataset.units[$0].lifetime.contains(day) }.map { index in
            UnitHolders(
                unit: dataset.units[index].id, name: dataset.units[index].name,
                deFacto: shares(of: index, holders: factual),
                deJure: shares(of: index, holders: legal))
        }
    }

    /// The shares of unit index `unit` given each atom's holder, largest first.
    private func shares(of unit: Int, holders: [Int32]) -> [Share] {
        let areas = dataset.overlay.areasKm2(of: dataset.overlay.unitAtoms[unit]) { holders[$0] }
        return areas.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
            Share(holder: entityID($0.key), areaKm2: $0.value)
        }
    }

    /// Each corridor that has a route or a status on `day`.
    func corridorStates(on day: Day) throws(QueryError) -> [CorridorState] {
        var states: [CorridorState] = []
        for corridor in dataset.corridors {
            let route = corridor.route(on: day)
            let status = corridor.status(on: day)
            guard route != nil || status != nil else { continue }
            var shape: Shape?
            if let route { shape = try geometry(of: route).shape }
            states.append(
                CorridorState(
                    corridor: corridor.id, name: corridor.name, status: status, route: route, routeShape: shape,
                    checkpoints: corridor.checkpoints.filter { $0.period.contains(day) },
                    controllers: corridor.controllers(on: day)))
        }
        return states
    }
}
