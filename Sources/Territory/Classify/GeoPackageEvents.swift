import CSQLite
import Foundation

/// A GeoPackage point layer read row by row: the layer's columns (all but its integer key and its
/// geometry) with their SQLite values as stored, and each row's Point as the position.
final class GeoPackageSource: EventSource {
    private let database: SQLiteDatabase
    private let statement: OpaquePointer
    private let geometryIndex: Int32
    private var rowNumber = 0
    /// Set at SQLITE_DONE: stepping a finished statement would start it over.
    private var finished = false
    /// The declared SQL type of each column, for a GeoPackage output.
    private(set) var types: [String] = []

    override var hasGeometry: Bool { true }
    override var unit: String { "row" }

    init(path: String, table wanted: String?) throws(EventFileError) {
        do {
            database = try SQLiteDatabase(path: path, flags: SQLITE_OPEN_READONLY)
        } catch {
            throw .geoPackage("cannot open '\(path)': \(error)")
        }
        let layers = Self.strings(
            database, "SELECT table_name, column_name FROM gpkg_geometry_columns ORDER BY table_name")
        guard let layer = layers.first(where: { wanted == nil || $0[0] == wanted }) else {
            throw .geoPackage(
                layers.isEmpty
                    ? "'\(path)' has no feature layer (gpkg_geometry_columns is empty or missing)"
                    : "no layer '\(wanted ?? "")' in '\(path)'; its layers: \(layers.map { $0[0] }.joined(separator: ", ")) "
                        + "(choose one with --table)")
        }
        let columns = Self.strings(
            database,
            "SELECT name, type, pk FROM pragma_table_info('\(layer[0].replacingOccurrences(of: "'", with: "''"))')")
        let kept = columns.filter { $0[0] != layer[1] && $0[2] == "0" }
        let selected = [layer[1]] + kept.map { $0[0] }
        let sql =
            "SELECT \(selected.map(GeoPackageSchema.quoted).joined(separator: ", ")) FROM \(GeoPackageSchema.quoted(layer[0])) ORDER BY rowid"
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database.connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw .geoPackage("cannot read layer '\(layer[0])': \(database.lastError)")
        }
        self.statement = statement
        geometryIndex = 0
        super.init()
        names = kept.map { $0[0] }
        types = kept.map { $0[1].isEmpty ? "TEXT" : $0[1] }
    }

    deinit {
        sqlite3_finalize(statement)
    }

    private static func strings(_ database: SQLiteDatabase, _ sql: String) -> [[String]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database.connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            return []
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[String]] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            rows.append(
                (0..<sqlite3_column_count(statement)).map { column in
                    sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
                })
        }
        return rows
    }

    override func next() throws(EventFileError) -> EventBatchWork.Batch? {
        var rows: [EventRow] = []
        while rows.count < 4096 && !finished {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE {
                finished = true
                break
            }
            guard status == SQLITE_ROW else { throw .geoPackage("reading a row failed: \(database.lastError)") }
            rowNumber += 1
            var row = EventRow(line: rowNumber, values: (1..<sqlite3_column_count(statement)).map(value))
            let geometry = value(at: geometryIndex)
            if case .blob(let blob) = geometry {
                (row.point, row.pointError) = Self.point(fromGeoPackage: blob)
            } else {
                row.pointError = "no geometry"
            }
            rows.append(row)
        }
        return rows.isEmpty ? nil : .rows(rows)
    }

    private func value(at column: Int32) -> EventValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
        case SQLITE_TEXT, SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, column))
            let bytes =
                sqlite3_column_blob(statement, column).map {
                    Array(UnsafeRawBufferPointer(start: $0, count: count))
                } ?? []
            return sqlite3_column_type(statement, column) == SQLITE_TEXT ? .text(bytes) : .blob(bytes)
        default: return .null
        }
    }

    /// The point of a GeoPackage geometry blob (header, then WKB), or why there is none.
    static func point(fromGeoPackage blob: [UInt8]) -> (Coordinate?, String?) {
        guard blob.count >= 8, blob[0] == 0x47, blob[1] == 0x50 else {
            return (nil, "the geometry is not a GeoPackage blob")
        }
        let flags = blob[3]
        if flags & 0x10 != 0 { return (nil, "the geometry is empty") }
        let envelopeSizes = [0, 32, 48, 48, 64]
        let envelope = Int((flags >> 1) & 0x07)
        guard envelope < envelopeSizes.count else { return (nil, "the geometry header is malformed") }
        let wkb = 8 + envelopeSizes[envelope]
        guard blob.count >= wkb + 21 else { return (nil, "the geometry is not a Point") }
        let little = blob[wkb] == 1
        func integer(_ at: Int) -> UInt32 {
            let raw = blob[at..<(at + 4)].enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
            return little ? raw : raw.byteSwapped
        }
        func double(_ at: Int) -> Double {
            let raw = blob[at..<(at + 8)].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
            return Double(bitPattern: little ? raw : raw.byteSwapped)
        }
        // Point, with Z, M or ZM in ISO (1001, 2001, 3001) or EWKB-style high bits.
        let type = integer(wkb + 1) & 0x0FFF_FFFF
        guard type % 1000 == 1 else { return (nil, "the geometry is not a Point (WKB type \(type))") }
        let x = double(wkb + 5)
        let y = double(wkb + 13)
        guard !x.isNaN, !y.isNaN else { return (nil, "the Point is empty") }
        return (Coordinate(x: x, y: y), nil)
    }
}

/// A GeoPackage point layer being written: the input columns (their declared types when read
/// from a GeoPackage, else TEXT), the added columns and `error`, and the Point of each row that
/// has a position.
final class GeoPackageLayer {
    private let database: SQLiteDatabase
    private let name: String
    private let work: EventBatchWork
    private var insert: OpaquePointer?
    private var extent: (minX: Double, minY: Double, maxX: Double, maxY: Double)?

    init(path: String, schema: EventSchema, source: EventSource, work: EventBatchWork) throws(EventFileError) {
        self.work = work
        name = "events"
        do {
            database = try SQLiteDatabase(path: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            try database.execute(
                "PRAGMA application_id = \(GeoPackageSchema.applicationID); PRAGMA user_version = \(GeoPackageSchema.userVersion);"
                    + "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;",
                step: "setting the GeoPackage application id")
            try database.execute(GeoPackageSchema.core, step: "creating the GeoPackage metadata tables")
            let types = (source as? GeoPackageSource)?.types ?? Array(repeating: "TEXT", count: schema.names.count)
            let columns =
                zip(schema.names, types).map { "\(GeoPackageSchema.quoted($0)) \($1)" }
                + schema.added.map { "\(GeoPackageSchema.quoted($0.rawValue)) \($0 == .frontKm ? "DOUBLE" : "TEXT")" }
                + ["error TEXT"]
            try database.execute(
                "CREATE TABLE \(GeoPackageSchema.quoted(name)) (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                    + "geom POINT, \(columns.joined(separator: ", ")))",
                step: "creating the layer")
            try database.execute("BEGIN", step: "starting a transaction")
        } catch {
            throw .geoPackage("\(error)")
        }
        let count = 1 + schema.names.count + schema.added.count + 1
        let sql =
            "INSERT INTO \(GeoPackageSchema.quoted(name)) VALUES (NULL, "
            + Array(repeating: "?", count: count).joined(separator: ", ") + ")"
        guard sqlite3_prepare_v2(database.connection, sql, -1, &insert, nil) == SQLITE_OK else {
            throw .geoPackage("preparing the insert: \(database.lastError)")
        }
    }

    deinit {
        sqlite3_finalize(insert)
    }

    func insert(_ rows: [(EventRow, RowOutcome)]) throws(EventFileError) {
        guard let insert else { return }
        let answers = work.classifier.table.answers
        for (row, outcome) in rows {
            var values: [SQLiteValue] = []
            if outcome.error == nil, let point = work.position(of: row) {
                extent = (
                    min(extent?.minX ?? point.x, point.x), min(extent?.minY ?? point.y, point.y),
                    max(extent?.maxX ?? point.x, point.x), max(extent?.maxY ?? point.y, point.y)
                )
                let geometry = try? Geometry(.point(point))
                values.append(geometry.map { .blob(GeoPackageGeometry.blob($0).blob) } ?? .null)
            } else {
                values.append(.null)
            }
            for value in row.values {
                switch value {
                case .text(let bytes): values.append(.text(String(decoding: bytes, as: UTF8.self)))
                case .json: values.append(.text(String(decoding: value.textBytes, as: UTF8.self)))
                case .integer(let number): values.append(.integer(number))
                case .real(let number): values.append(.real(number))
                case .null: values.append(.null)
                case .blob(let bytes): values.append(.blob(Data(bytes)))
                }
            }
            for column in work.schema.added {
                if outcome.error != nil {
                    values.append(.null)
                } else if column == .frontKm {
                    values.append(outcome.frontKm.map { .real($0) } ?? .null)
                } else {
                    values.append(EventSchema.text(of: column, in: answers[outcome.ground]).map { .text($0) } ?? .null)
                }
            }
            values.append(outcome.error.map { .text($0) } ?? .null)
            for (index, value) in values.enumerated() { _ = database.bind(value, at: Int32(index + 1), in: insert) }
            guard sqlite3_step(insert) == SQLITE_DONE else { throw .geoPackage("writing a row: \(database.lastError)") }
            sqlite3_reset(insert)
            sqlite3_clear_bindings(insert)
        }
    }

    func finish() throws(EventFileError) {
        let box: [SQLiteValue] =
            extent.map { [.real($0.minX), .real($0.minY), .real($0.maxX), .real($0.maxY)] } ?? [
                .null, .null, .null, .null,
            ]
        do {
            try database.run(
                """
                INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
                VALUES (?, 'features', ?, 'Events classified by territory classify', ?, ?, ?, ?, ?)
                """,
                rows: [[.text(name), .text(name)] + box + [.integer(Int64(GeoPackageGeometry.srsID))]],
                step: "registering the layer")
            try database.run(
                "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)",
                rows: [[.text(name), .integer(Int64(GeoPackageGeometry.srsID))]],
                step: "registering the geometry column")
            try database.execute("COMMIT", step: "committing")
        } catch {
            throw .geoPackage("\(error)")
        }
    }
}
