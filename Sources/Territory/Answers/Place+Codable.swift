/// A place as JSON (docs/commands.md, `places`): `id`, `kind`, `name`, `names` (by language),
/// `aliases`, `lat`, `lon`, `unit`, `origin`, and `distance_km` and `azimuth_deg`, null for a
/// place listed without a position to measure from (``NearbyPlace`` fills them). The JSON carries
/// no source: a decoded place has none.
extension Place: Codable {
    /// Reads the JSON of a place (its distance and azimuth, if any, are ``NearbyPlace``'s).
    public init(from decoder: any Decoder) throws {
        self = try PlaceRow(from: decoder).place
    }

    /// Writes the JSON of a place, with `distance_km` and `azimuth_deg` null.
    public func encode(to encoder: any Encoder) throws {
        try PlaceRow(place: self, kilometers: nil, azimuth: nil).encode(to: encoder)
    }
}

/// A place near a position as JSON: the place's JSON with `distance_km` and `azimuth_deg`.
extension NearbyPlace: Codable {
    /// Reads the JSON of a place with its distance and azimuth.
    public init(from decoder: any Decoder) throws {
        let row = try PlaceRow(from: decoder)
        guard let kilometers = row.kilometers, let azimuth = row.azimuth else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "a nearby place needs distance_km and azimuth_deg"
                ))
        }
        self.init(place: row.place, meters: AnswerJSON.meters(kilometers: kilometers), azimuth: azimuth)
    }

    /// Writes the JSON of a place with its distance and azimuth.
    public func encode(to encoder: any Encoder) throws {
        try PlaceRow(place: place, kilometers: kilometers, azimuth: azimuth).encode(to: encoder)
    }
}

/// One row of `places`' JSON: a place, and how far and in which direction it lies when listed
/// near a position.
private struct PlaceRow: Codable {
    var place: Place
    var kilometers: Double?
    var azimuth: Double?

    private enum CodingKeys: String, CodingKey {
        case id, kind, name, names, aliases, lat, lon, unit, origin
        case kilometers = "distance_km"
        case azimuth = "azimuth_deg"
    }

    init(place: Place, kilometers: Double?, azimuth: Double?) {
        self.place = place
        self.kilometers = kilometers
        self.azimuth = azimuth
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        place = Place(
            id: try container.decode(String.self, forKey: .id),
            kind: try container.decode(Place.Kind.self, forKey: .kind),
            names: Names(
                name: try container.decode(String.self, forKey: .name),
                byLanguage: try container.decode([String: String].self, forKey: .names),
                aliases: try container.decode([String].self, forKey: .aliases)),
            coordinate: Coordinate(
                x: try container.decode(Double.self, forKey: .lon), y: try container.decode(Double.self, forKey: .lat)),
            unit: try container.decodeIfPresent(String.self, forKey: .unit), source: nil,
            origin: try container.decode(Place.Origin.self, forKey: .origin))
        kilometers = try container.decodeIfPresent(Double.self, forKey: .kilometers)
        azimuth = try container.decodeIfPresent(Double.self, forKey: .azimuth)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(place.id, forKey: .id)
        try container.encode(place.kind, forKey: .kind)
        try container.encode(place.name, forKey: .name)
        try container.encode(place.names.byLanguage, forKey: .names)
        try container.encode(place.names.aliases, forKey: .aliases)
        try container.encode(place.coordinate.y, forKey: .lat)
        try container.encode(place.coordinate.x, forKey: .lon)
        try container.encode(place.unit, forKey: .unit)
        try container.encode(place.origin, forKey: .origin)
        try container.encode(kilometers, forKey: .kilometers)
        try container.encode(azimuth, forKey: .azimuth)
    }
}

/// A place kind as JSON: its raw value (`city`, `town`, `village`, …).
extension Place.Kind: Codable {}

/// A place's origin as JSON: its raw value (`curated`, …).
extension Place.Origin: Codable {}
