/// The ground an entity or an entity group held on a day: its dissolved shape and area, and
/// each member's share.
public struct ControllerGround: Sendable {
    /// The entity or group id.
    public var controller: String
    /// The group's or entity's name.
    public var name: String
    /// The day asked.
    public var date: Day
    /// The layer asked.
    public var layer: Layer
    /// Geodesic area of all of it, km².
    public var areaKm2: Double
    /// The dissolved ground (polygon or multipolygon, lon/lat; empty when nothing was held).
    public var shape: Shape
    /// How many separate polygons it has (0 when nothing was held).
    public var partCount: Int
    /// The entities counted on the day with the ground each held, largest first (one, for an entity).
    public var members: [Share]
}

extension Atlas {
    /// Everything the entity or group called `name` held on `layer` on `day`; a group's ground is
    /// the union of its members' that count on `day`.
    ///
    /// ```swift
    /// let side = try atlas.ground(heldBy: "armenian-forces", on: try Day(iso: "1994-05-12"))
    /// side.members.map(\.holder)   // [Optional("ARM"), Optional("NKR")]
    /// ```
    /// - Throws: `QueryError.unknownName` with the closest entity and group names, `.outsideRange`,
    ///   `.geometry`.
    public func ground(heldBy name: String, on day: Day, layer: Layer = .deFacto) throws(QueryError)
        -> ControllerGround
    {
        try check(day)
        let (id, members) = try controller(named: name, on: day)
        let timeline = dataset.timelines[layer]
        let holders = timeline.holders(on: day)
        var atoms: [Int] = []
        var shares: [Share] = []
        for member in members {
            let index = Int32(dataset.entityIndex[member]!)
            let held = holders.indices.filter { holders[$0] == index }
            atoms += held
            shares.append(Share(holder: member, areaKm2: dataset.overlay.areaKm2(of: held)))
        }
        shares.sort { ($0.areaKm2, $1.holder ?? "") > ($1.areaKm2, $0.holder ?? "") }
        let shape: Shape = atoms.isEmpty ? .multiPolygon([]) : try dissolve(atoms.sorted()).shape
        return ControllerGround(
            controller: id, name: controllerName(id), date: day, layer: layer,
            areaKm2: dataset.overlay.areaKm2(of: atoms), shape: shape,
            partCount: atoms.isEmpty ? 0 : max(1, shape.polygonParts.count), members: shares)
    }
}
