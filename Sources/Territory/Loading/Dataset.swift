import Foundation
import TerritoryData

/// A dataset directory read, checked and compiled once: its records, geometries, the atoms the
/// units cut the map into and each layer's holder timeline.
///
/// `Dataset` holds no GEOS handle, so it is `Sendable`: load it once and share it, or the one
/// `Atlas` made from it (also `Sendable`).
///
/// ```swift
/// let atlas = Atlas(dataset: try Dataset.embedded())
/// await withTaskGroup(of: Int.self) { group in
///     for year in 1990...2024 {
///         group.addTask { try! atlas.snapshot(on: Day(year: year, month: 1, day: 1)).holders.count }
///     }
/// }
/// ```
public struct Dataset: Sendable {
    /// Where it was read from.
    public let directory: URL
    /// `dataset.json`.
    public let info: DatasetInfo
    /// Entities, in file order.
    public let entities: [Entity]
    /// Units, in file order.
    public let units: [Unit]
    /// Tilings, in file order.
    public let tilings: [Tiling]
    /// Events, in file order.
    public let events: [ControlEvent]
    /// Corridors, in file order.
    public let corridors: [Corridor]
    /// Places: the curated ones of `places.json`, then the GeoNames ones of `gazetteer.json`, each
    /// in file order (see ``Place/origin``).
    public let places: [Place]
    /// Entity groups (sides), in file order.
    public let groups: [EntityGroup]
    /// The geometries records refer to.
    public let features: [GeometryRef: SourcedFeature]
    /// Things worth knowing that are not errors: slivers merged, tiling measurements, holdings
    /// outside an entity's lifetime.
    public let notes: [String]

    let overlay: Overlay
    /// What the overlay was computed from, hashed (see `OverlayCache`).
    let overlayKey: UInt64
    let timelines: Timelines
    let names: NameIndex
    let entityIndex: [String: Int]
    let unitIndex: [String: Int]
    let placeIndex: [String: Int]
    let groupIndex: [String: Int]
    let corridorIndex: [String: Int]
    let eventIndex: [String: Int]

    /// Reads, checks and compiles the dataset in `directory`.
    ///
    /// The overlay of the units is taken from the directory's `overlay.bin` when that was made
    /// from exactly these unit boundaries, and computed otherwise (see `compiledOverlay`).
    ///
    /// ```swift
    /// let dataset = try Dataset(directory: URL(fileURLWithPath: "geodata/data"))
    /// ```
    /// - Throws: the first `DatasetError` found (use `validate(directory:strict:)` for all of them);
    ///   nothing is loaded partially.
    public init(directory: URL) throws(DatasetError) {
        let (dataset, problems) = DatasetCompiler.compile(directory, reusingOverlay: true)
        guard let dataset else { throw problems[0] }
        self = dataset
    }

    /// The dataset shipped with the package (geodata/data), compiled on first use and cached.
    ///
    /// ```swift
    /// let dataset = try Dataset.embedded()
    /// dataset.info.range   // [1923-07-07, …)
    /// ```
    public static func embedded() throws(DatasetError) -> Dataset {
        try embeddedResult.get()
    }

    /// Where the embedded dataset's files are (geodata/data, as a SwiftPM resource), or `nil` if
    /// this build lacks the resource bundle. `embedded()` reads from here; pass it to
    /// `validate(directory:strict:)` to check the embedded dataset.
    ///
    /// ```swift
    /// if let directory = Dataset.embeddedDirectory {
    ///     print(Dataset.validate(directory: directory).isValid)   // true
    /// }
    /// ```
    public static var embeddedDirectory: URL? { embeddedDatasetURL }

    private static let embeddedResult: Result<Dataset, DatasetError> = {
        guard let url = embeddedDirectory else {
            return .failure(
                .unreadable(
                    file: "data", id: nil,
                    problem: "the embedded dataset is missing from the TerritoryData resource bundle"))
        }
        return Result { () throws(DatasetError) in try Dataset(directory: url) }
    }()

    /// Checks the dataset in `directory` and lists every problem found, plus notes.
    ///
    /// Checking stops after the first stage with problems (files, references, geometries,
    /// overlay and timelines), since later stages need the earlier ones clean. With `strict`, a
    /// dataset that loads must also pass the ``QualityGates`` (places inside their units, areas
    /// within tolerance); their failures are problems too.
    ///
    /// ```swift
    /// let report = Dataset.validate(directory: url, strict: true)
    /// for problem in report.problems { print(problem) }
    /// ```
    public static func validate(directory: URL, strict: Bool = false) -> ValidationReport {
        var (dataset, problems) = DatasetCompiler.compile(directory, reusingOverlay: false)
        if strict, let loaded = dataset {
            do {
                problems += try loaded.qualityGates().problems
            } catch {
                problems.append(error)
                dataset = nil
            }
        }
        return ValidationReport(directory: directory, problems: problems, dataset: dataset)
    }

    /// The records and geometries as decoded, to compile again with other geometries.
    var files: DecodedFiles {
        DecodedFiles(
            info: info, entities: entities, units: units, tilings: tilings, events: events, corridors: corridors,
            places: places, groups: groups, features: features)
    }

    init(
        directory: URL, files: DecodedFiles, overlay: Overlay, overlayKey: UInt64, timelines: Timelines,
        notes: [String]
    ) {
        self.directory = directory
        info = files.info
        entities = files.entities
        units = files.units
        tilings = files.tilings
        events = files.events
        corridors = files.corridors
        places = files.places
        groups = files.groups
        features = files.features
        self.overlay = overlay
        self.overlayKey = overlayKey
        self.timelines = timelines
        self.notes = notes
        names = NameIndex(units: units, places: places, corridors: corridors, entities: entities, groups: groups)
        entityIndex = Dataset.index(entities.map(\.id))
        unitIndex = Dataset.index(units.map(\.id))
        placeIndex = Dataset.index(places.map(\.id))
        groupIndex = Dataset.index(groups.map(\.id))
        corridorIndex = Dataset.index(corridors.map(\.id))
        eventIndex = Dataset.index(events.map(\.id))
    }

    static func index(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The entity with this id.
    public func entity(id: String) -> Entity? { entityIndex[id].map { entities[$0] } }
    /// The unit with this id.
    public func unit(id: String) -> Unit? { unitIndex[id].map { units[$0] } }
    /// The place with this id.
    public func place(id: String) -> Place? { placeIndex[id].map { places[$0] } }
    /// The entity group with this id.
    public func group(id: String) -> EntityGroup? { groupIndex[id].map { groups[$0] } }
    /// The corridor with this id.
    public func corridor(id: String) -> Corridor? { corridorIndex[id].map { corridors[$0] } }
    /// The event with this id.
    public func event(id: String) -> ControlEvent? { eventIndex[id].map { events[$0] } }

    /// The shape of a unit (as drawn in its GeoJSON file).
    public func shape(of unit: Unit) -> Shape { features[unit.geometry]!.shape }

    /// The number of distinct states of a layer (transfer dates plus the time before them).
    public func stateCount(layer: Layer) -> Int { timelines[layer].holders.count }

    /// The number of atoms: pieces of ground that lie in exactly the same units.
    public var atomCount: Int { overlay.atoms.count }
}
