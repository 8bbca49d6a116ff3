import SwiftPROJ

/// The smallest pieces of ground the units' boundaries cut the map into, grouped by the set of
/// units that contain them: every piece of one group (an "atom") shares one holder history.
struct Overlay: Sendable {
    /// A group of faces lying in exactly the same units.
    struct Atom: Sendable, Equatable {
        /// Its faces, disjoint polygons whose edges match their neighbours' exactly.
        var faces: [Polygon]
        /// Geodesic area in km².
        var areaKm2: Double
        /// Indices of the units containing it, ascending.
        var units: [Int]
    }

    /// Faces smaller than this (geodesic km²) are slivers from boundaries drawn nearly, but not
    /// exactly, alike; each is merged into the neighbour it shares most boundary with.
    static let sliverKm2 = 0.01
    /// Linework is snapped to this grid (degrees, about 11 cm) before noding, so that vertices
    /// rounded to 7 decimals on one boundary meet the matching edge of the other.
    static let gridDegrees = 1e-6

    var atoms: [Atom]
    /// The atoms of each unit, by unit index, ascending.
    var unitAtoms: [[Int]]
    /// What was merged or dropped, for the validation report.
    var notes: [String]
    /// The borders of the atoms' faces as shared arcs, faces numbered atom by atom.
    let arcs: ArcTopology

    /// Overlays `units` (polygonal shapes, by unit index).
    static func build(units: [Shape], names: [String]) throws(GEOSError) -> Overlay {
        let geometries = try units.map { shape throws(GEOSError) in try Geometry(shape) }
        let rings = units.flatMap { $0.polygonParts.flatMap { [$0.exterior] + $0.holes } }
        let noded = try Geometry(.multiLineString(rings)).unaryUnion(gridSize: gridDegrees)
        let faces = try Geometry.polygonize([noded]).parts.filter { !$0.isEmpty }
        let unitTree = STRtree(geometries)
        var prepared: [Int: PreparedGeometry] = [:]
        var memberships: [[Int]] = []
        var areas: [Double] = []
        for face in faces {
            guard case .point(let inside) = try face.pointOnSurface().shape else {
                memberships.append([])
                areas.append(0)
                continue
            }
            var members: [Int] = []
            for index in unitTree.query(point: inside) {
                let unit = prepared[index] ?? PreparedGeometry(geometries[index])
                prepared[index] = unit
                if try unit.contains(inside) { members.append(index) }
            }
            memberships.append(members)
            areas.append(try geodesicKm2(face.shape))
        }
        var notes: [String] = []
        try absorbSlivers(faces: faces, memberships: &memberships, areas: areas, names: names, notes: &notes)
        return group(faces: faces, memberships: memberships, areas: areas, unitCount: units.count, notes: notes)
    }

    /// Gives each sliver face the units of the neighbour it shares the longest edge with.
    private static func absorbSlivers(
        faces: [Geometry], memberships: inout [[Int]], areas: [Double], names: [String], notes: inout [String]
    ) throws(GEOSError) {
        let slivers = faces.indices.filter { areas[$0] < sliverKm2 && !memberships[$0].isEmpty }
        guard !slivers.isEmpty else { return }
        let tree = STRtree(faces)
        var total = 0.0
        var dropped = 0
        for sliver in slivers {
            let edge = try faces[sliver].boundary()
            var best: (length: Double, face: Int)?
            for other in tree.query(faces[sliver].envelope)
            where other != sliver && areas[other] >= sliverKm2 && !memberships[other].isEmpty {
                let shared = try edge.intersection(try faces[other].boundary()).length
                if shared > (best?.length ?? 0) { best = (shared, other) }
            }
            total += areas[sliver]
            if let best {
                memberships[sliver] = memberships[best.face]
            } else {
                memberships[sliver] = []
                dropped += 1
            }
        }
        let sample = Set(slivers.flatMap { memberships[$0] }).sorted().prefix(8).map { names[$0] }
        notes.append(
            "\(slivers.count) sliver face(s) under \(sliverKm2) km² (\(String(format: "%.4f", total)) km² in all) merged "
                + "into their neighbours\(dropped > 0 ? ", \(dropped) without a polygon neighbour dropped" : ""); "
                + "units involved include \(sample.joined(separator: ", "))")
    }

    /// Groups faces by their set of units; faces in no unit are not ground of the dataset.
    private static func group(
        faces: [Geometry], memberships: [[Int]], areas: [Double], unitCount: Int, notes: [String]
    ) -> Overlay {
        var atomOf: [[Int]: Int] = [:]
        var atoms: [Atom] = []
        for (index, members) in memberships.enumerated() where !members.isEmpty {
            let polygons = faces[index].shape.polygonParts
            if let atom = atomOf[members] {
                atoms[atom].faces += polygons
                atoms[atom].areaKm2 += areas[index]
            } else {
                atomOf[members] = atoms.count
                atoms.append(Atom(faces: polygons, areaKm2: areas[index], units: members))
            }
        }
        return Overlay(atoms: atoms, unitCount: unitCount, notes: notes)
    }

    /// An overlay of `unitCount` units from its atoms, with their arcs (computed when not given).
    init(atoms: [Atom], unitCount: Int, notes: [String], arcs: ArcTopology? = nil) {
        var unitAtoms = [[Int]](repeating: [], count: unitCount)
        for (index, atom) in atoms.enumerated() {
            for unit in atom.units { unitAtoms[unit].append(index) }
        }
        self.atoms = atoms
        self.unitAtoms = unitAtoms
        self.notes = notes
        self.arcs = arcs ?? ArcTopology(faces: atoms.flatMap(\.faces))
    }

    /// The geodesic area of a shape in km².
    static func geodesicKm2(_ shape: Shape) throws(GEOSError) -> Double {
        do {
            return try Geodesic.wgs84.area(of: shape) / 1e6
        } catch {
            throw .operationFailed("geodesic area: \(error)")
        }
    }
}
