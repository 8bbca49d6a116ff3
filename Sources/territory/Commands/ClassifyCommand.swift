import ArgumentParser
import Foundation
import Territory

/// `territory classify`: who held the ground of every row of an event file.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Add who held the ground to every row of a file of dated, geocoded events.",
        discussion: """
            Reads CSV (RFC 4180: quoted fields, CRLF or LF, a UTF-8 byte-order mark, a header row), \
            GeoJSON (Point features) or a GeoPackage point layer, and writes every row back with its \
            input columns unchanged and in order, followed by de_facto, de_facto_name, de_jure, \
            district, zones, certainty, alternative, event (and front_km with --front-distance) \
            and error. INPUT - or none reads standard input.

            Columns are found by name (lat, latitude, y; lon, lng, long, longitude, x; date, \
            event_date, day) unless given. Dates are YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time \
            (its date counts). A row whose position or date cannot be read keeps its columns and \
            gets a message in 'error' ("line 17: latitude 95 is out of range (-90 to 90)"); with \
            --strict the first such row stops the run with exit 65 and no output file.

            A summary goes to standard error, with a progress bar when it is a terminal. With --out \
            the file is written atomically and an existing one is replaced only with --force.
            """)

    @OptionGroup var options: DataOptions
    @Argument(
        help: ArgumentHelp("The event file (.csv, .geojson, .gpkg); - or none: standard input.", valueName: "input"))
    var input: String?
    @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file")) var out: String?
    @Flag(help: "Replace the --out file if it exists.") var force = false
    @Option(help: "Output format: csv, geojson, gpkg or jsonl (default: the input's, or --out's extension).")
    var format: String?
    @Option(help: ArgumentHelp("The latitude column.", valueName: "column")) var lat: String?
    @Option(help: ArgumentHelp("The longitude column.", valueName: "column")) var lon: String?
    @Option(help: ArgumentHelp("The date column.", valueName: "column")) var date: String?
    @Option(name: .customLong("at-col"), help: ArgumentHelp("One column holding LAT,LON.", valueName: "column"))
    var atColumn: String?
    @Option(help: ArgumentHelp("The GeoPackage layer to read (default: the first).", valueName: "name"))
    var table: String?
    @Flag(help: "Add front_km: the distance to the nearest ground another de facto holder held that day.")
    var frontDistance = false
    @Option(help: ArgumentHelp("Which layers' columns to add: de-facto, de-jure or both.", valueName: "layer"))
    var layer: String = "both"
    @Option(
        help: ArgumentHelp("The added columns, comma-separated, in order (error always follows).", valueName: "list"))
    var columns: String?
    @Flag(help: "Stop at the first bad row (exit 65, no output file) instead of marking it.") var strict = false

    func validate() throws {
        try requireNonEmptyPath(out, option: "--out", expected: "the file to write")
        if force && out == nil { throw ValidationError("--force applies to --out FILE only") }
        if let format, EventFormat(rawValue: format) == nil {
            throw ValidationError("--format must be csv, geojson, gpkg or jsonl, not '\(format)'")
        }
        if !["de-facto", "de-jure", "both"].contains(layer) {
            throw ValidationError("--layer must be de-facto, de-jure or both, not '\(layer)'")
        }
        if atColumn != nil && (lat != nil || lon != nil) {
            throw ValidationError("give either --at-col or --lat and --lon, not both")
        }
        _ = try addedColumns()
    }

    /// The added columns: --columns, or the standard ones for --layer, with front_km for --front-distance.
    func addedColumns() throws(ValidationError) -> [AddedColumn] {
        if let columns {
            var chosen: [AddedColumn] = []
            for name in columns.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let column = AddedColumn(rawValue: name) else {
                    throw ValidationError(
                        "--columns: unknown column '\(name)'; choose from "
                            + AddedColumn.allCases.map(\.rawValue).joined(separator: ", "))
                }
                if column == .frontKm && !frontDistance {
                    throw ValidationError("--columns: front_km needs --front-distance")
                }
                chosen.append(column)
            }
            return chosen
        }
        let deJureOnly: Set<AddedColumn> = [.deJure]
        let deFactoOnly: Set<AddedColumn> = [.deFacto, .deFactoName, .event]
        return AddedColumn.standard.filter { column in
            switch layer {
            case "de-facto": !deJureOnly.contains(column)
            case "de-jure": !deFactoOnly.contains(column)
            default: true
            }
        } + (frontDistance ? [.frontKm] : [])
    }

    func run() throws {
        let started = ContinuousClock.now
        let reading = try InputFile(path: input)
        let inputFormat = reading.format
        let outputFormat =
            format.flatMap(EventFormat.init(rawValue:)) ?? out.flatMap(EventFormat.init(fileName:))
            ?? (inputFormat == .gpkg && out == nil ? .csv : inputFormat)
        if outputFormat == .gpkg && out == nil {
            throw ValidationError("a GeoPackage is a binary database file: give --out FILE.gpkg")
        }
        let classifier = Classifier(dataset: try options.dataset(), frontDistance: frontDistance)
        let fileOptions = EventFileOptions(
            output: outputFormat, columns: EventColumns(latitude: lat, longitude: lon, date: date, position: atColumn),
            added: try addedColumns(), strict: strict, table: table)

        let writer = try out.map { path throws(CommandFailure) in
            try OutputFile(path: path, replacesExisting: force).open()
        }
        let output: EventFile.Output
        if outputFormat == .gpkg, let writer {
            output = .geoPackage(path: writer.temporaryPath)
        } else if let writer {
            output = .stream { bytes throws(EventFileError) in
                do { try writer.write(bytes) } catch { throw .io((error as? CommandFailure)?.message ?? "\(error)") }
            }
        } else {
            output = .stream { bytes throws(EventFileError) in
                guard bytes.withUnsafeBytes({ OutputFile.Writer.writeAll($0, to: STDOUT_FILENO) }) else {
                    throw .io("cannot write to standard output: \(String(cString: strerror(errno)))")
                }
            }
        }
        let bar = ProgressBar("classifying")
        let summary = try EventFile.classify(
            reading.source, format: inputFormat, to: output, with: classifier, options: fileOptions
        ) { _ in
            if let size = reading.size { bar.update(reading.bytesRead, of: size) }
        }
        bar.finish()
        try writer?.commit()
        report(summary, seconds: (ContinuousClock.now - started) / .seconds(1))
    }

    /// The summary on stderr: counts, the first errors, the rows per de facto holder.
    private func report(_ summary: ClassifySummary, seconds: Double) {
        func count(_ value: Int) -> String {
            value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        }
        var lines = [
            "classify: \(count(summary.rows)) rows read, \(count(summary.classified)) classified, "
                + "\(count(summary.errors)) with errors in \(String(format: "%.2f", seconds)) s"
        ]
        if !summary.byHolder.isEmpty {
            lines.append(
                "  by de facto holder: "
                    + summary.byHolder.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                    .map { "\($0.key) \(count($0.value))" }.joined(separator: ", "))
        }
        lines += summary.firstErrors.map { "  error: \($0)" }
        if summary.errors > summary.firstErrors.count {
            lines.append("  … \(count(summary.errors - summary.firstErrors.count)) more in the 'error' column")
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

/// The input of `classify`: a file or standard input, its format, and how much was read.
final class InputFile {
    let format: EventFormat
    /// The file's size, for the progress bar (nil for standard input).
    let size: Int?
    private(set) var bytesRead = 0
    private let handle: FileHandle?
    private let geoPackagePath: String?
    /// Bytes taken from standard input to tell its format, handed out first.
    private var sniffed: [UInt8] = []

    init(path: String?) throws(CommandFailure) {
        if let path, path != "-" {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                let exists = FileManager.default.fileExists(atPath: path)
                throw CommandFailure(
                    status: .noInput,
                    message: exists
                        ? "cannot read '\(path)': permission denied (check the file's permissions)"
                        : "no file '\(path)' (give an existing event file, or - for standard input)")
            }
            size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            let named = EventFormat(fileName: path)
            if named == .gpkg {
                format = .gpkg
                geoPackagePath = path
                self.handle = nil
                return
            }
            if named == .jsonl {
                throw CommandFailure(
                    status: .usage, message: "JSONL is an output format only; give CSV, GeoJSON or GeoPackage input")
            }
            format = named ?? .csv
            self.handle = handle
            geoPackagePath = nil
        } else {
            handle = FileHandle.standardInput
            size = nil
            geoPackagePath = nil
            // Standard input has no name: a '{' first means GeoJSON.
            sniffed = Array((try? handle!.read(upToCount: 4096)) ?? Data())
            let first = sniffed.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
            format = first == 0x7B ? .geojson : .csv
        }
    }

    var source: EventFile.Input {
        if let geoPackagePath { return .geoPackage(path: geoPackagePath) }
        return .stream { [self] buffer, count throws(EventFileError) in
            if !sniffed.isEmpty {
                buffer += sniffed
                defer { sniffed = [] }
                bytesRead += sniffed.count
                return sniffed.count
            }
            let data: Data
            do {
                data = try handle!.read(upToCount: count) ?? Data()
            } catch {
                throw .io("cannot read the input: \(error.localizedDescription)")
            }
            buffer.append(contentsOf: data)
            bytesRead += data.count
            return data.count
        }
    }
}
