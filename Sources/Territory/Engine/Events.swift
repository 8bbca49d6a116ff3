extension Atlas {
    /// Events in date order (file order within a day) between `from` and `to`, both included.
    ///
    /// With `unit`, only the events that concern that unit: transfers whose subject shares ground
    /// with it, and events whose ``ControlEvent/concerns`` list it. With `place`, only the events
    /// whose concerns list that place (the places a transfer's note names all lie inside the
    /// ground it moves). Both filters together keep the events that pass both.
    ///
    /// ```swift
    /// for event in try atlas.timeline(unit: "Shusha") { print(event.date, event.to ?? "", event.name ?? event.id) }
    /// for event in try atlas.timeline(place: "Hadrut") { print(event.date, event.id) }
    /// // 2020-10-09 hadrut-2020
    /// ```
    /// - Throws: `QueryError.unknownName` for an unknown unit or place, `.reversedRange`.
    public func timeline(unit name: String? = nil, place placeName: String? = nil, from: Day? = nil, to: Day? = nil)
        throws(QueryError) -> [ControlEvent]
    {
        if let from, let to, to < from { throw .reversedRange(from: from, to: to) }
        var ground: (id: String, atoms: Set<Int>)?
        if let name {
            let unit = try dataset.unit(named: name)
            ground = (unit.id, Set(dataset.overlay.unitAtoms[dataset.unitIndex[unit.id]!]))
        }
        let place = try placeName.map { (name) throws(QueryError) in try dataset.place(named: name).id }
        let events = dataset.events.enumerated().filter { _, event in
            if let from, event.date < from { return false }
            if let to, event.date > to { return false }
            if let place, !event.concerns.places.contains(place) { return false }
            guard let ground else { return true }
            if event.concerns.units.contains(ground.id) { return true }
            guard let subject = event.subject.flatMap({ dataset.unitIndex[$0] }) else { return false }
            return !ground.atoms.isDisjoint(with: dataset.overlay.unitAtoms[subject])
        }
        return events.sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
