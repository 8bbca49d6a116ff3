import Foundation
import SwiftPROJ

/// Answers questions about a `Dataset`: who held what on a date, how large, how far.
///
/// An `Atlas` is an immutable, `Sendable` value compiled once from a dataset: the faces of the
/// overlay as coordinates, the order of the units, the days answers change on and the area every
/// holder has in every state. Share one atlas between any number of tasks and threads. The GEOS
/// objects it answers with (face geometries, their R-tree, prepared faces, unit and route lines,
/// corridor strips) are built lazily, once per thread, in a cache beside it (`AtlasGeometries`),
/// so that no GEOS handle is ever used by two threads at once.
///
/// ```swift
/// let atlas = try Atlas.embedded()
/// let day = try Day(iso: "2020-11-09")
/// let shusha = try atlas.control(atPlace: "Shushi", on: day)
/// shusha.deFacto   // "AZE"
/// ```
public final class Atlas: Sendable {
    /// The data this atlas answers from.
    public let dataset: Dataset

    /// Every face of every atom, with the atom it belongs to.
    let facePolygons: [Polygon]
    let faceAtom: [Int]
    /// The faces of each atom.
    let atomFaces: [[Int]]
    /// Unit indices, broadest first (by the area of their atoms), then in file order.
    let unitOrder: [Int]
    /// Days on which anything an answer reports changes, ascending.
    let changeDays: [Day]
    /// `changeDays` plus the bounds of every uncertainty window: between two of these days a
    /// control answer for one atom stays the same.
    let answerDays: [Day]
    /// Per layer and state, the area per holder (entity index), km²: series and snapshots share it.
    let stateAreas: Layered<[[Int32: Double]]>

    /// An atlas over `dataset`.
    ///
    /// ```swift
    /// let atlas = Atlas(dataset: try Dataset(directory: url))
    /// ```
    public init(dataset: Dataset) {
        self.dataset = dataset
        var facePolygons: [Polygon] = []
        var faceAtom: [Int] = []
        var atomFaces: [[Int]] = []
        for (index, atom) in dataset.overlay.atoms.enumerated() {
            atomFaces.append(Array(facePolygons.count..<facePolygons.count + atom.faces.count))
            facePolygons += atom.faces
            faceAtom += repeatElement(index, count: atom.faces.count)
        }
        self.facePolygons = facePolygons
        self.faceAtom = faceAtom
        self.atomFaces = atomFaces
        unitOrder = Atlas.unitOrder(of: dataset)
        changeDays = Atlas.changeDays(of: dataset)
        answerDays = Atlas.answerDays(of: dataset, changeDays: changeDays)
        stateAreas = Layered { layer in
            dataset.timelines[layer].holders.map { holders in
                dataset.overlay.areasKm2(of: holders.indices.filter { holders[$0] >= 0 }) { holders[$0] }
            }
        }
    }

    /// An atlas over the dataset in `directory`.
    ///
    /// ```swift
    /// let atlas = try Atlas(directory: URL(fileURLWithPath: "geodata/data"))
    /// ```
    /// - Throws: the first `DatasetError` of the directory.
    public convenience init(directory: URL) throws(DatasetError) {
        self.init(dataset: try Dataset(directory: directory))
    }

    /// An atlas over the embedded dataset (compiled once per process, see `Dataset.embedded()`).
    ///
    /// ```swift
    /// let atlas = try Atlas.embedded()
    /// ```
    public static func embedded() throws(DatasetError) -> Atlas {
        Atlas(dataset: try Dataset.embedded())
    }

    /// Unit indices, broadest first (by the area of their atoms), then in file order.
    static func unitOrder(of dataset: Dataset) -> [Int] {
        let unitAreaKm2 = dataset.overlay.unitAtoms.map { dataset.overlay.areaKm2(of: $0) }
        return dataset.units.indices.sorted { (-unitAreaKm2[$0], $0) < (-unitAreaKm2[$1], $1) }
    }

    /// `changeDays` plus the bounds of every uncertainty window.
    static func answerDays(of dataset: Dataset, changeDays: [Day]) -> [Day] {
        let windows = dataset.timelines.both.flatMap { $0.doubts.flatMap { [$0.window.from, $0.window.to] } }
        return Set(changeDays + windows.compactMap { $0 }).sorted()
    }

    static func changeDays(of dataset: Dataset) -> [Day] {
        var days: Set<Day> = []
        for timeline in dataset.timelines.both { days.formUnion(timeline.starts) }
        func add(_ interval: Interval) {
            if let from = interval.from { days.insert(from) }
            if let to = interval.to { days.insert(to) }
        }
        dataset.units.forEach { add($0.lifetime) }
        for corridor in dataset.corridors {
            corridor.routes.forEach { add($0.lifetime) }
            corridor.status.forEach { add($0.period) }
            corridor.checkpoints.forEach { add($0.period) }
            corridor.controllers.forEach { add($0.period) }
        }
        return days.sorted()
    }

    // MARK: Shared helpers

    /// Refuses days outside the dataset's range.
    package func check(_ day: Day) throws(QueryError) {
        guard dataset.info.range.contains(day) else { throw .outsideRange(day: day, range: dataset.info.range) }
    }

    /// Refuses coordinates that are not longitude/latitude positions.
    func check(_ coordinate: Coordinate) throws(QueryError) {
        guard coordinate.isFinite, (-180...180).contains(coordinate.x), (-90...90).contains(coordinate.y) else {
            throw .invalidCoordinate(coordinate)
        }
    }

    /// The days around `day` during which nothing any answer reports changes, within the dataset's range.
    ///
    /// ```swift
    /// atlas.period(containing: try Day(iso: "1994-05-12"))   // [1994-05-12, 1995-11-07)
    /// ```
    public func period(containing day: Day) -> Interval {
        let next = changeDays.countOnOrBefore(day)
        let from = next > 0 ? changeDays[next - 1] : nil
        let to = next < changeDays.count ? changeDays[next] : nil
        return Interval(from: from, to: to).intersection(dataset.info.range)
    }

    /// Every period of the dataset's range in which nothing any answer reports changes, in order.
    ///
    /// ```swift
    /// for period in atlas.periods() { print(period) }   // [1923-07-07, 1930-08-08), [1930-08-08, 1989-01-12), ...
    /// ```
    public func periods() -> [Interval] {
        let range = dataset.info.range
        let inside = changeDays.filter { range.contains($0) && $0 != range.from }
        var result: [Interval] = []
        var start = range.from
        for day in inside {
            result.append(Interval(from: start, to: day))
            start = day
        }
        result.append(Interval(from: start, to: range.to))
        return result
    }

    /// The entity index holding `atom` on `day` on `layer`, or -1.
    func holder(of atom: Int, on day: Day, layer: Layer) -> Int32 { dataset.timelines[layer].holders(on: day)[atom] }

    /// The id of entity index `holder`, `nil` for -1.
    package func entityID(_ holder: Int32) -> String? { holder < 0 ? nil : dataset.entities[Int(holder)].id }

    /// This thread's GEOS objects of this atlas.
    var geometries: AtlasGeometries { AtlasGeometries.of(self) }
    /// This thread's GEOS geometry of every face, in `facePolygons` order.
    var faces: [Geometry] { geometries.faces }
    /// This thread's R-tree over `faces`.
    var faceTree: STRtree { geometries.faceTree }

    /// The atom whose faces cover `coordinate`, if any (the first, on a shared edge).
    func atom(at coordinate: Coordinate) throws(QueryError) -> Int? {
        let geometries = geometries
        for face in geometries.faceTree.query(point: coordinate) {
            let prepared = geometries.preparedFace(face)
            if try geos({ () throws(GEOSError) in try prepared.covers(coordinate) }) { return faceAtom[face] }
        }
        return nil
    }

    /// The ground of `atoms`: the union of their faces, merged along the compiled arcs (no GEOS
    /// overlay; see `ArcTopology.merge(faces:)`).
    func merge(_ atoms: [Int]) throws(QueryError) -> Shape {
        try merge(faces: atoms.flatMap { atomFaces[$0] })
    }

    /// The union of some faces, merged along the compiled arcs.
    func merge(faces members: [Int]) throws(QueryError) -> Shape {
        guard let shape = dataset.overlay.arcs.merge(faces: members) else {
            throw .geometry("the borders of \(members.count) face(s) do not close into rings")
        }
        return shape
    }

    /// `merge(_:)` with the faces in each of its polygons (see `ArcTopology.mergeByPolygon(faces:)`).
    func mergeByPolygon(_ atoms: [Int]) throws(QueryError) -> ArcTopology.Merge {
        let members = atoms.flatMap { atomFaces[$0] }
        guard let merge = dataset.overlay.arcs.mergeByPolygon(faces: members) else {
            throw .geometry("the borders of \(members.count) face(s) do not close into polygons")
        }
        return merge
    }

    /// `merge(faces:)` as a GEOS geometry, for callers that go on with GEOS.
    func dissolve(faces members: [Int]) throws(QueryError) -> Geometry {
        let shape = try merge(faces: members)
        return try geos { () throws(GEOSError) in try Geometry(shape) }
    }

    /// A unit's geometry as drawn.
    package func geometry(ofUnit index: Int) throws(QueryError) -> Geometry {
        let geometries = geometries
        if let geometry = geometries.units[index] { return geometry }
        let geometry = try geos { () throws(GEOSError) in try Geometry(dataset.shape(of: dataset.units[index])) }
        geometries.units[index] = geometry
        return geometry
    }

    /// A route's line.
    func geometry(of route: Corridor.Route) throws(QueryError) -> Geometry {
        let geometries = geometries
        if let geometry = geometries.routes[route.geometry] { return geometry }
        let geometry = try geos { () throws(GEOSError) in try Geometry(dataset.features[route.geometry]!.shape) }
        geometries.routes[route.geometry] = geometry
        return geometry
    }

    /// The strip of a corridor's route (by index in `dataset.corridors` and in its routes): the
    /// route buffered geodesically by half the width; `nil` when the corridor has no width.
    func strip(corridor index: Int, route routeIndex: Int) throws(QueryError) -> PreparedGeometry? {
        let geometries = geometries
        if let strip = geometries.strips[index][routeIndex] { return strip }
        let corridor = dataset.corridors[index]
        guard let width = corridor.widthMeters else { return nil }
        let line = try geometry(of: corridor.routes[routeIndex])
        let buffered: Geometry
        do {
            buffered = try line.buffer(meters: width / 2)
        } catch {
            throw .geometry("buffering the route of \(corridor.id): \(error)")
        }
        let strip = PreparedGeometry(buffered)
        geometries.strips[index][routeIndex] = strip
        return strip
    }

    /// Area per holder (entity index) of a layer's state.
    func areas(ofState state: Int, layer: Layer) -> [Int32: Double] { stateAreas[layer][state] }

    /// Runs a GEOS computation, turning its error into a `QueryError`.
    package func geos<T>(_ body: () throws(GEOSError) -> T) throws(QueryError) -> T {
        do {
            return try body()
        } catch {
            throw .geometry(error.description)
        }
    }
}
