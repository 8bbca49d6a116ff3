/// A control answer as JSON (docs/commands.md, `control`): `date`, `place`, `location`
/// (`{"lat", "lon"}`), `de_facto` and `de_jure` (`{"id", "name"}` or null), `units`, `district`
/// (`{"id", "name", "iso"}` or null), `zones` (`{"id", "name", "kind"}`), `corridors`, and the
/// certainty keys `certainty`, `reviewed`, `uncertainties`.
extension ControlAnswer: Codable {
    private enum CodingKeys: String, CodingKey {
        case date, place, location, units, district, zones, corridors
        case deFacto = "de_facto"
        case deJure = "de_jure"
    }

    private struct Location: Codable {
        var lat: Double
        var lon: Double
    }

    private struct Holder: Codable {
        var id: String
        var name: String
    }

    private struct District: Codable {
        var id: String
        var name: String
        var iso: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(iso, forKey: .iso)
        }
    }

    /// Reads the JSON of a control answer.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let location = try container.decode(Location.self, forKey: .location)
        let deFacto = try container.decodeIfPresent(Holder.self, forKey: .deFacto)
        let deJure = try container.decodeIfPresent(Holder.self, forKey: .deJure)
        let district = try container.decodeIfPresent(District.self, forKey: .district)
        let (certainty, reviewed) = try CertaintyFields.decode(from: decoder)
        self.init(
            coordinate: Coordinate(x: location.lon, y: location.lat),
            date: try container.decode(Day.self, forKey: .date),
            place: try container.decodeIfPresent(String.self, forKey: .place), deFacto: deFacto?.id,
            deFactoName: deFacto?.name, deJure: deJure?.id, deJureName: deJure?.name,
            units: try container.decode([String].self, forKey: .units), district: district?.id,
            districtName: district?.name, districtISO: district?.iso,
            zones: try container.decode([Zone].self, forKey: .zones),
            corridors: try container.decode([String].self, forKey: .corridors), certainty: certainty,
            reviewed: reviewed)
    }

    /// Writes the JSON of a control answer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(place, forKey: .place)
        try container.encode(Location(lat: coordinate.y, lon: coordinate.x), forKey: .location)
        try container.encode(deFacto.map { Holder(id: $0, name: deFactoName ?? $0) }, forKey: .deFacto)
        try container.encode(deJure.map { Holder(id: $0, name: deJureName ?? $0) }, forKey: .deJure)
        try container.encode(units, forKey: .units)
        try container.encode(
            district.map { District(id: $0, name: districtName ?? $0, iso: districtISO) }, forKey: .district)
        try container.encode(zones, forKey: .zones)
        try container.encode(corridors, forKey: .corridors)
        try CertaintyFields.encode(certainty, reviewed: reviewed, to: encoder)
    }
}

/// A unit kind as JSON: its raw value (`country`, `district`, `zone`, …).
extension Unit.Kind: Codable {}
