import ArgumentParser
import Territory

/// `territory places`: the gazetteer, or the places nearest a position.
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places", abstract: "List the named places with their aliases and positions.",
        discussion: """
            territory places                                   every place: the curated ones, then GeoNames towns
            territory places --near 40.68,46.36                the 10 nearest places, with geodesic distances
            territory places --near 40.68,46.36 --within 15    every place within 15 km, nearest first
            """)

    @OptionGroup var options: DataOptions
    @Option(
        help: ArgumentHelp("List the places nearest this position (degrees, latitude first).", valueName: "lat,lon"),
        transform: parsePositionArgument)
    var near: Coordinate?
    @Option(help: ArgumentHelp("With --near: only places within this many km.", valueName: "km")) var within: Double?
    @Option(help: ArgumentHelp("With --near: at most this many places (default 10, or all with --within).")) var limit:
        Int?
    @Option(help: "Output format.") var format: TableFormat = .table

    func validate() throws {
        if near == nil && (within != nil || limit != nil) {
            throw ValidationError("--within and --limit need --near LAT,LON")
        }
        if let within, !(within > 0) { throw ValidationError("--within must be a positive number of km") }
        if let limit, limit <= 0 { throw ValidationError("--limit must be a positive number") }
    }

    func run() throws {
        let dataset = try options.dataset()
        let found = try near.map {
            try dataset.places(near: $0, withinKm: within, limit: limit ?? (within == nil ? 10 : dataset.places.count))
        }
        if format == .json {
            emit(try found.map { try AnswerJSON.text($0) } ?? AnswerJSON.text(dataset.places))
            return
        }
        let rows: [(place: Place, near: NearbyPlace?)] =
            found?.map { ($0.place, $0) } ?? dataset.places.map { ($0, nil) }
        var columns = ["id", "kind", "name", "lat", "lon", "unit", "also"]
        if near != nil { columns.insert(contentsOf: ["km", "towards"], at: 0) }
        var table = Table(headers: columns, numeric: near != nil ? [0, 5, 6] : [3, 4])
        for (place, nearby) in rows {
            var cells = [
                place.id, place.kind.rawValue, place.name, Formatting.grouped(place.coordinate.y, decimals: 4),
                Formatting.grouped(place.coordinate.x, decimals: 4), place.unit ?? "",
                otherNames(place.names).joined(separator: ", "),
            ]
            if let nearby {
                cells.insert(
                    contentsOf: [Formatting.grouped(nearby.kilometers, decimals: 2), compass(nearby.azimuth)], at: 0)
            }
            table.append(cells)
        }
        emit(table.rendered)
    }

    private func compass(_ azimuth: Double) -> String {
        let points = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
        return points[Int((azimuth / 45).rounded()) % 8]
    }
}

/// Every spelling of a name but the English one, without repeats.
func otherNames(_ names: Names) -> [String] {
    var seen: Set<String> = [names.name]
    return names.all.filter { seen.insert($0).inserted }
}
