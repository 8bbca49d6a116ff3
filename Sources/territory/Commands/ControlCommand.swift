import ArgumentParser
import Territory

/// `territory control`: who held a point on a day.
struct ControlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract: "Who held a position or a named place on a date, de facto and de jure.")

    @OptionGroup var options: DataOptions
    @Option(help: "The day (YYYY, YYYY-MM or YYYY-MM-DD).", transform: parseDate) var date: DatedDay
    @Option(
        help: ArgumentHelp("A position in degrees, latitude first.", valueName: "lat,lon"),
        transform: parsePositionArgument)
    var at: Coordinate?
    @Option(help: ArgumentHelp("A place from 'territory places', by any of its names.", valueName: "name"))
    var place: String?
    @Option(help: "Output format.") var format: TableFormat = .table

    private struct ControlJSON: Encodable {
        var date: String
        @NullWhenAbsent var place: String?
        var location: LocationJSON
        @NullWhenAbsent var de_facto: HolderJSON?
        @NullWhenAbsent var de_jure: HolderJSON?
        var units: [String]
        @NullWhenAbsent var district: DistrictJSON?
        var zones: [ZoneJSON]
        var corridors: [String]
        var certainty: String
        var uncertainties: [UncertaintyJSON]
    }

    private struct LocationJSON: Encodable {
        var lat: Double
        var lon: Double
    }

    /// The first-level unit in force on the day.
    private struct DistrictJSON: Encodable {
        var id: String
        var name: String
        @NullWhenAbsent var iso: String?
    }

    /// Every other unit containing the position (countries, historical areas, drawn zones).
    private struct ZoneJSON: Encodable {
        var id: String
        var name: String
        var kind: String
    }

    private struct HolderJSON: Encodable {
        var id: String
        var name: String
    }

    func validate() throws {
        guard (at == nil) != (place == nil) else {
            throw ValidationError("give exactly one of --at LAT,LON and --place NAME")
        }
    }

    func run() throws {
        let atlas = try options.atlas()
        let answer =
            if let place {
                try atlas.control(atPlace: place, on: date.day)
            } else {
                try atlas.control(at: at!, on: date.day)
            }
        let holder = { (id: String?) in
            id.map { HolderJSON(id: $0, name: atlas.dataset.entity(id: $0)?.name ?? $0) }
        }
        let district = answer.district.flatMap { atlas.dataset.unit(id: $0) }.map {
            DistrictJSON(id: $0.id, name: $0.name, iso: $0.iso3166_2)
        }
        let zones = answer.units.filter { $0 != answer.district }.compactMap { atlas.dataset.unit(id: $0) }.map {
            ZoneJSON(id: $0.id, name: $0.name, kind: $0.kind.rawValue)
        }
        switch format {
        case .json:
            emit(
                try Formatting.json(
                    ControlJSON(
                        date: answer.date.description, place: answer.place,
                        location: LocationJSON(lat: answer.coordinate.y, lon: answer.coordinate.x),
                        de_facto: holder(answer.deFacto), de_jure: holder(answer.deJure), units: answer.units,
                        district: district, zones: zones, corridors: answer.corridors, certainty: answer.certainty.word,
                        uncertainties: answer.certainty.doubts.map(UncertaintyJSON.init))))
        case .table:
            let position = "\(answer.coordinate.y),\(answer.coordinate.x)"
            let location = answer.place.map { "\($0) (\(position))" } ?? position
            func describe(_ id: String?) -> String {
                guard let holder = holder(id) else { return "nobody" }
                return "\(holder.id) (\(holder.name))"
            }
            var districtText = "none"
            if let district {
                let iso = district.iso.map { ", \($0)" } ?? ""
                districtText = "\(district.id) (\(district.name)\(iso))"
            }
            let zoneTexts: [String] = zones.map { "\($0.id) (\($0.kind))" }
            let zonesText = zoneTexts.isEmpty ? "none" : zoneTexts.joined(separator: ", ")
            var lines = [
                "\(location) on \(answer.date)",
                "de facto:  " + describe(answer.deFacto),
                "de jure:   " + describe(answer.deJure),
                "district:  " + districtText,
                "zones:     " + zonesText,
                "corridors: " + (answer.corridors.isEmpty ? "none" : answer.corridors.joined(separator: ", ")),
            ]
            let doubts = answer.certainty.tableLines(withArea: false)
            lines += doubts.isEmpty ? ["certainty: certain"] : doubts
            emit(lines.map { $0 + "\n" }.joined())
        }
    }
}
