extension Dataset {
    /// The record called `name` in any spelling (case, diacritics and punctuation ignored; ids,
    /// English names, names in other languages and aliases all count).
    ///
    /// When several records share a spelling, `preferring` decides (units, then places, corridors,
    /// entities by default), then an id beats a name, a name an alias, and file order the rest.
    ///
    /// ```swift
    /// try dataset.resolve("KHANKƏNDİ").id                         // "khankendi" (the city's unit)
    /// try dataset.resolve("KHANKƏNDİ", preferring: [.place]).id   // "stepanakert" (the gazetteer point)
    /// ```
    /// - Throws: `QueryError.unknownName` with the closest spellings.
    public func resolve(
        _ name: String, preferring categories: [NameCategory] = [.unit, .place, .corridor, .entity]
    ) throws(QueryError) -> NamedThing {
        guard let entry = names.lookup(name, in: categories).first else {
            throw .unknownName(name: name, kinds: categories, suggestions: names.suggestions(for: name, in: categories))
        }
        switch entry.category {
        case .unit: return .unit(units[entry.index])
        case .place: return .place(places[entry.index])
        case .corridor: return .corridor(corridors[entry.index])
        case .entity: return .entity(entities[entry.index])
        case .group: return .group(groups[entry.index])
        }
    }

    /// The unit called `name`.
    ///
    /// ```swift
    /// try dataset.unit(named: "Kəlbəcər").id   // "kalbajar"
    /// ```
    public func unit(named name: String) throws(QueryError) -> Unit {
        guard case .unit(let unit) = try resolve(name, preferring: [.unit]) else { preconditionFailure() }
        return unit
    }

    /// The gazetteer place called `name`.
    ///
    /// ```swift
    /// try dataset.place(named: "Khankendi").id   // "stepanakert"
    /// ```
    public func place(named name: String) throws(QueryError) -> Place {
        guard case .place(let place) = try resolve(name, preferring: [.place]) else { preconditionFailure() }
        return place
    }

    /// The corridor called `name`.
    ///
    /// ```swift
    /// try dataset.corridor(named: "lachin corridor").widthMeters   // Optional(5000.0)
    /// ```
    public func corridor(named name: String) throws(QueryError) -> Corridor {
        guard case .corridor(let corridor) = try resolve(name, preferring: [.corridor]) else { preconditionFailure() }
        return corridor
    }

    /// The entity group called `name`.
    ///
    /// ```swift
    /// try dataset.group(named: "Armenian forces").id   // "armenian-forces"
    /// ```
    public func group(named name: String) throws(QueryError) -> EntityGroup {
        guard case .group(let group) = try resolve(name, preferring: [.group]) else { preconditionFailure() }
        return group
    }

    /// The entity called `name`.
    ///
    /// ```swift
    /// try dataset.entity(named: "Artsakh").id   // "NKR"
    /// ```
    public func entity(named name: String) throws(QueryError) -> Entity {
        guard case .entity(let entity) = try resolve(name, preferring: [.entity]) else { preconditionFailure() }
        return entity
    }
}
