extension Atlas {
    /// The area `territory area NAME [--date D] [--controller C] [--layer L]` answers, for the
    /// command line and the HTTP service alike:
    /// - a unit alone: its geodesic area as drawn, with its published area (``area(of:)``);
    /// - a unit and `day`: its area with its holders that day (``area(of:holdersOn:layer:)``);
    /// - a unit, `day` and `controller`: the ground the controller held in it (``area(of:heldBy:on:layer:)``);
    /// - an entity or group and `day`: all the ground it held that day;
    /// - a corridor, without `controller`: its strip on `day`, or today (``area(ofCorridor:on:)``).
    ///
    /// `name` is looked up among units first (and with `day` but no `controller`, entities and
    /// groups), then among corridors; the answer's `name` is `name` as given.
    ///
    /// ```swift
    /// let held = try atlas.area(named: "Azerbaijan", on: try Day(iso: "1994-05-12"), heldBy: "NKR")
    /// held.percentOfUnit   // 13.87…
    /// ```
    /// - Throws: `QueryError.unknownName` for `name` when it names no such unit, entity, group or
    ///   corridor (a place, say), and the errors of the query answering.
    public func area(named name: String, on day: Day? = nil, heldBy controller: String? = nil, layer: Layer = .deFacto)
        throws(QueryError) -> AreaAnswer
    {
        let categories: [NameCategory] = day != nil && controller == nil ? [.unit, .entity, .group] : [.unit]
        let thing: NamedThing
        do {
            thing = try dataset.resolve(name, preferring: categories)
        } catch {
            // Not a unit (nor an entity): a corridor's strip, when no controller is asked for.
            guard controller == nil, case .corridor(let corridor)? = try? dataset.resolve(name) else { throw error }
            var answer = try area(ofCorridor: corridor.id, on: day ?? Day.today())
            answer.name = name
            return answer
        }
        var answer: AreaAnswer
        switch (thing, day, controller) {
        case (_, let day?, nil) where [.entity, .group].contains(thing.category):
            answer = try area(of: nil, heldBy: thing.id, on: day, layer: layer)
        case (.unit(let unit), let day?, let controller?):
            answer = try area(of: unit.id, heldBy: controller, on: day, layer: layer)
        case (.unit(let unit), let day?, nil):
            answer = try area(of: unit.id, holdersOn: day, layer: layer)
        default:
            answer = try area(of: name)
        }
        answer.name = name
        return answer
    }
}
