/// A unit's holders as JSON (docs/commands.md, `control --place UNIT`): `date`, `unit`, `name`,
/// `area_km2`, `de_facto_shares`, `de_jure_shares`, and the certainty keys `certainty`,
/// `reviewed`, `uncertainties`.
extension UnitControlAnswer: Codable {
    private enum CodingKeys: String, CodingKey {
        case date, unit, name
        case areaKm2 = "area_km2"
        case deFacto = "de_facto_shares"
        case deJure = "de_jure_shares"
    }

    /// Reads the JSON of a unit's holders.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let (certainty, reviewed) = try CertaintyFields.decode(from: decoder)
        self.init(
            date: try container.decode(Day.self, forKey: .date), unit: try container.decode(String.self, forKey: .unit),
            name: try container.decode(String.self, forKey: .name),
            areaKm2: try container.decode(Double.self, forKey: .areaKm2),
            deFacto: try container.decode([Share].self, forKey: .deFacto),
            deJure: try container.decode([Share].self, forKey: .deJure), certainty: certainty, reviewed: reviewed)
    }

    /// Writes the JSON of a unit's holders.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(unit, forKey: .unit)
        try container.encode(name, forKey: .name)
        try container.encode(areaKm2, forKey: .areaKm2)
        try container.encode(deFacto, forKey: .deFacto)
        try container.encode(deJure, forKey: .deJure)
        try CertaintyFields.encode(certainty, reviewed: reviewed, to: encoder)
    }
}
