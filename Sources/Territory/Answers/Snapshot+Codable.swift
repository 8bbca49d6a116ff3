import SwiftGEOS

/// A snapshot as JSON (docs/commands.md, `snapshot`): `date`, `layer`, `valid_from`, `valid_to`
/// (the validity `[from, to)`, null when open), `controllers`, `units`, `corridors`, and the
/// certainty keys `certainty`, `reviewed`, `uncertainties`.
///
/// The JSON carries no shapes (`snapshot --format geojson` draws them): a decoded snapshot's
/// holders have empty shapes, and its corridors only their route's and status's ids (see
/// ``CorridorState``).
extension Snapshot: Codable {
    private enum CodingKeys: String, CodingKey {
        case date, layer, controllers, units, corridors
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    /// Reads the JSON of a snapshot.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let (certainty, reviewed) = try CertaintyFields.decode(from: decoder)
        self.init(
            date: try container.decode(Day.self, forKey: .date),
            layer: try container.decode(Layer.self, forKey: .layer),
            validity: Interval(
                from: try container.decodeIfPresent(Day.self, forKey: .validFrom),
                to: try container.decodeIfPresent(Day.self, forKey: .validTo)),
            holders: try container.decode([HolderGround].self, forKey: .controllers),
            units: try container.decode([UnitHolders].self, forKey: .units),
            corridors: try container.decode([CorridorState].self, forKey: .corridors), certainty: certainty,
            reviewed: reviewed)
    }

    /// Writes the JSON of a snapshot.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(layer, forKey: .layer)
        try container.encode(validity.from, forKey: .validFrom)
        try container.encode(validity.to, forKey: .validTo)
        try container.encode(holders, forKey: .controllers)
        try container.encode(units, forKey: .units)
        try container.encode(corridors, forKey: .corridors)
        try CertaintyFields.encode(certainty, reviewed: reviewed, to: encoder)
    }
}

/// A holder's ground as JSON: `{"id", "name", "area_km2", "parts"}`, without its shape (a decoded
/// one has an empty multipolygon).
extension HolderGround: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, parts
        case areaKm2 = "area_km2"
    }

    /// Reads `{"id", "name", "area_km2", "parts"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            holder: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            areaKm2: try container.decode(Double.self, forKey: .areaKm2), shape: .multiPolygon([]),
            partCount: try container.decode(Int.self, forKey: .parts))
    }

    /// Writes `{"id", "name", "area_km2", "parts"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(holder, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(areaKm2, forKey: .areaKm2)
        try container.encode(partCount, forKey: .parts)
    }
}

/// A unit's holders as JSON: `id`, `name`, `de_facto` and `de_jure` (the largest holder, null for
/// nobody), `de_facto_shares` and `de_jure_shares`.
extension UnitHolders: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name
        case deFactoHolder = "de_facto"
        case deJureHolder = "de_jure"
        case deFacto = "de_facto_shares"
        case deJure = "de_jure_shares"
    }

    /// Reads the JSON of a unit's holders (the largest holders follow from the shares).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            unit: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            deFacto: try container.decode([Share].self, forKey: .deFacto),
            deJure: try container.decode([Share].self, forKey: .deJure))
    }

    /// Writes the JSON of a unit's holders.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(deFacto.first?.holder, forKey: .deFactoHolder)
        try container.encode(deJure.first?.holder, forKey: .deJureHolder)
        try container.encode(deFacto, forKey: .deFacto)
        try container.encode(deJure, forKey: .deJure)
    }
}

/// A corridor's state as JSON: `{"id", "name", "status", "route"}`, the status word and the route
/// id (null when none). A decoded state has a status over ``Interval/always`` with no source or
/// note, a route of that id over ``Interval/always`` with no geometry file, no route shape, and
/// no checkpoints or controllers: the JSON does not carry them.
extension CorridorState: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, status, route
    }

    /// Reads `{"id", "name", "status", "route"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            corridor: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            status: try container.decodeIfPresent(Corridor.Status.self, forKey: .status).map(
                Corridor.StatusPeriod.init),
            route: try container.decodeIfPresent(String.self, forKey: .route).map(Corridor.Route.init), routeShape: nil,
            checkpoints: [], controllers: [])
    }

    /// Writes `{"id", "name", "status", "route"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(corridor, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(status?.status, forKey: .status)
        try container.encode(route?.id, forKey: .route)
    }
}

/// A corridor status as JSON: its raw value (`proposed`, `operational`, …).
extension Corridor.Status: Codable {}

/// A role as JSON: its raw value (`guarantor`, `controller`, `border-guard`).
extension Corridor.Controller.Role: Codable {}

extension Corridor.StatusPeriod {
    /// `status` as an answer's JSON gives it: over every day, with no source or note.
    init(_ status: Corridor.Status) {
        self.init(period: .always, status: status, source: nil, note: nil)
    }
}

extension Corridor.Route {
    /// The route `id` as an answer's JSON gives it: over every day, with no geometry file.
    init(_ id: String) {
        self.init(id: id, lifetime: .always, geometry: GeometryRef(file: "", featureID: id))
    }
}
