import Foundation
import Territory

/// Writes export tables as an OGC GeoPackage 1.3 (an SQLite database that QGIS, GDAL and ArcGIS
/// open as layers).
///
/// Each table with geometry becomes a feature layer (an `fid` key, a `geom` column of GeoPackage
/// binary geometries in EPSG:4326 and an R-tree spatial index); a table without becomes an
/// attribute table. Days are DATE columns (`YYYY-MM-DD`), a period is two of them, `valid_from`
/// and `valid_to` (NULL when open), and a list of texts is one comma-separated text.
///
/// ```swift
/// let data = try GeoPackage.data(try atlas.exportTables(on: nil, ground: .byHolder))
/// try data.write(to: URL(fileURLWithPath: "territory.gpkg"))
/// ```
public enum GeoPackage {
    /// The `application_id` of a GeoPackage: "GPKG" in ASCII.
    public static let applicationID: Int32 = GeoPackageSchema.applicationID
    /// The `user_version` of GeoPackage 1.3.0.
    public static let userVersion: Int32 = GeoPackageSchema.userVersion

    /// The bytes of a GeoPackage file holding `tables`.
    ///
    /// - Throws: `ExportError.database` when SQLite refuses a step (e.g. no R*Tree module).
    public static func data(_ tables: [ExportTable]) throws(ExportError) -> Data {
        let database = try SQLiteDatabase()
        try database.execute(
            "PRAGMA application_id = \(applicationID); PRAGMA user_version = \(userVersion);",
            step: "setting the GeoPackage application id")
        try database.execute(GeoPackageSchema.core, step: "creating the GeoPackage metadata tables")
        try database.execute("BEGIN", step: "starting a transaction")
        for table in tables {
            try write(table, to: database)
        }
        try database.execute("COMMIT", step: "committing")
        return try database.serialized()
    }

    private static func write(_ table: ExportTable, to database: SQLiteDatabase) throws(ExportError) {
        let name = GeoPackageSchema.quoted(table.name)
        var definitions = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
        var columns: [String] = []
        if let kind = table.geometryKind {
            definitions.append("geom \(kind.rawValue)")
            columns.append("geom")
        }
        for column in table.columns {
            for (name, type) in sqlColumns(column) {
                definitions.append("\(GeoPackageSchema.quoted(name)) \(type)")
                columns.append(GeoPackageSchema.quoted(name))
            }
        }
        try database.execute(
            "CREATE TABLE \(name) (\(definitions.joined(separator: ", ")))", step: "creating table \(table.name)")

        var envelopes: [(fid: Int64, envelope: Envelope)] = []
        var values: [[SQLiteValue]] = []
        for (index, row) in table.rows.enumerated() {
            var cells: [SQLiteValue] = [.integer(Int64(index + 1))]
            if let kind = table.geometryKind {
                if let geometry = try row.geometry(as: kind, in: table.name) {
                    let (blob, envelope) = GeoPackageGeometry.blob(geometry)
                    cells.append(.blob(blob))
                    envelopes.append((Int64(index + 1), envelope))
                } else {
                    cells.append(.null)
                }
            }
            cells += row.values.flatMap(sqlValues)
            values.append(cells)
        }
        let placeholders = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        try database.run(
            "INSERT INTO \(name) (fid, \(columns.joined(separator: ", "))) VALUES (\(placeholders))", rows: values,
            step: "filling table \(table.name)")

        let extent = envelopes.map(\.envelope).reduce(nil) { (union: Envelope?, next) in
            guard let union else { return next }
            return Envelope(
                minX: min(union.minX, next.minX), minY: min(union.minY, next.minY),
                maxX: max(union.maxX, next.maxX), maxY: max(union.maxY, next.maxY))
        }
        try database.run(
            """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            rows: [
                [
                    .text(table.name), .text(table.geometryKind == nil ? "attributes" : "features"),
                    .text(table.name), .text(table.description), extent.map { .real($0.minX) } ?? .null,
                    extent.map { .real($0.minY) } ?? .null, extent.map { .real($0.maxX) } ?? .null,
                    extent.map { .real($0.maxY) } ?? .null,
                    table.geometryKind == nil ? .null : .integer(Int64(GeoPackageGeometry.srsID)),
                ]
            ],
            step: "registering table \(table.name)")
        guard let kind = table.geometryKind else { return }
        try database.run(
            "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
            rows: [[.text(table.name), .text(kind.rawValue), .integer(Int64(GeoPackageGeometry.srsID))]],
            step: "registering the geometry column of \(table.name)")
        try index(table.name, envelopes: envelopes, in: database)
    }

    /// The R-tree spatial index extension: the virtual table filled with every row's envelope, its
    /// registration, and the triggers that keep it in step when a GIS edits the layer.
    private static func index(
        _ table: String, envelopes: [(fid: Int64, envelope: Envelope)], in database: SQLiteDatabase
    ) throws(ExportError) {
        let rtree = "rtree_\(table)_geom"
        try database.execute(
            "CREATE VIRTUAL TABLE \(GeoPackageSchema.quoted(rtree)) USING rtree(id, minx, maxx, miny, maxy)",
            step: "creating the R-tree index \(rtree) (the system SQLite needs R*Tree support)")
        try database.run(
            "INSERT INTO \(GeoPackageSchema.quoted(rtree)) VALUES (?, ?, ?, ?, ?)",
            rows: envelopes.map { fid, envelope in
                [.integer(fid), .real(envelope.minX), .real(envelope.maxX), .real(envelope.minY), .real(envelope.maxY)]
            },
            step: "filling the R-tree index \(rtree)")
        try database.run(
            "INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', ?, 'write-only')",
            rows: [[.text(table), .text("http://www.geopackage.org/spec120/#extension_rtree")]],
            step: "registering the R-tree index of \(table)")
        try database.execute(GeoPackageSchema.rtreeTriggers(table: table), step: "creating the triggers of \(rtree)")
    }

    /// A column's SQL columns: a period is two.
    private static func sqlColumns(_ column: ExportTable.Column) -> [(String, String)] {
        switch column.type {
        case .text, .texts: [(column.name, "TEXT")]
        case .real: [(column.name, "DOUBLE")]
        case .integer: [(column.name, "INTEGER")]
        case .date: [(column.name, "DATE")]
        case .period: [("valid_from", "DATE"), ("valid_to", "DATE")]
        }
    }

    private static func sqlValues(_ value: ExportTable.Value) -> [SQLiteValue] {
        switch value {
        case .null: [.null]
        case .text(let text): [.text(text)]
        case .real(let real): [.real(real)]
        case .integer(let integer): [.integer(Int64(integer))]
        case .date(let day): [.text(day.description)]
        case .texts(let texts): [.text(texts.joined(separator: ","))]
        case .period(let period):
            [period.from.map { .text($0.description) } ?? .null, period.to.map { .text($0.description) } ?? .null]
        }
    }
}

extension Atlas {
    /// The dataset as a GeoPackage (see `GeoPackage`): `control_periods` by holder, `units`,
    /// `corridors`, `places`, and the attribute tables `events` and `entities`; on one day, or
    /// every period with `nil`.
    ///
    /// ```swift
    /// let data = try atlas.geoPackage(on: nil)
    /// ```
    /// - Parameters:
    ///   - day: the day, or `nil` for every period.
    ///   - progress: with `nil`, called after each period (see `geoJSONAllPeriods(kinds:progress:)`).
    /// - Throws: `ExportError.query` for a day outside the dataset, `.database` from SQLite.
    public func geoPackage(
        on day: Day?, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(ExportError) -> Data {
        let tables: [ExportTable]
        do {
            tables = try exportTables(on: day, ground: .byHolder, progress: progress)
        } catch {
            throw .query(error)
        }
        return try GeoPackage.data(tables)
    }
}
