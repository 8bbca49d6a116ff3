import Territory

/// Writes export tables as one SQL script for PostgreSQL with PostGIS: run it with
/// `psql -v ON_ERROR_STOP=1 -f FILE` (or any client) to get the tables in schema `territory`.
///
/// The script runs in one transaction and replaces the tables if they exist. Geometries are
/// `geometry(MultiPolygon|MultiLineString|Point, 4326)` loaded from exact WKB; a period is a
/// `daterange` column `valid` (`[valid_from, valid_to)`, unbounded when open); both get GiST
/// indexes. A table with an exclusive key gets an exclusion constraint (extension btree_gist):
/// `EXCLUDE USING gist (part_id WITH =, valid WITH &&)`, so the database itself refuses two rows
/// for one piece of ground at once. (Geometry `&&` compares bounding boxes only, so it cannot
/// serve for this; the part id can, since parts never overlap.)
///
/// ```swift
/// let sql = PostGIS.script(try atlas.exportTables(on: nil, ground: .byPart))
/// ```
public enum PostGIS {
    /// The schema the tables go into.
    public static let schema = "territory"

    /// Rows per INSERT statement.
    private static let batch = 100

    /// The script creating and filling `tables`.
    ///
    /// - Throws: `ExportError.query` when a shape cannot be made a GEOS geometry.
    public static func script(_ tables: [ExportTable]) throws(ExportError) -> String {
        var sql = """
            -- Territory export for PostgreSQL + PostGIS: tables in schema \(schema), replaced if present.
            -- Load with: psql -v ON_ERROR_STOP=1 -f FILE DATABASE_URL
            SET client_encoding = 'UTF8';
            SET client_min_messages = warning;
            SET standard_conforming_strings = on;
            BEGIN;
            CREATE EXTENSION IF NOT EXISTS postgis;
            CREATE EXTENSION IF NOT EXISTS btree_gist;
            CREATE SCHEMA IF NOT EXISTS \(schema);

            """
        for table in tables {
            sql += try statements(for: table)
        }
        sql += "COMMIT;\n"
        sql += tables.map { "ANALYZE \(qualified($0.name));\n" }.joined()
        return sql
    }

    private static func statements(for table: ExportTable) throws(ExportError) -> String {
        let name = qualified(table.name)
        var definitions = ["fid integer PRIMARY KEY"]
        var columns = ["fid"]
        if let kind = table.geometryKind {
            definitions.append("geom geometry(\(typeName(kind)), 4326)")
            columns.append("geom")
        }
        for column in table.columns {
            definitions.append("\(column.name) \(sqlType(column.type))")
            columns.append(column.name)
        }
        if let key = table.exclusiveKey, let period = table.columns.first(where: { $0.type == .period }) {
            definitions.append("EXCLUDE USING gist (\(key) WITH =, \(period.name) WITH &&)")
        }
        var sql = """
            DROP TABLE IF EXISTS \(name);
            CREATE TABLE \(name) (
                \(definitions.joined(separator: ",\n    "))
            );
            COMMENT ON TABLE \(name) IS \(literal(table.description));

            """
        var tuples: [String] = []
        for (index, row) in table.rows.enumerated() {
            var cells = ["\(index + 1)"]
            if let kind = table.geometryKind {
                let geometry = try row.geometry(as: kind, in: table.name)
                cells.append(geometry.map { "ST_GeomFromWKB(decode('\($0.hexWKB)', 'hex'), 4326)" } ?? "NULL")
            }
            cells += row.values.map(literal)
            tuples.append("(" + cells.joined(separator: ", ") + ")")
        }
        for start in stride(from: 0, to: tuples.count, by: batch) {
            let rows = tuples[start..<min(start + batch, tuples.count)]
            sql += "INSERT INTO \(name) (\(columns.joined(separator: ", "))) VALUES\n"
            sql += rows.joined(separator: ",\n") + ";\n"
        }
        if table.geometryKind != nil {
            sql += "CREATE INDEX ON \(name) USING gist (geom);\n"
        }
        for column in table.columns where column.type == .period {
            sql += "CREATE INDEX ON \(name) USING gist (\(column.name));\n"
        }
        return sql + "\n"
    }

    private static func qualified(_ table: String) -> String { "\(schema).\(table)" }

    private static func typeName(_ kind: ExportTable.GeometryKind) -> String {
        switch kind {
        case .point: "Point"
        case .multiLineString: "MultiLineString"
        case .multiPolygon: "MultiPolygon"
        }
    }

    private static func sqlType(_ type: ExportTable.ColumnType) -> String {
        switch type {
        case .text: "text"
        case .real: "double precision"
        case .integer: "integer"
        case .date: "date"
        case .texts: "text[]"
        case .period: "daterange NOT NULL"
        }
    }

    /// A value as an SQL literal.
    private static func literal(_ value: ExportTable.Value) -> String {
        switch value {
        case .null:
            return "NULL"
        case .text(let text):
            return literal(text)
        case .real(let real):
            return real.isFinite ? "\(real)" : "NULL"
        case .integer(let integer):
            return "\(integer)"
        case .date(let day):
            return "DATE '\(day)'"
        case .texts(let texts):
            return "ARRAY[\(texts.map(literal).joined(separator: ", "))]::text[]"
        case .period(let period):
            let from = period.from.map { "'\($0)'" } ?? "NULL"
            let to = period.to.map { "'\($0)'" } ?? "NULL"
            return "daterange(\(from), \(to), '[)')"
        }
    }

    /// A text as a standard SQL string literal (quotes doubled; backslashes are plain characters
    /// with standard_conforming_strings on).
    private static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

extension Atlas {
    /// The dataset as a PostGIS script (see `PostGIS`): `control_periods` by part, with the
    /// exclusion constraint, plus `units`, `corridors`, `places`, `events` and `entities`; on one
    /// day, or every period with `nil`.
    ///
    /// ```swift
    /// let sql = try atlas.postGISScript(on: nil)
    /// ```
    /// - Parameters:
    ///   - day: the day, or `nil` for every period.
    ///   - progress: with `nil`, called after each period (see `geoJSONAllPeriods(kinds:progress:)`).
    /// - Throws: `ExportError.query` for a day outside the dataset or a failed geometry.
    public func postGISScript(
        on day: Day?, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(ExportError) -> String {
        let tables: [ExportTable]
        do {
            tables = try exportTables(on: day, ground: .byPart, progress: progress)
        } catch {
            throw .query(error)
        }
        return try PostGIS.script(tables)
    }
}
