/// One layer's ground in a period, by holder: what a snapshot lists and a map shades, with the
/// ground a map hatches because the other layer gives it to someone else.
///
/// ```swift
/// let period = try atlas.periodGround(containing: try Day(iso: "1994-05-12"))
/// period.layers[.deFacto].differing.first?.other   // "AZE": ground others held that was Azerbaijan's
/// ```
public struct LayerGround: Sendable, Hashable {
    /// Each holder's ground, largest first (as `Snapshot.holders`).
    public var holders: [HolderGround]
    /// The ground held on this layer by someone other than its holder on the other layer, grouped
    /// by that other holder, largest first.
    public var differing: [DifferingGround]
}

/// Ground held on one layer by someone other than its holder on the other layer.
public struct DifferingGround: Sendable, Hashable {
    /// The holder on the other layer (entity id), `nil` for nobody.
    public var other: String?
    /// The sum of the compiled geodesic areas of its ground, km².
    public var areaKm2: Double
    /// The ground dissolved, lon/lat: a polygon or multipolygon.
    public var shape: Shape
}

extension Atlas {
    /// Each holder's ground given every atom's holder (-1: nobody), largest first, each dissolved
    /// by `merge`.
    func holderGrounds(
        _ holders: [Int32], merge: ([Int]) throws(QueryError) -> Shape
    ) throws(QueryError) -> [HolderGround] {
        var atomsByHolder: [Int32: [Int]] = [:]
        for (atom, holder) in holders.enumerated() where holder >= 0 { atomsByHolder[holder, default: []].append(atom) }
        var grounds: [HolderGround] = []
        for (holder, atoms) in atomsByHolder {
            let shape = try merge(atoms)
            grounds.append(
                HolderGround(
                    holder: entityID(holder)!, name: entityName(entityID(holder)!),
                    areaKm2: dataset.overlay.areaKm2(of: atoms),
                    shape: shape, partCount: max(1, shape.polygonParts.count)))
        }
        return grounds.sorted { ($0.areaKm2, $1.holder) > ($1.areaKm2, $0.holder) }
    }

    /// The ground held on the `shown` layer by someone other than its holder on the `other` layer
    /// (atom holders as in `holderGrounds`), grouped by that other holder, largest group first,
    /// each dissolved by `merge`.
    func differingGround(
        shown: [Int32], other: [Int32], merge: ([Int]) throws(QueryError) -> Shape
    ) throws(QueryError) -> [DifferingGround] {
        var groups: [Int32: [Int]] = [:]
        for atom in shown.indices where shown[atom] >= 0 && shown[atom] != other[atom] {
            groups[other[atom], default: []].append(atom)
        }
        let measured = groups.map { (other: $0.key, atoms: $0.value, km2: dataset.overlay.areaKm2(of: $0.value)) }
        var differing: [DifferingGround] = []
        for group in measured.sorted(by: { ($0.km2, $1.other) > ($1.km2, $0.other) }) {
            differing.append(
                DifferingGround(other: entityID(group.other), areaKm2: group.km2, shape: try merge(group.atoms)))
        }
        return differing
    }
}
