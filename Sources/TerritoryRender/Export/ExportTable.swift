import Territory

/// One table of an export for GIS tools and databases: typed columns, rows, and optionally one
/// geometry (lon/lat, WGS 84) per row.
///
/// The writers (`GeoPackage`, `PostGIS`) render the same tables in their own dialects; a period
/// column becomes two DATE columns `valid_from`/`valid_to` in a GeoPackage and one `daterange` in
/// PostGIS.
///
/// ```swift
/// let tables = try atlas.exportTables(on: nil, ground: .byHolder)
/// tables.map(\.name)   // ["control_periods", "units", "corridors", "places", "events"]
/// ```
public struct ExportTable: Sendable {
    /// The geometry type of a table's rows; every shape is coerced to it (a polygon becomes a
    /// one-part multipolygon).
    public enum GeometryKind: String, Sendable, CaseIterable {
        /// Points (places).
        case point = "POINT"
        /// Lines (corridor routes).
        case multiLineString = "MULTILINESTRING"
        /// Areas (ground, units).
        case multiPolygon = "MULTIPOLYGON"
    }

    /// What a column holds.
    public enum ColumnType: Sendable, Hashable {
        /// Text.
        case text
        /// A double.
        case real
        /// An integer.
        case integer
        /// A day.
        case date
        /// A list of texts (unit ids): a text array in PostGIS, comma-separated text in a GeoPackage.
        case texts
        /// A half-open period of days, `[from, to)`, either end open.
        case period
    }

    /// A column: its name and type.
    public struct Column: Sendable, Hashable {
        /// The name, a lower-case SQL identifier.
        public var name: String
        /// The type.
        public var type: ColumnType

        /// A column called `name` holding `type`.
        public init(_ name: String, _ type: ColumnType) {
            self.name = name
            self.type = type
        }
    }

    /// One cell.
    public enum Value: Sendable, Hashable {
        /// No value (SQL NULL).
        case null
        /// A text.
        case text(String)
        /// A double.
        case real(Double)
        /// An integer.
        case integer(Int)
        /// A day.
        case date(Day)
        /// A list of texts.
        case texts([String])
        /// A period.
        case period(Interval)

        /// `.text(value)`, or `.null` for nil.
        static func text(_ value: String?) -> Value { value.map { .text($0) } ?? .null }
        /// `.real(value)`, or `.null` for nil.
        static func real(_ value: Double?) -> Value { value.map { .real($0) } ?? .null }
    }

    /// One row: its cells, aligned with `columns`, and its shape when the table has geometry.
    public struct Row: Sendable, Hashable {
        /// The cells.
        public var values: [Value]
        /// The geometry, lon/lat; `nil` in a table without geometry.
        public var shape: Shape?

        /// A row of `values` with `shape`.
        public init(values: [Value], shape: Shape?) {
            self.values = values
            self.shape = shape
        }
    }

    /// The table's name, a lower-case SQL identifier.
    public var name: String
    /// What a row is, in one sentence.
    public var description: String
    /// The geometry type, or `nil` for an attribute table.
    public var geometryKind: GeometryKind?
    /// The columns, besides the geometry.
    public var columns: [Column]
    /// The rows.
    public var rows: [Row]
    /// A column whose equal values must not have overlapping periods (each piece of ground has one
    /// row at a time); databases that can enforce this do (PostGIS: an exclusion constraint).
    public var exclusiveKey: String?

    /// A table; `rows` align their values with `columns`.
    public init(
        name: String, description: String, geometryKind: GeometryKind?, columns: [Column], rows: [Row],
        exclusiveKey: String? = nil
    ) {
        self.name = name
        self.description = description
        self.geometryKind = geometryKind
        self.columns = columns
        self.rows = rows
        self.exclusiveKey = exclusiveKey
    }
}
