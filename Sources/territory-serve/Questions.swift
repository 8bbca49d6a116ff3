import Territory

/// Which library question `/area` and `/distance` ask, chosen from their parameters as
/// `territory area` and `territory distance` choose from their arguments. The answers are the
/// library's values, printed by `AnswerJSON` as the CLI prints them.
enum Questions {
    /// `territory area NAME [--date D [--controller ID]] [--layer L]`: a corridor's strip, an
    /// entity's or group's ground on a day, a controller's ground in a unit, a unit's holders on a
    /// day, or a unit as drawn.
    static func area(
        _ atlas: Atlas, name: String, on day: Day?, controller: String?, layer: Layer
    ) throws(QueryError) -> AreaAnswer {
        var answer: AreaAnswer
        switch (try resolveForArea(atlas.dataset, name, dated: day != nil, controller: controller), day, controller) {
        case (.corridor(let corridor), _, nil):
            answer = try atlas.area(ofCorridor: corridor.id, on: day ?? Day.today())
        case (let thing, let day?, nil) where [.entity, .group].contains(thing.category):
            answer = try atlas.area(of: nil, heldBy: thing.id, on: day, layer: layer)
        case (.unit(let unit), let day?, let controller?):
            answer = try atlas.area(of: unit.id, heldBy: controller, on: day, layer: layer)
        case (.unit(let unit), let day?, nil):
            answer = try atlas.area(of: unit.id, holdersOn: day, layer: layer)
        default:
            answer = try atlas.area(of: name)
        }
        answer.name = name
        return answer
    }

    /// The unit called `name`, or with a date and no controller also an entity or group; failing
    /// that, without a controller, a corridor (its strip). Anything else is the first refusal.
    private static func resolveForArea(
        _ dataset: Dataset, _ name: String, dated: Bool, controller: String?
    ) throws(QueryError) -> NamedThing {
        let categories: [NameCategory] = dated && controller == nil ? [.unit, .entity, .group] : [.unit]
        do {
            return try dataset.resolve(name, preferring: categories)
        } catch {
            guard controller == nil, case .corridor(let corridor) = try? dataset.resolve(name, preferring: [.corridor])
            else { throw error }
            return .corridor(corridor)
        }
    }

    /// `territory distance A B`: `LAT,LON` is a position, anything else a name.
    static func distance(_ atlas: Atlas, from first: String, to second: String) throws(QueryError) -> DistanceAnswer {
        var answer = try atlas.distance(from: locator(first), to: locator(second))
        // As the CLI: each end's query is the text as asked.
        answer.fromQuery = first
        answer.toQuery = second
        return answer
    }

    /// `LAT,LON` (degrees, latitude first, as `--at` reads it) as a position, anything else as a name.
    private static func locator(_ text: String) -> Locator {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2, let latitude = Double(parts[0].trimmingCharacters(in: .whitespaces)),
            let longitude = Double(parts[1].trimmingCharacters(in: .whitespaces))
        {
            return .coordinate(Coordinate(x: longitude, y: latitude))
        }
        return .name(text)
    }
}
