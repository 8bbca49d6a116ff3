/// An event as JSON (docs/commands.md, `timeline`): `id`, `date`, `precision`, `kind`, `layer`,
/// `subject`, `from`, `to`, `name`, `alternatives` (`{"date", "source", "note"}`), `source`,
/// `note` and `concerns` (`{"units", "places"}`), every key present and null when absent.
extension ControlEvent: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, date, precision, kind, layer, subject, from, to, name, alternatives, source, note, concerns
    }

    /// Reads the JSON of an event.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decodeIfPresent(String.self, forKey: .name),
            date: try container.decode(Day.self, forKey: .date),
            precision: try container.decode(DatePrecision.self, forKey: .precision),
            kind: try container.decode(Kind.self, forKey: .kind),
            layer: try container.decodeIfPresent(Layer.self, forKey: .layer),
            subject: try container.decodeIfPresent(String.self, forKey: .subject),
            from: try container.decodeIfPresent(String.self, forKey: .from),
            to: try container.decodeIfPresent(String.self, forKey: .to),
            alternatives: try container.decode([AlternativeDate].self, forKey: .alternatives),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            note: try container.decodeIfPresent(String.self, forKey: .note),
            concerns: try container.decode(Concerns.self, forKey: .concerns))
    }

    /// Writes the JSON of an event.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(precision, forKey: .precision)
        try container.encode(kind, forKey: .kind)
        try container.encode(layer, forKey: .layer)
        try container.encode(subject, forKey: .subject)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(name, forKey: .name)
        try container.encode(alternatives, forKey: .alternatives)
        try container.encode(source, forKey: .source)
        try container.encode(note, forKey: .note)
        try container.encode(concerns, forKey: .concerns)
    }
}

/// An event kind as JSON: `transfer` or `milestone`.
extension ControlEvent.Kind: Codable {}

/// What an event concerns as JSON: `{"units", "places"}`.
extension ControlEvent.Concerns: Codable {
    private enum CodingKeys: String, CodingKey {
        case units, places
    }

    /// Reads `{"units", "places"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            units: try container.decode([String].self, forKey: .units),
            places: try container.decode([String].self, forKey: .places))
    }

    /// Writes `{"units", "places"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(units, forKey: .units)
        try container.encode(places, forKey: .places)
    }
}

/// Another date sources give for an event, as JSON: `{"date", "source", "note"}`.
extension ControlEvent.AlternativeDate: Codable {
    private enum CodingKeys: String, CodingKey {
        case date, source, note
    }

    /// Reads `{"date", "source", "note"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            date: try container.decode(Day.self, forKey: .date),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            note: try container.decodeIfPresent(String.self, forKey: .note))
    }

    /// Writes `{"date", "source", "note"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(source, forKey: .source)
        try container.encode(note, forKey: .note)
    }
}
