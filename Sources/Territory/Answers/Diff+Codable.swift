/// A diff as JSON (docs/commands.md, `diff`): `from`, `to`, `layer`, and `changes`, each
/// `{"from", "to", "area_km2"}` (null for nobody). The JSON carries no shapes: a decoded change
/// has an empty multipolygon.
extension Diff: Codable {
    private enum CodingKeys: String, CodingKey {
        case from, to, layer, changes
    }

    /// Reads the JSON of a diff.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decode(Day.self, forKey: .from), to: try container.decode(Day.self, forKey: .to),
            layer: try container.decode(Layer.self, forKey: .layer),
            changes: try container.decode([Change].self, forKey: .changes))
    }

    /// Writes the JSON of a diff.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(layer, forKey: .layer)
        try container.encode(changes, forKey: .changes)
    }
}

/// A change of hands as JSON: `{"from", "to", "area_km2"}`, without its shape (a decoded one has
/// an empty multipolygon).
extension Change: Codable {
    private enum CodingKeys: String, CodingKey {
        case from, to
        case areaKm2 = "area_km2"
    }

    /// Reads `{"from", "to", "area_km2"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decodeIfPresent(String.self, forKey: .from),
            to: try container.decodeIfPresent(String.self, forKey: .to),
            areaKm2: try container.decode(Double.self, forKey: .areaKm2), shape: .multiPolygon([]))
    }

    /// Writes `{"from", "to", "area_km2"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(areaKm2, forKey: .areaKm2)
    }
}
