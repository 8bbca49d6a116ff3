/// A holder's share as JSON: `{"holder", "area_km2"}`, `holder` null for ground nobody held.
extension Share: Codable {
    private enum CodingKeys: String, CodingKey {
        case holder
        case areaKm2 = "area_km2"
    }

    /// Reads `{"holder", "area_km2"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            holder: try container.decodeIfPresent(String.self, forKey: .holder),
            areaKm2: try container.decode(Double.self, forKey: .areaKm2))
    }

    /// Writes `{"holder", "area_km2"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(holder, forKey: .holder)
        try container.encode(areaKm2, forKey: .areaKm2)
    }
}

/// One doubt as JSON: `event`, `layer`, `holder`, `alternative_holder`, `area_km2`,
/// `window_from`, `window_to` (the window `[from, to)`, null when open) and `reason`.
extension Uncertainty: Codable {
    private enum CodingKeys: String, CodingKey {
        case event, layer, holder, reason
        case alternativeHolder = "alternative_holder"
        case areaKm2 = "area_km2"
        case windowFrom = "window_from"
        case windowTo = "window_to"
    }

    /// Reads the JSON of one doubt.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            event: try container.decode(String.self, forKey: .event),
            layer: try container.decode(Layer.self, forKey: .layer),
            holder: try container.decodeIfPresent(String.self, forKey: .holder),
            alternativeHolder: try container.decodeIfPresent(String.self, forKey: .alternativeHolder),
            areaKm2: try container.decode(Double.self, forKey: .areaKm2),
            window: Interval(
                from: try container.decodeIfPresent(Day.self, forKey: .windowFrom),
                to: try container.decodeIfPresent(Day.self, forKey: .windowTo)),
            reason: try container.decode(String.self, forKey: .reason))
    }

    /// Writes the JSON of one doubt.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(event, forKey: .event)
        try container.encode(layer, forKey: .layer)
        try container.encode(holder, forKey: .holder)
        try container.encode(alternativeHolder, forKey: .alternativeHolder)
        try container.encode(areaKm2, forKey: .areaKm2)
        try container.encode(window.from, forKey: .windowFrom)
        try container.encode(window.to, forKey: .windowTo)
        try container.encode(reason, forKey: .reason)
    }
}

/// The certainty keys an answer's JSON object carries beside its own: `certainty` (the word),
/// `reviewed` (the day the dataset was last reviewed, null when it records none) and
/// `uncertainties` (the doubts, empty unless uncertain).
struct CertaintyFields {
    private enum CodingKeys: String, CodingKey {
        case certainty, reviewed, uncertainties
    }

    /// Writes the three keys into the object `encoder` is writing.
    static func encode(_ certainty: Certainty, reviewed: Day?, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(certainty.word, forKey: .certainty)
        try container.encode(reviewed, forKey: .reviewed)
        try container.encode(certainty.doubts, forKey: .uncertainties)
    }

    /// Reads the three keys of the object `decoder` is reading: the certainty and the day the
    /// dataset was last reviewed.
    static func decode(from decoder: any Decoder) throws -> (certainty: Certainty, reviewed: Day?) {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let reviewed = try container.decodeIfPresent(Day.self, forKey: .reviewed)
        let word = try container.decode(String.self, forKey: .certainty)
        switch word {
        case "certain":
            return (.certain, reviewed)
        case "uncertain":
            return (.uncertain(try container.decode([Uncertainty].self, forKey: .uncertainties)), reviewed)
        case "projected":
            guard let reviewed else {
                throw DecodingError.dataCorruptedError(
                    forKey: .reviewed, in: container, debugDescription: "a projected answer needs the day reviewed")
            }
            return (.projected(reviewed: reviewed), reviewed)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .certainty, in: container,
                debugDescription: "certainty '\(word)' is not certain, uncertain or projected")
        }
    }
}
