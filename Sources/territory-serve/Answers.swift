import Territory

/// The answers of `/control`, `/snapshot`, `/area` and `/distance`: the library's queries, written
/// as the JSON of the CLI's `--format json` (same keys, same values, absent values as null), so a
/// script can move between `territory control ... --format json` and the server unchanged.
enum Answers {
    /// `territory control --at LAT,LON --date D --format json`.
    static func control(_ atlas: Atlas, at coordinate: Coordinate, on day: Day) throws(QueryError) -> JSONValue {
        let answer = try atlas.control(at: coordinate, on: day)
        func holder(_ id: String?) -> JSONValue {
            guard let id else { return .null }
            return .object(["id": .string(id), "name": .string(atlas.dataset.entity(id: id)?.name ?? id)])
        }
        return .object([
            "date": .string(answer.date.description),
            "place": answer.place.map { .string($0) } ?? .null,
            "location": .object(["lat": .number(answer.coordinate.y), "lon": .number(answer.coordinate.x)]),
            "de_facto": holder(answer.deFacto),
            "de_jure": holder(answer.deJure),
            "units": strings(answer.units),
            "corridors": strings(answer.corridors),
            "certainty": .string(answer.certainty.word),
            "uncertainties": .array(answer.certainty.doubts.map(uncertainty)),
        ])
    }

    /// `territory snapshot --date D --layer L --format json`.
    static func snapshot(_ atlas: Atlas, on day: Day, layer: Layer) throws(QueryError) -> JSONValue {
        let snapshot = try atlas.snapshot(on: day, layer: layer)
        let dataset = atlas.dataset
        func shares(_ shares: [Share]) -> JSONValue { .array(shares.map(share)) }
        return .object([
            "date": .string(snapshot.date.description),
            "layer": .string(snapshot.layer.rawValue),
            "valid_from": optional(snapshot.validity.from?.description),
            "valid_to": optional(snapshot.validity.to?.description),
            "certainty": .string(snapshot.certainty.word),
            "uncertainties": .array(snapshot.certainty.doubts.map(uncertainty)),
            "controllers": .array(
                snapshot.holders.map { ground in
                    .object([
                        "id": .string(ground.holder),
                        "name": .string(dataset.entity(id: ground.holder)?.name ?? ground.holder),
                        "area_km2": .number(ground.areaKm2), "parts": .number(Double(ground.partCount)),
                    ])
                }),
            "units": .array(
                snapshot.units.map { unit in
                    .object([
                        "id": .string(unit.unit), "name": .string(dataset.unit(id: unit.unit)?.name ?? unit.unit),
                        "de_facto": optional(unit.deFacto.first?.holder),
                        "de_jure": optional(unit.deJure.first?.holder),
                        "de_facto_shares": shares(unit.deFacto), "de_jure_shares": shares(unit.deJure),
                    ])
                }),
            "corridors": .array(
                snapshot.corridors.map { state in
                    .object([
                        "id": .string(state.corridor),
                        "name": .string(dataset.corridor(id: state.corridor)?.name ?? state.corridor),
                        "status": optional(state.status?.status.rawValue), "route": optional(state.route?.id),
                    ])
                }),
        ])
    }

    /// `territory area NAME [--date D [--controller ID]] --format json`, on the de facto layer.
    static func area(_ atlas: Atlas, name: String, on day: Day?, controller: String?) throws(QueryError) -> JSONValue {
        var output: [String: JSONValue] = [
            "name": .string(name), "unit": .null, "controller": .null, "date": optional(day?.description),
            "layer": .null, "area_km2": .number(0), "unit_area_km2": .null, "percent_of_unit": .null,
            "official_area_km2": .null, "official_area_note": .null, "holders": .null,
        ]
        let layer = Layer.deFacto
        // As the CLI: with a date and no controller the name may also be an entity.
        let categories: [NameCategory] = day != nil && controller == nil ? [.unit, .entity] : [.unit]
        switch (try atlas.dataset.resolve(name, preferring: categories), day, controller) {
        case (.entity(let entity), let day?, nil):
            let held = try atlas.area(of: nil, heldBy: entity.id, on: day, layer: layer)
            output["controller"] = optional(held.holder)
            output["layer"] = .string(layer.rawValue)
            output["area_km2"] = .number(held.areaKm2)
        case (.unit(let unit), let day?, let controller?):
            let held = try atlas.area(of: unit.id, heldBy: controller, on: day, layer: layer)
            let whole = try atlas.area(of: unit.id)
            output["unit"] = .string(unit.id)
            output["controller"] = optional(held.holder)
            output["layer"] = .string(layer.rawValue)
            output["area_km2"] = .number(held.areaKm2)
            output["unit_area_km2"] = .number(whole.areaKm2)
            output["percent_of_unit"] = .number(100 * held.areaKm2 / whole.areaKm2)
        case (.unit(let unit), let day?, nil):
            let whole = try atlas.area(of: unit.id)
            output["unit"] = .string(unit.id)
            output["layer"] = .string(layer.rawValue)
            output["area_km2"] = .number(whole.areaKm2)
            output["holders"] = .array(try atlas.holders(of: unit.id, on: day, layer: layer).map(share))
        default:
            let whole = try atlas.area(of: name)
            output["unit"] = optional(whole.unit)
            output["area_km2"] = .number(whole.areaKm2)
            output["official_area_km2"] = whole.officialAreaKm2.map { .number($0) } ?? .null
            output["official_area_note"] = optional(whole.officialAreaNote)
        }
        return .object(output)
    }

    /// `territory distance A B --format json`; a text that reads as `LAT,LON` is a position.
    static func distance(_ atlas: Atlas, from first: String, to second: String) throws(QueryError) -> JSONValue {
        let answer = try atlas.distance(from: locator(first), to: locator(second))
        func end(_ query: String, _ id: String?, _ point: Coordinate) -> JSONValue {
            .object(["query": .string(query), "id": optional(id), "lat": .number(point.y), "lon": .number(point.x)])
        }
        return .object([
            "from": end(first, answer.fromID, answer.fromPoint), "to": end(second, answer.toID, answer.toPoint),
            "distance_km": .number(answer.kilometers), "method": .string(answer.method),
        ])
    }

    /// `LAT,LON` as a position, anything else as a name.
    private static func locator(_ text: String) -> Locator {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2, let latitude = Double(parts[0].trimmingCharacters(in: .whitespaces)),
            let longitude = Double(parts[1].trimmingCharacters(in: .whitespaces))
        {
            return .coordinate(Coordinate(x: longitude, y: latitude))
        }
        return .name(text)
    }

    private static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    private static func strings(_ texts: [String]) -> JSONValue { .array(texts.map { .string($0) }) }

    private static func share(_ share: Share) -> JSONValue {
        .object(["holder": optional(share.holder), "area_km2": .number(share.areaKm2)])
    }

    private static func uncertainty(_ doubt: Uncertainty) -> JSONValue {
        .object([
            "event": .string(doubt.event), "layer": .string(doubt.layer.rawValue), "holder": optional(doubt.holder),
            "alternative_holder": optional(doubt.alternativeHolder), "area_km2": .number(doubt.areaKm2),
            "window_from": optional(doubt.window.from?.description),
            "window_to": optional(doubt.window.to?.description),
            "reason": .string(doubt.reason),
        ])
    }
}
