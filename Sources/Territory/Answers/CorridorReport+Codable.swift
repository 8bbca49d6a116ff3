/// A corridor report as JSON (docs/commands.md, `corridor`): `id`, `name`, `date`, `status` (the
/// word, null when none is recorded), `route` (its id), `length_km`, `width_km`, `area_km2`,
/// `segments`, `de_facto_segments`, `unit_segments` (`{"territory", "length_km"}`),
/// `border_distances`, `de_facto_border_distances` (`{"territory", "distance_km"}`),
/// `controllers` (`{"entity", "role"}`) and `checkpoints` (`{"id", "place", "by"}`).
///
/// The JSON gives the status, route, controllers and checkpoints of the day without their periods
/// (a decoded report has them over ``Interval/always``, with no source, note or geometry file),
/// and the border distances without their nearest points.
extension CorridorReport: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, date, status, route, segments, controllers, checkpoints
        case lengthKm = "length_km"
        case widthKm = "width_km"
        case areaKm2 = "area_km2"
        case deFactoSegments = "de_facto_segments"
        case unitSegments = "unit_segments"
        case borderDistances = "border_distances"
        case deFactoBorderDistances = "de_facto_border_distances"
    }

    private struct Controller: Codable {
        var entity: String
        var role: Corridor.Controller.Role
    }

    private struct Checkpoint: Codable {
        var id: String
        var place: String
        var by: String
    }

    /// Reads the JSON of a corridor report.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            corridor: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            date: try container.decode(Day.self, forKey: .date),
            status: try container.decodeIfPresent(Corridor.Status.self, forKey: .status).map(
                Corridor.StatusPeriod.init),
            route: Corridor.Route(try container.decode(String.self, forKey: .route)),
            lengthKm: try container.decode(Double.self, forKey: .lengthKm),
            widthKm: try container.decodeIfPresent(Double.self, forKey: .widthKm),
            areaKm2: try container.decodeIfPresent(Double.self, forKey: .areaKm2),
            segments: try container.decode([RouteSegment].self, forKey: .segments),
            deFactoSegments: try container.decode([RouteSegment].self, forKey: .deFactoSegments),
            unitSegments: try container.decode([RouteSegment].self, forKey: .unitSegments),
            borderDistances: try container.decode([BorderDistance].self, forKey: .borderDistances),
            deFactoBorderDistances: try container.decode([BorderDistance].self, forKey: .deFactoBorderDistances),
            controllers: try container.decode([Controller].self, forKey: .controllers).map {
                Corridor.Controller(entity: $0.entity, role: $0.role, period: .always)
            },
            checkpoints: try container.decode([Checkpoint].self, forKey: .checkpoints).map {
                Corridor.Checkpoint(id: $0.id, place: $0.place, period: .always, by: $0.by)
            })
    }

    /// Writes the JSON of a corridor report.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(corridor, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(date, forKey: .date)
        try container.encode(status?.status, forKey: .status)
        try container.encode(route.id, forKey: .route)
        try container.encode(lengthKm, forKey: .lengthKm)
        try container.encode(widthKm, forKey: .widthKm)
        try container.encode(areaKm2, forKey: .areaKm2)
        try container.encode(segments, forKey: .segments)
        try container.encode(deFactoSegments, forKey: .deFactoSegments)
        try container.encode(unitSegments, forKey: .unitSegments)
        try container.encode(borderDistances, forKey: .borderDistances)
        try container.encode(deFactoBorderDistances, forKey: .deFactoBorderDistances)
        try container.encode(controllers.map { Controller(entity: $0.entity, role: $0.role) }, forKey: .controllers)
        try container.encode(
            checkpoints.map { Checkpoint(id: $0.id, place: $0.place, by: $0.by) }, forKey: .checkpoints)
    }
}

/// A route segment as JSON: `{"territory", "length_km"}`, `territory` null outside the dataset.
extension RouteSegment: Codable {
    private enum CodingKeys: String, CodingKey {
        case territory
        case lengthKm = "length_km"
    }

    /// Reads `{"territory", "length_km"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            territory: try container.decodeIfPresent(String.self, forKey: .territory),
            lengthKm: try container.decode(Double.self, forKey: .lengthKm))
    }

    /// Writes `{"territory", "length_km"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(territory, forKey: .territory)
        try container.encode(lengthKm, forKey: .lengthKm)
    }
}

/// A border distance as JSON: `{"territory", "distance_km"}`, without the nearest points (`nil`
/// when decoded).
extension BorderDistance: Codable {
    private enum CodingKeys: String, CodingKey {
        case territory
        case distanceKm = "distance_km"
    }

    /// Reads `{"territory", "distance_km"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            territory: try container.decode(String.self, forKey: .territory),
            distanceKm: try container.decode(Double.self, forKey: .distanceKm), routePoint: nil, borderPoint: nil)
    }

    /// Writes `{"territory", "distance_km"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(territory, forKey: .territory)
        try container.encode(distanceKm, forKey: .distanceKm)
    }
}
