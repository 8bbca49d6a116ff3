import ArgumentParser
import Territory

/// `territory units`: the administrative units and zones.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units", abstract: "List the units (countries, districts, enclaves, zones) and their lifetimes.")

    @OptionGroup var options: DataOptions
    @Option(help: "Output format.") var format: TableFormat = .table

    /// A unit's row in the JSON listing. Not a Codable `Unit`: the listing leaves out what a unit
    /// record needs (its geometry reference, source, notes), so it could not be read back as one.
    private struct UnitJSON: Encodable {
        var id: String
        var kind: String
        var name: String
        var names: [String: String]
        var aliases: [String]
        @NullWhenAbsent var parent: String?
        @NullWhenAbsent var iso3166_2: String?
        @NullWhenAbsent var from: String?
        @NullWhenAbsent var to: String?
        @NullWhenAbsent var official_area_km2: Double?
    }

    func run() throws {
        let units = try options.dataset().units
        switch format {
        case .json:
            emit(
                try AnswerJSON.text(
                    units.map {
                        UnitJSON(
                            id: $0.id, kind: $0.kind.rawValue, name: $0.name, names: $0.names.byLanguage,
                            aliases: $0.names.aliases, parent: $0.parent, iso3166_2: $0.iso3166_2,
                            from: $0.lifetime.from?.description, to: $0.lifetime.to?.description,
                            official_area_km2: $0.officialAreaKm2)
                    }))
        case .table:
            var table = Table("id", "kind", "name", "parent", "from", "to", "official km²", "also", numeric: [6])
            for unit in units {
                table.append(
                    unit.id, unit.kind.rawValue, unit.name, unit.parent ?? "", unit.lifetime.from?.description ?? "",
                    unit.lifetime.to?.description ?? "", unit.officialAreaKm2.map { Formatting.grouped($0) } ?? "",
                    otherNames(unit.names).joined(separator: ", "))
            }
            emit(table.rendered)
        }
    }
}
