import Foundation

/// What `Dataset.validate(directory:strict:)` found.
///
/// ```swift
/// let report = Dataset.validate(directory: url)
/// print(report.isValid ? "ok: \(report.counts.units) units" : report.problems.map(\.description).joined(separator: "\n"))
/// ```
public struct ValidationReport: Sendable {
    /// How many records of each kind the dataset has (zero where checking stopped before them).
    public struct Counts: Sendable, Hashable {
        /// Entities.
        public var entities = 0
        /// Units.
        public var units = 0
        /// Tilings.
        public var tilings = 0
        /// Events.
        public var events = 0
        /// Corridors.
        public var corridors = 0
        /// Places.
        public var places = 0
        /// GeoJSON features referred to.
        public var features = 0
        /// Atoms of the overlay.
        public var atoms = 0
        /// De facto states.
        public var deFactoStates = 0
        /// De jure states.
        public var deJureStates = 0
    }

    /// The directory checked.
    public var directory: URL
    /// Every problem found, in the order of the files.
    public var problems: [DatasetError]
    /// Notes from a successful compile (empty when there are problems).
    public var notes: [String]
    /// Record counts.
    public var counts: Counts
    /// Whether the directory's `overlay.bin` matches its units (`nil` when there are problems).
    public var compiledOverlay: CompiledOverlayStatus?
    /// The dataset, when it loads.
    public var dataset: Dataset?

    /// Whether the dataset loads.
    public var isValid: Bool { problems.isEmpty }

    init(directory: URL, problems: [DatasetError], dataset: Dataset?) {
        self.directory = directory
        self.problems = problems
        notes = dataset?.notes ?? []
        counts = Counts()
        compiledOverlay = dataset?.compiledOverlayStatus()
        self.dataset = dataset
        if let dataset {
            counts = Counts(
                entities: dataset.entities.count, units: dataset.units.count, tilings: dataset.tilings.count,
                events: dataset.events.count, corridors: dataset.corridors.count, places: dataset.places.count,
                features: dataset.features.count, atoms: dataset.atomCount,
                deFactoStates: dataset.stateCount(layer: .deFacto), deJureStates: dataset.stateCount(layer: .deJure))
        }
    }
}
