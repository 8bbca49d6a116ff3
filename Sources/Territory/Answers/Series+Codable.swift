/// A series as JSON (docs/commands.md, `series`): `layer`, `step`, `holders`, and `rows`, each
/// `{"date", "areas_km2"}` with the areas keyed by holder.
extension Series: Codable {
    private enum CodingKeys: String, CodingKey {
        case layer, step, holders, rows
    }

    private struct Row: Codable {
        var date: Day
        var areasKm2: [String: Double]

        enum CodingKeys: String, CodingKey {
            case date
            case areasKm2 = "areas_km2"
        }
    }

    /// Reads the JSON of a series.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let holders = try container.decode([String].self, forKey: .holders)
        let rows = try container.decode([Row].self, forKey: .rows)
        self.init(
            layer: try container.decode(Layer.self, forKey: .layer),
            step: try container.decode(SeriesStep.self, forKey: .step), holders: holders,
            rows: try rows.map { row in
                guard Set(row.areasKm2.keys) == Set(holders) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .rows, in: container,
                        debugDescription: "the areas of \(row.date) are not keyed by the series' holders")
                }
                return SeriesRow(date: row.date, areasKm2: holders.map { row.areasKm2[$0]! })
            })
    }

    /// Writes the JSON of a series.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(layer, forKey: .layer)
        try container.encode(step, forKey: .step)
        try container.encode(holders, forKey: .holders)
        try container.encode(
            rows.map { Row(date: $0.date, areasKm2: Dictionary(uniqueKeysWithValues: zip(holders, $0.areasKm2))) },
            forKey: .rows)
    }
}

/// A series step as JSON: `day`, `month` or `year`.
extension SeriesStep: Codable {}
