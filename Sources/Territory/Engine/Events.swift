extension Atlas {
    /// Events in date order (file order within a day) between `from` and `to`, both included;
    /// with `unit`, only the transfers whose subject shares ground with that unit.
    ///
    /// ```swift
    /// for event in try atlas.timeline(unit: "Shusha") { print(event.date, event.to ?? "", event.name ?? event.id) }
    /// ```
    /// - Throws: `QueryError.unknownName` for an unknown unit, `.reversedRange`.
    public func timeline(unit name: String? = nil, from: Day? = nil, to: Day? = nil) throws(QueryError)
        -> [ControlEvent]
    {
        if let from, let to, to < from { throw .reversedRange(from: from, to: to) }
        var ground: Set<Int>?
        if let name {
            let unit = try dataset.unit(named: name)
            ground = Set(dataset.overlay.unitAtoms[dataset.unitIndex[unit.id]!])
        }
        let events = dataset.events.enumerated().filter { _, event in
            if let from, event.date < from { return false }
            if let to, event.date > to { return false }
            guard let ground else { return true }
            guard let subject = event.subject.flatMap({ dataset.unitIndex[$0] }) else { return false }
            return !ground.isDisjoint(with: dataset.overlay.unitAtoms[subject])
        }
        return events.sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
