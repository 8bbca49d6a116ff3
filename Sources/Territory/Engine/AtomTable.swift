/// The engine's disjoint pieces of ground ("atoms") and who held each of them over time, as plain
/// values: for tools that re-run the engine's questions with other libraries (benchmarks,
/// cross-checks) on exactly the ground the engine uses.
///
/// ```swift
/// let table = try Dataset.embedded().atomTable(layer: .deFacto)
/// let state = table.state(on: try Day(iso: "1994-05-12"))
/// let holder = table.holders[state][0]   // index into table.entities, -1 for nobody
/// ```
public struct AtomTable: Sendable {
    /// Each atom's faces: lon/lat polygons whose edges match their neighbours' exactly.
    public var faces: [[Polygon]]
    /// Each atom's geodesic area on the WGS 84 ellipsoid, km².
    public var areasKm2: [Double]
    /// Entity ids, in the dataset's order; `holders` refers to them by index.
    public var entities: [String]
    /// `starts[k]` is the first day of state `k + 1`; state 0 is the time before the first transfer.
    public var starts: [Day]
    /// `holders[state][atom]`: the index into `entities` of the atom's holder, or -1 for nobody.
    public var holders: [[Int32]]

    /// The state in force on `day`: the number of `starts` on or before it.
    public func state(on day: Day) -> Int {
        Timeline(starts: starts, holders: [], doubts: []).state(on: day)
    }
}

extension Dataset {
    /// The atoms of this dataset and their holders in every state of `layer`.
    ///
    /// ```swift
    /// let table = dataset.atomTable(layer: .deJure)
    /// table.faces.count == dataset.atomCount   // true
    /// ```
    public func atomTable(layer: Layer = .deFacto) -> AtomTable {
        let timeline = timelines[layer]
        return AtomTable(
            faces: overlay.atoms.map(\.faces), areasKm2: overlay.atoms.map(\.areaKm2), entities: entities.map(\.id),
            starts: timeline.starts, holders: timeline.holders)
    }
}
