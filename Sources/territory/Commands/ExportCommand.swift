import ArgumentParser
import Territory

/// `territory export`: the state on a day as GeoJSON, to stdout or a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the ground and corridors on a date as an RFC 7946 GeoJSON FeatureCollection.",
        discussion: """
            One feature per polygon of ground with one (controller, de jure holder) pair and one per \
            corridor route, with the properties "controller", "de_jure", "units", "valid_from", \
            "valid_to" and "area_km2" (corridors add "corridor", "status", "width_m", "length_km"). \
            With --out the file is written atomically: it appears complete or not at all, and an \
            existing file is replaced only with --force.
            """)

    @OptionGroup var options: DataOptions
    @Option(help: "The day (YYYY, YYYY-MM or YYYY-MM-DD).", transform: parseDate) var date: DatedDay?
    @Flag(help: "Every period of the dataset instead of one date.") var allPeriods = false
    @Option(help: "Output format.") var format: ExportFormat = .geojson
    @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file")) var out: String?
    @Flag(help: "Replace the --out file if it exists.") var force = false

    func validate() throws {
        guard (date != nil) != allPeriods else {
            throw ValidationError("give exactly one of --date D and --all-periods")
        }
        if force && out == nil {
            throw ValidationError("--force applies to --out FILE only")
        }
    }

    func run() throws {
        let atlas = try options.atlas()
        let text = try (date.map { try atlas.geoJSON(on: $0.day) } ?? atlas.geoJSONAllPeriods()) + "\n"
        if let out {
            try OutputFile(path: out, replacesExisting: force).write(text)
        } else {
            emit(text)
        }
    }
}
