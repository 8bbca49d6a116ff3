/// Checks that each tiling's children cover its parent with no gap or overlap beyond the tolerance,
/// measured on the atoms (so exactly, in geodesic km²).
enum TilingCheck {
    /// The allowed gap, overlap and spill (children outside the parent), each: 1 km² plus 0.1 % of
    /// the parent's area. Hand-drawn children clipped to Natural Earth borders meet these easily;
    /// a missing village or a district drawn twice does not.
    static func tolerance(parentKm2: Double) -> Double { 1 + parentKm2 * 0.001 }

    static func run(
        _ tilings: [Tiling], overlay: Overlay, unitIndex: [String: Int], problems: inout [DatasetError],
        notes: inout [String]
    ) {
        for tiling in tilings {
            guard let parent = unitIndex[tiling.parent] else { continue }
            let children = tiling.children.compactMap { unitIndex[$0] }
            let parentAtoms = Set(overlay.unitAtoms[parent])
            var cover: [Int: Int] = [:]
            for child in children { for atom in overlay.unitAtoms[child] { cover[atom, default: 0] += 1 } }
            let parentKm2 = overlay.areaKm2(of: parentAtoms)
            let gap = overlay.areaKm2(of: parentAtoms.filter { cover[$0] == nil })
            let overlap = cover.keys.sorted().reduce(0) {
                $0 + Double(cover[$1]! - 1) * overlay.atoms[$1].areaKm2
            }
            let spill = overlay.areaKm2(of: cover.keys.filter { !parentAtoms.contains($0) })
            let limit = tolerance(parentKm2: parentKm2)
            let measured =
                "gap \(formatKm2(gap)), overlap \(formatKm2(overlap)), outside the parent \(formatKm2(spill))"
            if gap > limit || overlap > limit || spill > limit {
                problems.append(
                    .tilingMismatch(
                        file: DatasetFiles.units, id: tiling.id,
                        problem: "the children do not tile '\(tiling.parent)' (\(formatKm2(parentKm2))): \(measured); "
                            + "each must stay under \(formatKm2(limit)) (1 km² + 0.1 % of the parent)"))
            } else {
                notes.append("tiling '\(tiling.id)' of '\(tiling.parent)': \(measured) (tolerance \(formatKm2(limit)))")
            }
        }
    }
}
