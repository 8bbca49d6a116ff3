import ArgumentParser
import Territory
import TerritoryRender

/// `territory export`: the state on a day, or every period, as GeoJSON, TopoJSON, a GeoPackage or a
/// PostGIS script, to stdout, a file or a database.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the ground and corridors on a date, or in every period, for GIS tools and databases.",
        discussion: """
            geojson: an RFC 7946 FeatureCollection of one geometry type, so GIS tools convert it \
            as it is: --features ground (the default) gives one polygon per piece of ground with \
            one (controller, de jure holder) pair, --features corridors one line per corridor \
            route. Properties: "controller", "de_jure", "units" (unit ids joined by commas), \
            "valid_from", "valid_to" (ISO dates, null when open) and "area_km2"; corridors add \
            "corridor", "status", "width_m", "length_km", "role" (the controller's role: \
            controller, border-guard or guarantor; a proposed route has none) and "all_roles" \
            (every role in force, as `territory corridor` lists them).

            topojson: a TopoJSON topology with the objects "ground" and "corridors" (two layers \
            in GIS tools), the same features and properties as geojson, each shared border \
            stored once as an arc; --quantization N quantises the arcs to N steps across the \
            extent (smaller, less exact).

            gpkg: an OGC GeoPackage 1.3 (needs --out) with the layers control_periods, units, \
            corridors and places (R-tree indexed, EPSG:4326) and the attribute tables events and \
            entities; periods are the DATE columns valid_from and valid_to.

            postgis-sql: an SQL script creating the same tables in schema "territory", with \
            control_periods cut into parts (part_id) that never overlap: geometry(MultiPolygon,4326), \
            a daterange "valid", GiST indexes and an exclusion constraint so no ground has two \
            holders at once. --postgres URL loads it into a database by running psql (the \
            PostgreSQL client must be installed); the script runs in one transaction.

            With --out the file is written atomically: it appears complete or not at all, and an \
            existing file is replaced only with --force.
            """)

    @OptionGroup var options: DataOptions
    @Option(help: "The day (YYYY, YYYY-MM or YYYY-MM-DD).", transform: parseDate) var date: DatedDay?
    @Flag(help: "Every period of the dataset instead of one date.") var allPeriods = false
    @Option(help: "Output format (default: geojson; postgis-sql with --postgres).") var format: ExportFormat?
    @Option(help: "geojson: which features the file holds, one geometry type per file (default: ground).")
    var features: FeatureKind?
    @Option(help: ArgumentHelp("topojson: quantise the arcs to this many steps (2 or more).", valueName: "steps"))
    var quantization: Int?
    @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file")) var out: String?
    @Flag(help: "Replace the --out file if it exists.") var force = false
    @Option(
        help: ArgumentHelp(
            "Load the PostGIS script into this database with psql (postgresql://USER@HOST:PORT/DB).",
            valueName: "url"))
    var postgres: String?
    @OptionGroup var writing: WriteReport

    private var chosenFormat: ExportFormat {
        format ?? (postgres != nil ? .postgisSQL : .geojson)
    }

    func validate() throws {
        try requireNonEmptyPath(out, option: "--out", expected: "the file to write")
        guard (date != nil) != allPeriods else {
            throw ValidationError("give exactly one of --date D and --all-periods")
        }
        if force && out == nil {
            throw ValidationError("--force applies to --out FILE only")
        }
        if postgres != nil && chosenFormat != .postgisSQL {
            throw ValidationError("--postgres loads the postgis-sql format; drop --format or use --format postgis-sql")
        }
        if features != nil && chosenFormat != .geojson {
            throw ValidationError("--features applies to --format geojson; the other formats hold both as layers")
        }
        if let quantization {
            guard chosenFormat == .topojson else {
                throw ValidationError("--quantization applies to --format topojson")
            }
            guard quantization >= 2 else {
                throw ValidationError("--quantization takes a whole number of steps, 2 or more")
            }
        }
        if chosenFormat == .gpkg && out == nil {
            throw ValidationError("a GeoPackage is a binary database file: give --out FILE.gpkg")
        }
    }

    func run() throws {
        let atlas = try options.atlas()
        let day = date?.day
        let scope = day.map { "on \($0)" } ?? "for all periods"
        switch chosenFormat {
        case .geojson:
            let kinds: Set = [features ?? .ground]
            let text = try showingProgress { progress in
                try day.map { try atlas.geoJSON(on: $0, kinds: kinds) }
                    ?? atlas.geoJSONAllPeriods(kinds: kinds, progress: progress)
            }
            try deliver(text + "\n", suggestedName: "territory.geojson")
            if let out {
                let features = WriteReport.count(WriteReport.featureCount(ofGeoJSON: text), "feature")
                writing.wrote(out, "GeoJSON, \(features) \(scope)")
            }
        case .topojson:
            let text = try showingProgress { progress in
                try atlas.topoJSON(on: day, quantization: quantization, progress: progress)
            }
            try deliver(text + "\n", suggestedName: "territory.topojson")
            if let out { writing.wrote(out, "TopoJSON \(scope), \(WriteReport.size(text.utf8.count + 1))") }
        case .gpkg:
            let tables = try showingProgress { progress in
                try atlas.exportTables(on: day, ground: .byHolder, progress: progress)
            }
            let data = try exporting { () throws(ExportError) in try GeoPackage.data(tables) }
            try OutputFile(path: out!, replacesExisting: force, suggestedName: "territory.gpkg").write(
                bytes: Array(data))
            writing.wrote(out!, "GeoPackage \(scope); \(Self.describe(tables))")
        case .postgisSQL:
            let tables = try showingProgress { progress in
                try atlas.exportTables(on: day, ground: .byPart, progress: progress)
            }
            let script = try exporting { () throws(ExportError) in try PostGIS.script(tables) }
            if out != nil { try deliver(script, suggestedName: "territory.sql") }
            if let out {
                writing.wrote(out, "PostGIS script (schema \(PostGIS.schema)) \(scope); \(Self.describe(tables))")
            }
            if let postgres {
                try Psql.load(script, into: postgres)
                emit("loaded schema \(PostGIS.schema) into the database with psql\n")
            } else if out == nil {
                emit(script)
            }
        }
    }

    /// `control_periods 17, units 63, …`: the rows of each table.
    private static func describe(_ tables: [ExportTable]) -> String {
        "rows: " + tables.map { "\($0.name) \($0.rows.count)" }.joined(separator: ", ")
    }

    /// Runs an export with a progress bar over the dataset's periods (drawn only on a terminal, and
    /// only by --all-periods, the one that reports progress), erased before anything is printed.
    private func showingProgress<T>(_ body: ((Int, Int) -> Void) throws -> T) rethrows -> T {
        let bar = ProgressBar("export")
        defer { bar.finish() }
        return try body(bar.update)
    }

    /// Text output to --out, or stdout.
    private func deliver(_ text: String, suggestedName: String) throws {
        if let out {
            try OutputFile(path: out, replacesExisting: force, suggestedName: suggestedName).write(text)
        } else {
            emit(text)
        }
    }

    /// Runs an export, turning its error into the failure the CLI reports.
    private func exporting<T>(_ body: () throws(ExportError) -> T) throws -> T {
        do {
            return try body()
        } catch .query(let error) {
            throw error
        } catch {
            throw CommandFailure(status: .cannotCreate, message: error.description)
        }
    }
}
