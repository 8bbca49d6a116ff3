/// What changed hands on one layer between two days.
///
/// ```swift
/// let diff = try atlas.diff(from: try Day(iso: "2020-09-26"), to: try Day(iso: "2020-11-11"))
/// for change in diff.changes { print(change.from ?? "-", "→", change.to ?? "-", change.areaKm2) }
/// ```
public struct Diff: Sendable {
    /// The earlier day.
    public var from: Day
    /// The later day.
    public var to: Day
    /// The layer compared.
    public var layer: Layer
    /// Ground that changed hands, per (earlier holder, later holder), largest first.
    public var changes: [Change]
}

/// Ground that passed from one holder to another.
public struct Change: Sendable, Hashable {
    /// The holder on the earlier day (`nil`: nobody).
    public var from: String?
    /// The holder on the later day (`nil`: nobody).
    public var to: String?
    /// Geodesic area, km².
    public var areaKm2: Double
    /// The ground (polygon or multipolygon, lon/lat).
    public var shape: Shape
}

extension Atlas {
    /// The ground whose holder on `layer` differs between `from` and `to`, grouped by
    /// (earlier holder, later holder), with areas and geometries.
    ///
    /// ```swift
    /// let diff = try atlas.diff(from: try Day(iso: "1992-01-01"), to: try Day(iso: "1994-05-12"))
    /// diff.changes.first?.to   // "NKR"
    /// ```
    /// - Throws: `QueryError.outsideRange`, `.geometry`.
    public func diff(from: Day, to: Day, layer: Layer = .deFacto) throws(QueryError) -> Diff {
        try check(from)
        try check(to)
        let timeline = dataset.timelines[layer]
        let before = timeline.holders(on: from)
        let after = timeline.holders(on: to)
        var groups: [[Int32]: [Int]] = [:]
        for atom in before.indices where before[atom] != after[atom] {
            groups[[before[atom], after[atom]], default: []].append(atom)
        }
        var changes: [Change] = []
        for (pair, atoms) in groups {
            changes.append(
                Change(
                    from: entityID(pair[0]), to: entityID(pair[1]),
                    areaKm2: dataset.overlay.areaKm2(of: atoms),
                    shape: try dissolve(atoms).shape))
        }
        changes.sort { ($0.areaKm2, $1.from ?? "", $1.to ?? "") > ($1.areaKm2, $0.from ?? "", $0.to ?? "") }
        return Diff(from: from, to: to, layer: layer, changes: changes)
    }
}
