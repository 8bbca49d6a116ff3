import CSQLite
import Foundation

/// A value to bind to an SQL parameter.
package enum SQLiteValue {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

/// An SQLite database that is built up statement by statement and then taken out whole as the
/// bytes of a database file (in memory), or written in place (a file). Owns its connection: not
/// `Sendable`, one per export.
package final class SQLiteDatabase {
    package let connection: OpaquePointer

    /// A new, empty in-memory database.
    package convenience init() throws(ExportError) {
        try self.init(path: ":memory:", flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    }

    /// The database file at `path`, opened with SQLite's `flags` (`SQLITE_OPEN_READONLY`, ...).
    package init(path: String, flags: Int32) throws(ExportError) {
        var connection: OpaquePointer?
        let status = sqlite3_open_v2(path, &connection, flags, nil)
        guard status == SQLITE_OK, let connection else {
            let message =
                connection.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close_v2(connection)
            throw .database(
                step: "opening \(path == ":memory:" ? "an in-memory database" : "'\(path)'")", message: message)
        }
        self.connection = connection
    }

    deinit {
        sqlite3_close_v2(connection)
    }

    /// Runs one or more statements without parameters.
    package func execute(_ sql: String, step: String) throws(ExportError) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(connection, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw .database(step: step, message: message)
        }
    }

    /// Runs one parameterised statement once per element of `rows`, binding its values in order.
    package func run(_ sql: String, rows: some Sequence<[SQLiteValue]>, step: String) throws(ExportError) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw .database(step: step, message: lastError)
        }
        defer { sqlite3_finalize(statement) }
        for row in rows {
            for (index, value) in row.enumerated() {
                guard bind(value, at: Int32(index + 1), in: statement) == SQLITE_OK else {
                    throw .database(step: step, message: lastError)
                }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw .database(step: step, message: lastError) }
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
    }

    /// The database as the bytes of a database file.
    package func serialized() throws(ExportError) -> Data {
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(connection, "main", &size, 0) else {
            throw .database(step: "serializing the database", message: lastError)
        }
        defer { sqlite3_free(bytes) }
        return Data(bytes: bytes, count: Int(size))
    }

    package var lastError: String { String(cString: sqlite3_errmsg(connection)) }

    package func bind(_ value: SQLiteValue, at index: Int32, in statement: OpaquePointer) -> Int32 {
        // SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        switch value {
        case .null:
            return sqlite3_bind_null(statement, index)
        case .integer(let integer):
            return sqlite3_bind_int64(statement, index, integer)
        case .real(let real):
            return sqlite3_bind_double(statement, index, real)
        case .text(let text):
            return sqlite3_bind_text(statement, index, text, -1, transient)
        case .blob(let data):
            return data.withUnsafeBytes { bytes in
                sqlite3_bind_blob64(statement, index, bytes.baseAddress, sqlite3_uint64(bytes.count), transient)
            }
        }
    }
}
