/// An area answer as JSON (docs/commands.md, `area`): `name`, `unit`, `corridor`, `controller`
/// (the holder), `members` (a group's members, null for an entity or no holder), `date`, `layer`,
/// `area_km2`, `unit_area_km2`, `percent_of_unit`, `official_area_km2`, `official_area_note` and
/// `holders` (`{"holder", "area_km2"}`), every key present and null when it does not apply.
extension AreaAnswer: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, unit, corridor, members, date, layer, holders
        case holder = "controller"
        case areaKm2 = "area_km2"
        case unitAreaKm2 = "unit_area_km2"
        case percentOfUnit = "percent_of_unit"
        case officialAreaKm2 = "official_area_km2"
        case officialAreaNote = "official_area_note"
    }

    /// Reads the JSON of an area answer.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let holder = try container.decodeIfPresent(String.self, forKey: .holder)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            unit: try container.decodeIfPresent(String.self, forKey: .unit),
            corridor: try container.decodeIfPresent(String.self, forKey: .corridor), holder: holder,
            date: try container.decodeIfPresent(Day.self, forKey: .date),
            layer: try container.decodeIfPresent(Layer.self, forKey: .layer),
            areaKm2: try container.decode(Double.self, forKey: .areaKm2),
            members: try container.decodeIfPresent([String].self, forKey: .members) ?? holder.map { [$0] } ?? [],
            officialAreaKm2: try container.decodeIfPresent(Double.self, forKey: .officialAreaKm2),
            officialAreaNote: try container.decodeIfPresent(String.self, forKey: .officialAreaNote),
            unitAreaKm2: try container.decodeIfPresent(Double.self, forKey: .unitAreaKm2),
            holders: try container.decodeIfPresent([Share].self, forKey: .holders))
    }

    /// Writes the JSON of an area answer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(unit, forKey: .unit)
        try container.encode(corridor, forKey: .corridor)
        try container.encode(holder, forKey: .holder)
        // An entity's members are itself: only a group's are worth listing.
        try container.encode(holder == nil || members == [holder] ? nil : members, forKey: .members)
        try container.encode(date, forKey: .date)
        try container.encode(layer, forKey: .layer)
        try container.encode(areaKm2, forKey: .areaKm2)
        try container.encode(unitAreaKm2, forKey: .unitAreaKm2)
        try container.encode(percentOfUnit, forKey: .percentOfUnit)
        try container.encode(officialAreaKm2, forKey: .officialAreaKm2)
        try container.encode(officialAreaNote, forKey: .officialAreaNote)
        try container.encode(holders, forKey: .holders)
    }
}
