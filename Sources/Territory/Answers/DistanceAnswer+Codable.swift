/// A distance answer as JSON (docs/commands.md, `distance`): `from` and `to` (`{"query", "id",
/// "lat", "lon"}`: the thing as asked, its record id or null, its nearest point), `distance_km` and
/// `method`.
///
/// The JSON gives kilometres: a decoded answer's `meters` is a double whose ``kilometers`` are
/// exactly `distance_km`.
extension DistanceAnswer: Codable {
    private enum CodingKeys: String, CodingKey {
        case from, to, method
        case distanceKm = "distance_km"
    }

    private struct End: Codable {
        var query: String
        var id: String?
        var lat: Double
        var lon: Double

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(query, forKey: .query)
            try container.encode(id, forKey: .id)
            try container.encode(lat, forKey: .lat)
            try container.encode(lon, forKey: .lon)
        }
    }

    /// Reads the JSON of a distance answer.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let from = try container.decode(End.self, forKey: .from)
        let to = try container.decode(End.self, forKey: .to)
        let kilometers = try container.decode(Double.self, forKey: .distanceKm)
        self.init(
            meters: AnswerJSON.meters(kilometers: kilometers), fromPoint: Coordinate(x: from.lon, y: from.lat),
            toPoint: Coordinate(x: to.lon, y: to.lat), fromID: from.id, toID: to.id,
            method: try container.decode(String.self, forKey: .method), fromQuery: from.query, toQuery: to.query)
    }

    /// Writes the JSON of a distance answer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(End(query: fromQuery, id: fromID, lat: fromPoint.y, lon: fromPoint.x), forKey: .from)
        try container.encode(End(query: toQuery, id: toID, lat: toPoint.y, lon: toPoint.x), forKey: .to)
        try container.encode(kilometers, forKey: .distanceKm)
        try container.encode(method, forKey: .method)
    }

}
