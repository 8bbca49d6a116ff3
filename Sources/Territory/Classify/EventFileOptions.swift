/// The file formats `EventFile` reads and writes.
public enum EventFormat: String, CaseIterable, Sendable {
    /// Comma-separated values with a header row (RFC 4180).
    case csv
    /// A GeoJSON FeatureCollection of Point features.
    case geojson
    /// A GeoPackage point layer.
    case gpkg
    /// One JSON object per line (output only).
    case jsonl

    /// The format a file name's extension stands for (`.csv`, `.geojson`/`.json`, `.gpkg`, `.jsonl`/`.ndjson`).
    ///
    /// ```swift
    /// EventFormat(fileName: "events.gpkg")   // .gpkg
    /// ```
    public init?(fileName: String) {
        switch fileName.split(separator: ".").last.map({ $0.lowercased() }) {
        case "csv", "txt": self = .csv
        case "geojson", "json": self = .geojson
        case "gpkg": self = .gpkg
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }
}

/// A column `EventFile` adds to each row.
public enum AddedColumn: String, CaseIterable, Sendable {
    /// The de facto holder's id.
    case deFacto = "de_facto"
    /// The de facto holder's name.
    case deFactoName = "de_facto_name"
    /// The de jure holder's id.
    case deJure = "de_jure"
    /// The first-level unit in force.
    case district
    /// The drawn zones containing the position, `;`-separated in CSV.
    case zones
    /// `certain` or `uncertain`.
    case certainty
    /// The other holder while uncertain.
    case alternative
    /// The transfer that set the de facto holder.
    case event
    /// The distance to the nearest ground of another de facto holder (needs a front-measuring classifier).
    case frontKm = "front_km"

    /// Every column but `front_km`, in the documented order.
    public static let standard: [AddedColumn] = allCases.filter { $0 != .frontKm }
}

/// Which input columns hold the position and the date. Any left nil is found in the header by
/// its common names: `lat`, `latitude`, `y`; `lon`, `lng`, `long`, `longitude`, `x`; `date`,
/// `event_date`, `day` (ignoring case).
public struct EventColumns: Sendable, Hashable {
    /// The latitude column.
    public var latitude: String?
    /// The longitude column.
    public var longitude: String?
    /// The date column.
    public var date: String?
    /// One `LAT,LON` column instead of two.
    public var position: String?

    /// Columns by name; nil ones are detected.
    public init(latitude: String? = nil, longitude: String? = nil, date: String? = nil, position: String? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.date = date
        self.position = position
    }

    static let latitudeNames = ["lat", "latitude", "y"]
    static let longitudeNames = ["lon", "lng", "long", "longitude", "x"]
    static let dateNames = ["date", "event_date", "day"]
}

/// How `EventFile.classify` reads, answers and writes.
///
/// ```swift
/// var options = EventFileOptions(output: .jsonl)
/// options.added = [.deFacto, .district]
/// ```
public struct EventFileOptions: Sendable {
    /// The output format.
    public var output: EventFormat
    /// Where the position and date are.
    public var columns: EventColumns
    /// The columns to add, in order (an `error` column always follows).
    public var added: [AddedColumn]
    /// Stop at the first bad row (`EventFileError.badRow`) instead of marking it.
    public var strict: Bool
    /// The GeoPackage table to read (default: the first point layer) and the one to write (default `events`).
    public var table: String?

    /// Options for `output`, detecting the columns and adding the standard ones.
    public init(
        output: EventFormat, columns: EventColumns = EventColumns(), added: [AddedColumn] = AddedColumn.standard,
        strict: Bool = false, table: String? = nil
    ) {
        self.output = output
        self.columns = columns
        self.added = added
        self.strict = strict
        self.table = table
    }
}

/// What a classification run did, for the summary on standard error.
public struct ClassifySummary: Sendable, Hashable {
    /// Data rows read (the header not counted).
    public var rows = 0
    /// Rows classified.
    public var classified = 0
    /// Rows with an `error`.
    public var errors = 0
    /// Classified rows per de facto holder id (`nobody` for none).
    public var byHolder: [String: Int] = [:]
    /// The first few error messages, in input order.
    public var firstErrors: [String] = []

    /// An empty summary.
    public init() {}

    mutating func merge(_ other: ClassifySummary) {
        rows += other.rows
        classified += other.classified
        errors += other.errors
        byHolder.merge(other.byHolder, uniquingKeysWith: +)
        firstErrors += other.firstErrors.prefix(max(0, 5 - firstErrors.count))
    }
}
