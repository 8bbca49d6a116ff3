import ArgumentParser
import Foundation
import Territory
import TerritoryRender

/// `territory map`: who held what on a date, drawn as an SVG or PNG map.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw who held which ground on a date as a print-quality SVG map (or PNG).",
        discussion: """
            Ground is shaded by holder, with a legend of names and areas; ground whose de facto and \
            de jure holders differ is hatched in the other holder's colour; corridors are styled by \
            status. The projection is PROJ's Lambert azimuthal equal-area, centred on the dataset's \
            ground. --out FILE.png renders the SVG with rsvg-convert (Debian: librsvg2-bin). The file \
            is written atomically; an existing one is replaced only with --force.
            """)

    @OptionGroup var options: DataOptions
    @Option(help: "The day (YYYY, YYYY-MM or YYYY-MM-DD).", transform: parseDate) var date: DatedDay
    @Option(help: ArgumentHelp("The file to write, ending .svg or .png.", valueName: "file")) var out: String
    @Option(help: ArgumentHelp("The image's width in pixels.", valueName: "px")) var width = 1400
    @Option(help: "de-facto (who controlled the ground) or de-jure (whose territory it was).")
    var layer: Layer = .deFacto
    @Flag(help: "Replace the --out file if it exists.") var force = false
    @OptionGroup var writing: WriteReport

    private var isPNG: Bool { out.lowercased().hasSuffix(".png") }

    func validate() throws {
        try requireNonEmptyPath(out, option: "--out", expected: "the .svg or .png file to write")
        guard isPNG || out.lowercased().hasSuffix(".svg") else {
            throw ValidationError("--out must end in .svg or .png, not '\(out)'")
        }
        guard MapOptions.widths.contains(width) else {
            throw ValidationError(
                "--width must be \(MapOptions.widths.lowerBound) to \(MapOptions.widths.upperBound) pixels")
        }
    }

    func run() throws {
        let converter = isPNG ? try Self.rsvgConvert() : nil
        let svg = try options.atlas().svgMap(on: date.day, options: MapOptions(width: width, layer: layer))
        let file = OutputFile(path: out, replacesExisting: force, suggestedName: isPNG ? "map.png" : "map.svg")
        let bytes = try converter.map { try Self.png(from: svg, converter: $0) } ?? Array(svg.utf8)
        try file.write(bytes: bytes)
        writing.wrote(
            out,
            "\(isPNG ? "PNG" : "SVG") map of \(date.day) (\(layer.rawValue)), \(width) px wide, "
                + WriteReport.size(bytes.count))
    }

    /// The rsvg-convert executable on PATH.
    private static func rsvgConvert() throws(CommandFailure) -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("rsvg-convert")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw CommandFailure(
            status: .unavailable,
            message: "writing a PNG needs rsvg-convert, which is not on PATH (Debian: apt-get install librsvg2-bin); "
                + "or write --out FILE.svg")
    }

    /// The SVG rendered to PNG bytes by rsvg-convert, at the SVG's own pixel size.
    private static func png(from svg: String, converter: URL) throws -> [UInt8] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "territory-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("map.svg")
        let output = scratch.appendingPathComponent("map.png")
        try Data(svg.utf8).write(to: input)
        let process = Process()
        process.executableURL = converter
        process.arguments = ["--format", "png", "--background-color", "white", "--output", output.path, input.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let bytes = FileManager.default.contents(atPath: output.path) else {
            throw CommandFailure(
                status: .unavailable,
                message: "rsvg-convert failed (status \(process.terminationStatus)) turning the map into a PNG; "
                    + "write --out FILE.svg instead")
        }
        return Array(bytes)
    }
}
