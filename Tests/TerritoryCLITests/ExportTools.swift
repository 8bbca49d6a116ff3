import CSQLite
import Foundation
import Territory
import Testing

/// GDAL's `ogrinfo` (Debian gdal-bin), the independent reader the export tests check files with.
/// `make test` installs it and sets TERRITORY_REQUIRE_GDAL=1, so there the tests run (and fail if
/// it is missing); elsewhere they are skipped when it is not installed.
enum OGRInfo {
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("ogrinfo") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Whether the tests that need it run.
    static let enabled = executable != nil || ProcessInfo.processInfo.environment["TERRITORY_REQUIRE_GDAL"] == "1"

    /// `ogrinfo ARGUMENTS`' stdout; the run must succeed.
    static func run(_ arguments: [String]) throws -> String {
        let executable = try #require(executable, "ogrinfo is not installed: scripts/install-deps gdal-bin")
        return try run(executable, arguments)
    }

    /// `ogr2ogr ARGUMENTS` (GDAL's converter, installed beside ogrinfo)' stdout; the run must succeed.
    static func convert(_ arguments: [String]) throws -> String {
        let ogrinfo = try #require(executable, "ogrinfo is not installed: scripts/install-deps gdal-bin")
        return try run(ogrinfo.deletingLastPathComponent().appendingPathComponent("ogr2ogr"), arguments)
    }

    private static func run(_ executable: URL, _ arguments: [String]) throws -> String {
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout")
        try Data().write(to: outURL)
        let out = try FileHandle(forWritingTo: outURL)
        defer { try? out.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        try #require(
            process.terminationStatus == 0,
            "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) failed")
        // Foundation's Data(contentsOf:) leaks its read buffer on an empty file (LeakSanitizer
        // reports it in `make test-asan`), and ogr2ogr prints nothing: read only what is there.
        let size = try FileManager.default.attributesOfItem(atPath: outURL.path)[.size] as? Int ?? 0
        return size == 0 ? "" : String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    }

    /// The layers `ogrinfo -ro -so -al FILE` reports.
    static func summary(of path: String) throws -> [String: Layer] {
        var layers: [String: Layer] = [:]
        var current: String?
        for line in try run(["-ro", "-so", "-al", path]).split(separator: "\n").map(String.init) {
            if line.hasPrefix("Layer name: ") {
                current = String(line.dropFirst("Layer name: ".count))
                layers[current!] = Layer()
            } else if let name = current {
                layers[name]!.read(line)
            }
        }
        return layers
    }

    /// One layer of a summary.
    struct Layer {
        var featureCount: Int?
        var geometry: String?
        /// (min x, min y, max x, max y).
        var extent: [Double]?
        /// Field name to OGR type ("String", "Date", "Real", ...).
        var fields: [String: String] = [:]

        mutating func read(_ line: String) {
            if line.hasPrefix("Feature Count: ") {
                featureCount = Int(line.dropFirst("Feature Count: ".count))
            } else if line.hasPrefix("Geometry: ") {
                geometry = String(line.dropFirst("Geometry: ".count))
            } else if line.hasPrefix("Extent: ") {
                extent = line.split { "(), -".contains($0) }.dropFirst().compactMap { Double($0) }
            } else if let match = line.wholeMatch(of: /([a-z_0-9]+): ([A-Za-z]+) \(.*\)/) {
                fields[String(match.1)] = String(match.2)
            }
        }
    }
}

/// Reads a GeoPackage (or any SQLite file) back through the system SQLite, read-only.
final class SQLiteFile {
    private var connection: OpaquePointer?

    init(path: String) throws {
        let status = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY, nil)
        try #require(status == SQLITE_OK, "cannot open \(path): \(String(cString: sqlite3_errstr(status)))")
    }

    deinit {
        sqlite3_close_v2(connection)
    }

    /// The rows of a query, each cell as text, a blob as `Data`, or nil for NULL.
    func rows(_ sql: String) throws -> [[Any?]] {
        var statement: OpaquePointer?
        try #require(
            sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK,
            "\(sql): \(String(cString: sqlite3_errmsg(connection)))")
        defer { sqlite3_finalize(statement) }
        var rows: [[Any?]] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            rows.append(
                (0..<sqlite3_column_count(statement)).map { column -> Any? in
                    switch sqlite3_column_type(statement, column) {
                    case SQLITE_NULL: nil
                    case SQLITE_BLOB:
                        Data(
                            bytes: sqlite3_column_blob(statement, column),
                            count: Int(sqlite3_column_bytes(statement, column)))
                    default: String(cString: sqlite3_column_text(statement, column))
                    }
                })
        }
        return rows
    }
}
