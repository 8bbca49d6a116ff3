import ArgumentParser
import Territory

/// `territory places`: the gazetteer.
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places", abstract: "List the named places with their aliases and positions.")

    @OptionGroup var options: DataOptions
    @Option(help: "Output format.") var format: TableFormat = .table

    private struct PlaceJSON: Encodable {
        var id: String
        var kind: String
        var name: String
        var names: [String: String]
        var aliases: [String]
        var lat: Double
        var lon: Double
        @NullWhenAbsent var unit: String?
    }

    func run() throws {
        let places = try options.dataset().places
        switch format {
        case .json:
            emit(
                try Formatting.json(
                    places.map {
                        PlaceJSON(
                            id: $0.id, kind: $0.kind.rawValue, name: $0.name, names: $0.names.byLanguage,
                            aliases: $0.names.aliases, lat: $0.coordinate.y, lon: $0.coordinate.x, unit: $0.unit)
                    }))
        case .table:
            var table = Table("id", "kind", "name", "lat", "lon", "unit", "also", numeric: [3, 4])
            for place in places {
                table.append(
                    place.id, place.kind.rawValue, place.name, Formatting.grouped(place.coordinate.y, decimals: 4),
                    Formatting.grouped(place.coordinate.x, decimals: 4), place.unit ?? "",
                    otherNames(place.names).joined(separator: ", "))
            }
            emit(table.rendered)
        }
    }
}

/// Every spelling of a name but the English one, without repeats.
func otherNames(_ names: Names) -> [String] {
    var seen: Set<String> = [names.name]
    return names.all.filter { seen.insert($0).inserted }
}
