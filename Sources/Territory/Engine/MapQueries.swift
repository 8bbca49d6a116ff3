/// Queries only the maps and the viewer ask (module TerritoryRender): package API, not public,
/// since their answers are shaped for drawing.
extension Atlas {
    /// The envelope of every compiled face's exterior, lon/lat; `nil` for a dataset without ground.
    package var groundEnvelope: Envelope? {
        let envelope = Envelope(dataset.overlay.atoms.lazy.flatMap(\.faces).flatMap(\.exterior))
        return envelope.isNull ? nil : envelope
    }

    /// The holders on `layer` on `day` of any ground of a unit the dataset draws only in part.
    package func partialHolders(on day: Day, layer: Layer) -> Set<String> {
        let timeline = dataset.timelines[layer]
        let holders = timeline.holders[timeline.state(on: day)]
        let partialUnits = Set(dataset.units.indices.filter { dataset.units[$0].isPartial })
        var result: Set<String> = []
        for (index, atom) in dataset.overlay.atoms.enumerated() where atom.units.contains(where: partialUnits.contains)
        {
            if let holder = entityID(holders[index]) { result.insert(holder) }
        }
        return result
    }

    /// The ground held on `shown` on `day` by someone other than its holder on the other layer,
    /// grouped by that other holder (`nil`: nobody), largest first, with its compiled area and
    /// dissolved shape.
    package func differingGround(
        on day: Day, shown: Layer
    ) throws(QueryError) -> [(other: String?, areaKm2: Double, shape: Shape)] {
        try differingAtoms(on: day, shown: shown).map { group throws(QueryError) in
            (
                other: entityID(group.other),
                areaKm2: group.atoms.reduce(0) { $0 + dataset.overlay.atoms[$1].areaKm2 },
                shape: try merge(group.atoms)
            )
        }
    }

    /// The atoms held on `shown` by someone other than their holder on the other layer on `day`,
    /// grouped by that other holder (-1: nobody), largest group first.
    private func differingAtoms(on day: Day, shown: Layer) -> [(other: Int32, atoms: [Int])] {
        let other: Layer = shown == .deFacto ? .deJure : .deFacto
        let shownHolders = dataset.timelines[shown].holders[dataset.timelines[shown].state(on: day)]
        let otherHolders = dataset.timelines[other].holders[dataset.timelines[other].state(on: day)]
        var groups: [Int32: [Int]] = [:]
        for atom in shownHolders.indices where shownHolders[atom] >= 0 && shownHolders[atom] != otherHolders[atom] {
            groups[otherHolders[atom], default: []].append(atom)
        }
        let area = { (atoms: [Int]) in atoms.reduce(0) { $0 + self.dataset.overlay.atoms[$1].areaKm2 } }
        return groups.map { (other: $0.key, atoms: $0.value) }.sorted {
            (area($0.atoms), $1.other) > (area($1.atoms), $0.other)
        }
    }

    /// Each holder's area on `layer` on `day`, km², unordered (the sums `series` and snapshots share).
    package func holderAreas(on day: Day, layer: Layer) -> [(holder: String, km2: Double)] {
        let timeline = dataset.timelines[layer]
        return areas(ofState: timeline.state(on: day), layer: layer).map { (holder: entityID($0.key)!, km2: $0.value) }
    }
}
