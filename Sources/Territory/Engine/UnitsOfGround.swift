extension Atlas {
    /// How sure the holders of the unit called `unitName` on `day` are, on both layers: the
    /// doubts that concern its ground (with the area concerned), or ``Certainty/projected(reviewed:)``
    /// past the dataset's last review.
    ///
    /// ```swift
    /// try atlas.certainty(ofUnit: "Jabrayil", on: try Day(iso: "2020-10-06")).word   // "uncertain"
    /// ```
    /// - Throws: `QueryError.unknownName`, `.outsideRange`.
    public func certainty(ofUnit unitName: String, on day: Day) throws(QueryError) -> Certainty {
        try check(day)
        let unit = try dataset.unit(named: unitName)
        let atoms = Set(dataset.overlay.unitAtoms[dataset.unitIndex[unit.id]!])
        let found = Layer.allCases.flatMap { doubts(on: day, layer: $0, atoms: atoms) }
        return Certainty(found, on: day, reviewed: dataset.info.reviewed)
    }

    /// The error for a unit asked about on a day outside its lifetime: when it existed, and which
    /// units existing on `day` cover its ground, so the question can be asked again of those.
    ///
    /// `unit 'nkao' (Nagorno-Karabakh Autonomous Oblast) existed [1923-07-07, 1991-11-26), not on
    /// 2021-01-01; that day its ground lies in karabakh-region (all of it), zone-1994 (4,226.9 km²), …`
    func notExisting(_ unit: Unit, on day: Day) -> QueryError {
        let lifetime = "unit '\(unit.id)' (\(unit.name)) existed \(unit.lifetime), not on \(day)"
        let covering = unitsCovering(dataset.unitIndex[unit.id]!, on: day)
        guard !covering.isEmpty else { return .notApplicable(lifetime) }
        let limit = 8
        var listed = covering.prefix(limit).map { entry in
            "\(dataset.units[entry.unit].id) (" + (entry.all ? "all of it" : MapText.km2(entry.km2)) + ")"
        }
        if covering.count > limit { listed.append("and \(covering.count - limit) more") }
        return .notApplicable(
            lifetime + "; that day its ground lies in " + listed.joined(separator: ", ") + ": ask about one of those")
    }

    /// The units existing on `day` that share ground with unit index `unit`: the narrowest one
    /// that covers all of it first (broader ones, such as the country, are left out), then the
    /// others by the ground they share, largest first.
    func unitsCovering(_ unit: Int, on day: Day) -> [(unit: Int, km2: Double, all: Bool)] {
        let atoms = Set(dataset.overlay.unitAtoms[unit])
        var whole: [Int] = []
        var partial: [(unit: Int, km2: Double, all: Bool)] = []
        // unitOrder is broadest first, so the last unit covering everything is the narrowest.
        for other in unitOrder where other != unit && dataset.units[other].lifetime.contains(day) {
            let shared = dataset.overlay.unitAtoms[other].filter { atoms.contains($0) }
            guard !shared.isEmpty else { continue }
            if shared.count == atoms.count {
                whole.append(other)
            } else {
                partial.append((other, dataset.overlay.areaKm2(of: shared), false))
            }
        }
        partial.sort { ($0.km2, $1.unit) > ($1.km2, $0.unit) }
        return whole.suffix(1).map { ($0, dataset.overlay.areaKm2(of: Array(atoms)), true) } + partial
    }
}
