extension Atlas {
    /// The ground and corridors of the period containing `day` (see `PeriodGround`).
    ///
    /// ```swift
    /// let period = try atlas.periodGround(containing: try Day(iso: "2021-01-01"))
    /// period.period   // [2020-12-01, 2021-01-11)
    /// ```
    /// - Parameters:
    ///   - day: the day.
    ///   - kinds: what to compute; the other kind is left empty.
    /// - Throws: `QueryError.outsideRange` for a day outside the dataset, `.geometry` if GEOS fails.
    public func periodGround(
        containing day: Day, kinds: Set<FeatureKind> = Set(FeatureKind.allCases)
    ) throws(QueryError) -> PeriodGround {
        try check(day)
        var memo = PeriodMemo()
        return try periodGround(on: day, period: period(containing: day), kinds: kinds, memo: &memo)
    }

    /// The ground and corridors of every period of the dataset (see `periods()`), in order.
    ///
    /// ```swift
    /// let all = try atlas.periodGrounds { done, total in print("\(done)/\(total) periods") }
    /// ```
    /// - Parameters:
    ///   - kinds: what to compute; the other kind is left empty.
    ///   - last: with a day, only the periods starting on or before it.
    ///   - progress: called after each period with the number done and the total (the count of
    ///     `periods()`, or of those up to `last`), in order, ending with (total, total).
    /// - Throws: `QueryError.geometry` if GEOS fails.
    public func periodGrounds(
        kinds: Set<FeatureKind> = Set(FeatureKind.allCases), through last: Day? = nil,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(QueryError) -> [PeriodGround] {
        let periods = self.periods().filter { period in
            last.map { last in period.from.map { $0 <= last } ?? false } ?? true
        }
        var grounds: [PeriodGround] = []
        var memo = PeriodMemo()
        for (index, period) in periods.enumerated() {
            if let start = period.from {
                grounds.append(try periodGround(on: start, period: period, kinds: kinds, memo: &memo))
            }
            progress(index + 1, periods.count)
        }
        return grounds
    }

    private func periodGround(
        on day: Day, period: Interval, kinds: Set<FeatureKind>, memo: inout PeriodMemo
    ) throws(QueryError) -> PeriodGround {
        let ground = kinds.contains(.ground)
        return PeriodGround(
            period: period, holdings: ground ? try holdings(on: day, period: period, memo: &memo) : [],
            layers: try Layered { layer throws(QueryError) in
                ground ? try layerGround(on: day, layer: layer, memo: &memo) : LayerGround(holders: [], differing: [])
            },
            routes: kinds.contains(.corridors) ? try routes(on: day, period: period, memo: &memo) : [])
    }

    /// The ground of `day` on `layer` by holder, and where the other layer differs.
    private func layerGround(on day: Day, layer: Layer, memo: inout PeriodMemo) throws(QueryError) -> LayerGround {
        let shown = dataset.timelines[layer].holders(on: day)
        let merge = { (atoms: [Int]) throws(QueryError) -> Shape in
            try memo.shapes.value(atoms) { () throws(QueryError) in try self.merge(atoms) }
        }
        return LayerGround(
            holders: try holderGrounds(shown, merge: merge),
            differing: try differingGround(
                shown: shown, other: dataset.timelines[layer == .deFacto ? .deJure : .deFacto].holders(on: day),
                merge: merge))
    }

    /// The ground of `day` by (de facto, de jure) pair, each cut into its polygons.
    private func holdings(
        on day: Day, period: Interval, memo: inout PeriodMemo
    ) throws(QueryError) -> [PeriodGround.Holding] {
        let deFacto = dataset.timelines[.deFacto]
        let deJure = dataset.timelines[.deJure]
        let factual = deFacto.holders[deFacto.state(on: day)]
        let legal = deJure.holders[deJure.state(on: day)]
        var groups: [[Int32]: [Int]] = [:]
        for atom in factual.indices where factual[atom] >= 0 || legal[atom] >= 0 {
            groups[[factual[atom], legal[atom]], default: []].append(atom)
        }
        var holdings: [PeriodGround.Holding] = []
        for (pair, atoms) in groups.sorted(by: { ($0.key[0], $0.key[1]) < ($1.key[0], $1.key[1]) }) {
            let cut = try memo.cuts.value(atoms) { () throws(QueryError) in try groundCut(atoms) }
            let pieces = cut.parts.enumerated().map { index, part in
                GroundPiece(
                    period: period, deFacto: entityID(pair[0]), deJure: entityID(pair[1]), number: index + 1,
                    units: part.units.filter { dataset.units[$0].lifetime.contains(day) }.map { dataset.units[$0].id },
                    areaKm2: part.areaKm2, shape: part.shape)
            }
            holdings.append(
                PeriodGround.Holding(
                    deFacto: entityID(pair[0]), deJure: entityID(pair[1]), areaKm2: cut.areaKm2, shape: cut.shape,
                    touchedUnits: cut.touchedUnits, pieces: pieces))
        }
        return holdings
    }

    /// `atoms` dissolved and cut into polygons, each with the units it lies in (those of the atoms
    /// of its faces, as the merge places them) and its geodesic area.
    private func groundCut(_ atoms: [Int]) throws(QueryError) -> GroundCut {
        let ground = try mergeByPolygon(atoms)
        var cutParts: [GroundCut.Part] = []
        for (polygon, faces) in zip(ground.shape.polygonParts, ground.facesByPolygon) {
            let shape = Shape.polygon(polygon)
            let units = Set(faces.flatMap { dataset.overlay.atoms[faceAtom[$0]].units })
            cutParts.append(
                GroundCut.Part(shape: shape, units: unitOrder.filter(units.contains), areaKm2: try geodesicKm2(shape)))
        }
        let touched = Set(atoms.flatMap { dataset.overlay.atoms[$0].units })
        return GroundCut(
            shape: ground.shape, areaKm2: dataset.overlay.areaKm2(of: atoms),
            touchedUnits: unitOrder.filter(touched.contains).map { dataset.units[$0].id }, parts: cutParts)
    }

    /// The corridor routes in force on `day`, measured.
    private func routes(on day: Day, period: Interval, memo: inout PeriodMemo) throws(QueryError) -> [RoutePiece] {
        var routes: [RoutePiece] = []
        for state in try corridorStates(on: day) {
            guard let shape = state.routeShape, let corridorIndex = dataset.corridorIndex[state.corridor] else {
                continue
            }
            let corridor = dataset.corridors[corridorIndex]
            // As `corridorReport` measures it: the route in force, else the latest.
            guard let routeIndex = corridor.routeIndex(on: day) ?? corridor.routes.indices.last else { continue }
            let measures = try memo.routes.value([corridorIndex, routeIndex]) { () throws(QueryError) in
                try routeMeasures(corridor: corridor, routeIndex: routeIndex)
            }
            let crossedUnits = Set(measures.crossedAtoms.flatMap { dataset.overlay.atoms[$0].units })
            let units = unitOrder.filter { crossedUnits.contains($0) && dataset.units[$0].lifetime.contains(day) }
            routes.append(
                RoutePiece(
                    period: period, corridor: corridor.id, name: corridor.name, status: state.status?.status,
                    controller: corridor.principalController(on: day), controllers: state.controllers,
                    units: units.map { dataset.units[$0].id }, areaKm2: measures.areaKm2,
                    widthMeters: corridor.widthMeters, lengthKm: measures.lengthKm, shape: shape))
        }
        return routes
    }

    /// `control_periods` by part: for each compiled piece of ground, one row per run of days with
    /// the same de facto and de jure holders, in piece order (see `PartPeriod`). Runs only break
    /// where a holder of this piece changes, so rows of one piece never overlap and consecutive
    /// rows differ.
    ///
    /// ```swift
    /// let rows = try atlas.partPeriods(on: nil)   // every run of every piece
    /// ```
    /// - Parameter day: keep only the runs containing this day; `nil` keeps them all.
    /// - Throws: `QueryError.outsideRange` for a day outside the dataset, `.geometry` if GEOS fails.
    public func partPeriods(on day: Day?) throws(QueryError) -> [PartPeriod] {
        if let day { try check(day) }
        let range = dataset.info.range
        let factual = dataset.timelines[.deFacto]
        let legal = dataset.timelines[.deJure]
        // The days on which either layer's state changes, inside the range, each with both states.
        let changes = Set(factual.starts + legal.starts).sorted().filter {
            range.contains($0) && $0 != range.from
        }
        let first = range.from.map { (factual.state(on: $0), legal.state(on: $0)) } ?? (0, 0)
        let states = [first] + changes.map { (factual.state(on: $0), legal.state(on: $0)) }
        let starts = [range.from] + changes.map { Optional($0) }

        var rows: [PartPeriod] = []
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
            let shape = try merge([atom])
            for run in kept {
                let units = unitOrder.filter {
                    piece.units.contains($0) && !dataset.units[$0].lifetime.intersection(run.period).isEmpty
                }
                rows.append(
                    PartPeriod(
                        part: atom, deFacto: entityID(run.holders[0]), deJure: entityID(run.holders[1]),
                        units: units.map { dataset.units[$0].id }, period: run.period, areaKm2: piece.areaKm2,
                        shape: shape))
            }
        }
        return rows
    }
}

/// Some ground dissolved and cut into its polygons, whoever holds it and whenever.
private struct GroundCut {
    /// A polygon with the units it lies in (unit indices, broadest first, whatever their lifetime).
    struct Part {
        var shape: Shape
        var units: [Int]
        var areaKm2: Double
    }

    var shape: Shape
    var areaKm2: Double
    var touchedUnits: [String]
    var parts: [Part]
}

/// The work one `periodGrounds` call shares between periods: a (de facto, de jure) pair mostly
/// keeps the same ground from one period to the next, and a corridor its route, so each distinct
/// ground is dissolved and measured once (by pair and by holder), and each route measured once.
private struct PeriodMemo {
    /// Each distinct set of atoms merged, by atom indices.
    var shapes = Memo<Shape>()
    /// Each distinct ground cut into polygons, by atom indices.
    var cuts = Memo<GroundCut>()
    /// Each route measured, by [corridor index, route index].
    var routes = Memo<RouteMeasures>()

    /// Values made once per key.
    struct Memo<Value> {
        private var known: [[Int]: Value] = [:]

        /// The value of `key`, made by `make` the first time.
        mutating func value(_ key: [Int], make: () throws(QueryError) -> Value) throws(QueryError) -> Value {
            if let value = known[key] { return value }
            let value = try make()
            known[key] = value
            return value
        }
    }
}
