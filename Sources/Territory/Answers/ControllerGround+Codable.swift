/// The ground of an entity or a group as JSON (docs/commands.md, `snapshot --controller`): `date`,
/// `layer`, `controller`, `name`, `area_km2`, `parts` and `members` (`{"holder", "area_km2"}`),
/// without its shape (a decoded one has an empty multipolygon).
extension ControllerGround: Codable {
    private enum CodingKeys: String, CodingKey {
        case date, layer, controller, name, parts, members
        case areaKm2 = "area_km2"
    }

    /// Reads the JSON of a controller's ground.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            controller: try container.decode(String.self, forKey: .controller),
            name: try container.decode(String.self, forKey: .name), date: try container.decode(Day.self, forKey: .date),
            layer: try container.decode(Layer.self, forKey: .layer),
            areaKm2: try container.decode(Double.self, forKey: .areaKm2), shape: .multiPolygon([]),
            partCount: try container.decode(Int.self, forKey: .parts),
            members: try container.decode([Share].self, forKey: .members))
    }

    /// Writes the JSON of a controller's ground.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(layer, forKey: .layer)
        try container.encode(controller, forKey: .controller)
        try container.encode(name, forKey: .name)
        try container.encode(areaKm2, forKey: .areaKm2)
        try container.encode(partCount, forKey: .parts)
        try container.encode(members, forKey: .members)
    }
}
