import Foundation
import SwiftPROJ

/// Answers questions about a `Dataset`: who held what on a date, how large, how far.
///
/// An `Atlas` holds GEOS geometries and caches, so it is **not** `Sendable`: use it inside one task.
/// To work in parallel, share the `Sendable` `Dataset` and make one `Atlas` per task; building one
/// only rebuilds GEOS geometries and an index from the compiled atoms (no overlay is redone).
///
/// ```swift
/// let atlas = try Atlas.embedded()
/// let day = try Day(iso: "2020-11-09")
/// let shusha = try atlas.control(atPlace: "Shushi", on: day)
/// shusha.deFacto   // "AZE"
/// ```
public final class Atlas {
    /// The data this atlas answers from.
    public let dataset: Dataset

    /// Every face of every atom, with the atom it belongs to.
    let faces: [Geometry]
    let faceAtom: [Int]
    let faceTree: STRtree
    /// The faces of each atom.
    let atomFaces: [[Int]]
    /// Unit indices, broadest first (by the area of their atoms), then in file order.
    let unitOrder: [Int]
    /// Days on which anything an answer reports changes, ascending.
    let changeDays: [Day]
    /// `changeDays` plus the bounds of every uncertainty window: between two of these days a
    /// control answer for one atom stays the same.
    let answerDays: [Day]

    // Arrays, not dictionaries: these are looked up once or more per control question.
    private var preparedFaces: [PreparedGeometry?]
    private var faceInsidePoints: [Int: Coordinate] = [:]
    private var unitGeometries: [Int: Geometry] = [:]
    private var routeGeometries: [GeometryRef: Geometry] = [:]
    /// By corridor, then route index.
    private var strips: [[PreparedGeometry?]]
    private var stateAreas: [Layer: [Int: [Int32: Double]]] = [:]

    /// An atlas over `dataset`.
    ///
    /// ```swift
    /// let atlas = Atlas(dataset: try Dataset(directory: url))
    /// ```
    public init(dataset: Dataset) {
        self.dataset = dataset
        var faces: [Geometry] = []
        var faceAtom: [Int] = []
        var atomFaces: [[Int]] = []
        for (index, atom) in dataset.overlay.atoms.enumerated() {
            var members: [Int] = []
            for polygon in atom.faces {
                // The faces were valid GEOS polygons when the dataset was compiled.
                faces.append(try! Geometry(.polygon(polygon)))
                faceAtom.append(index)
                members.append(faces.count - 1)
            }
            atomFaces.append(members)
        }
        self.faces = faces
        preparedFaces = Array(repeating: nil, count: faces.count)
        strips = dataset.corridors.map { Array(repeating: nil, count: $0.routes.count) }
        self.faceAtom = faceAtom
        self.atomFaces = atomFaces
        faceTree = STRtree(faces)
        unitOrder = Atlas.unitOrder(of: dataset)
        changeDays = Atlas.changeDays(of: dataset)
        answerDays = Atlas.answerDays(of: dataset, changeDays: changeDays)
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
        let windows = dataset.timelines.values.flatMap { $0.doubts.flatMap { [$0.window.from, $0.window.to] } }
        return Set(changeDays + windows.compactMap { $0 }).sorted()
    }

    static func changeDays(of dataset: Dataset) -> [Day] {
        var days: Set<Day> = []
        for timeline in dataset.timelines.values { days.formUnion(timeline.starts) }
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
    func holder(of atom: Int, on day: Day, layer: Layer) -> Int32 {
        let timeline = dataset.timelines[layer]!
        return timeline.holders[timeline.state(on: day)][atom]
    }

    /// The id of entity index `holder`, `nil` for -1.
    package func entityID(_ holder: Int32) -> String? { holder < 0 ? nil : dataset.entities[Int(holder)].id }

    /// The atom whose faces cover `coordinate`, if any (the first, on a shared edge).
    func atom(at coordinate: Coordinate) throws(QueryError) -> Int? {
        for face in faceTree.query(point: coordinate) {
            let prepared = preparedFaces[face] ?? PreparedGeometry(faces[face])
            preparedFaces[face] = prepared
            if try geos({ () throws(GEOSError) in try prepared.covers(coordinate) }) { return faceAtom[face] }
        }
        return nil
    }

    /// A point inside face `face`.
    func insidePoint(ofFace face: Int) throws(QueryError) -> Coordinate {
        if let point = faceInsidePoints[face] { return point }
        let shape = try geos { () throws(GEOSError) in try faces[face].pointOnSurface().shape }
        guard case .point(let point) = shape else { throw .geometry("a face has no interior point") }
        faceInsidePoints[face] = point
        return point
    }

    /// The dissolved geometry of `atoms` (a coverage union of their faces).
    func dissolve(_ atoms: [Int]) throws(QueryError) -> Geometry {
        try dissolve(faces: atoms.flatMap { atomFaces[$0] })
    }

    /// The union of some faces: a coverage union, since faces share edges exactly.
    func dissolve(faces members: [Int]) throws(QueryError) -> Geometry {
        let parts = members.map { faces[$0] }
        return try geos { () throws(GEOSError) in
            do {
                return try Geometry.coverageUnion(parts)
            } catch {
                // Faces merged from slivers may break exact edge matching; a full union still works.
                return try Geometry.unaryUnion(parts)
            }
        }
    }

    /// A unit's geometry as drawn.
    package func geometry(ofUnit index: Int) throws(QueryError) -> Geometry {
        if let geometry = unitGeometries[index] { return geometry }
        let geometry = try geos { () throws(GEOSError) in try Geometry(dataset.shape(of: dataset.units[index])) }
        unitGeometries[index] = geometry
        return geometry
    }

    /// A route's line.
    func geometry(of route: Corridor.Route) throws(QueryError) -> Geometry {
        if let geometry = routeGeometries[route.geometry] { return geometry }
        let geometry = try geos { () throws(GEOSError) in try Geometry(dataset.features[route.geometry]!.shape) }
        routeGeometries[route.geometry] = geometry
        return geometry
    }

    /// The strip of a corridor's route (by index in `dataset.corridors` and in its routes): the
    /// route buffered geodesically by half the width; `nil` when the corridor has no width.
    func strip(corridor index: Int, route routeIndex: Int) throws(QueryError) -> PreparedGeometry? {
        if let strip = strips[index][routeIndex] { return strip }
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
        strips[index][routeIndex] = strip
        return strip
    }

    /// Area per holder (entity index) of a layer's state, cached: series and snapshots share it.
    func areas(ofState state: Int, layer: Layer) -> [Int32: Double] {
        if let cached = stateAreas[layer]?[state] { return cached }
        let holders = dataset.timelines[layer]!.holders[state]
        let areas = dataset.overlay.areasKm2(of: holders.indices.filter { holders[$0] >= 0 }) { holders[$0] }
        stateAreas[layer, default: [:]][state] = areas
        return areas
    }

    /// Runs a GEOS computation, turning its error into a `QueryError`.
    package func geos<T>(_ body: () throws(GEOSError) -> T) throws(QueryError) -> T {
        do {
            return try body()
        } catch {
            throw .geometry(error.description)
        }
    }
}
