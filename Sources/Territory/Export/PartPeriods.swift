extension Atlas {
    /// `control_periods` by part: for each atom, one row per run of days with the same de facto and
    /// de jure holders. Runs only break where a holder of this atom changes, so rows of one part
    /// never overlap and consecutive rows differ.
    func partTable(on day: Day?) throws(QueryError) -> ExportTable {
        let range = dataset.info.range
        let factual = dataset.timelines.deFacto
        let legal = dataset.timelines.deJure
        // The days on which either layer's state changes, inside the range, each with both states.
        let changes = Set(factual.starts + legal.starts).sorted().filter {
            range.contains($0) && $0 != range.from
        }
        let first = range.from.map { (factual.state(on: $0), legal.state(on: $0)) } ?? (0, 0)
        let states = [first] + changes.map { (factual.state(on: $0), legal.state(on: $0)) }
        let starts = [range.from] + changes.map { Optional($0) }

        var rows: [ExportTable.Row] = []
        for (atom, piece) in dataset.overlay.atoms.enumerated() {
            var runs: [(period: Interval, holders: [Int32])] = []
            for (index, (factualState, legalState)) in states.enumerated() {
                let holders = [factual.holders[factualState][atom], legal.holders[legalState][atom]]
                if let last = runs.last, last.holders == holders { continue }
                if !runs.isEmpty { runs[runs.count - 1].period.to = starts[index] }
                runs.append((Interval(from: starts[index], to: range.to), holders))
            }
            let kept = runs.filter { run in
                run.holders != [-1, -1] && (day.map { run.period.contains($0) } ?? true)
            }
            guard !kept.isEmpty else { continue }
            let shape = try dissolve([atom]).shape
            for run in kept {
                let units = unitOrder.filter {
                    piece.units.contains($0) && !dataset.units[$0].lifetime.intersection(run.period).isEmpty
                }
                rows.append(
                    ExportTable.Row(
                        values: [
                            .integer(atom), .text(entityID(run.holders[0])), .text(entityID(run.holders[1])),
                            .texts(units.map { dataset.units[$0].id }), .period(run.period), .real(piece.areaKm2),
                        ],
                        shape: shape))
            }
        }
        return ExportTable(
            name: "control_periods",
            description: "A part of the ground (an atom: it lies in exactly the same units throughout) with one "
                + "controller and one de jure holder over a period.",
            geometryKind: .multiPolygon,
            columns: [
                .init("part_id", .integer), .init("controller", .text), .init("de_jure", .text),
                .init("units", .texts), .init("valid", .period), .init("area_km2", .real),
            ],
            rows: rows,
            exclusiveKey: "part_id")
    }
}
