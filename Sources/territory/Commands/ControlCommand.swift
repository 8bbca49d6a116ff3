import ArgumentParser
import Territory

/// `territory control`: who held a point on a day.
struct ControlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract: "Who held a position or a named place on a date, de facto and de jure.",
        discussion: """
            A unit given to --place (a district, Nagorno-Karabakh) gets its holders on the date, \
            with the area each held. After the day the dataset was last reviewed the answer is \
            marked projected: it carries the last known state forward.

            Examples:
              territory control --date 1993-01-01 --at 39.76,46.749
                  a position, latitude first
              territory control --date 2020-10-06 --place Jabrayil
                  a place by any of its names (here the sources disagree: uncertain)
              territory control --date 1991-06 --place Nagorno-Karabakh
                  a unit: its holders and their shares
            """)

    @OptionGroup var options: DataOptions
    @Option(help: "The day (YYYY, YYYY-MM or YYYY-MM-DD).", transform: parseDate) var date: DatedDay
    @Option(
        help: ArgumentHelp("A position in degrees, latitude first.", valueName: "lat,lon"),
        transform: parsePositionArgument)
    var at: Coordinate?
    @Option(
        help: ArgumentHelp(
            "A place from 'territory places', or a unit (its holders and their shares), by any of its names.",
            valueName: "name"))
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
        @NullWhenAbsent var reviewed: String?
        var uncertainties: [UncertaintyJSON]
    }

    private struct LocationJSON: Encodable {
        var lat: Double
        var lon: Double
    }

    /// A unit given to --place: its holders on the day, on both layers.
    private struct UnitJSON: Encodable {
        var date: String
        var unit: String
        var name: String
        var area_km2: Double
        var de_facto_shares: [ShareJSON]
        var de_jure_shares: [ShareJSON]
        var certainty: String
        @NullWhenAbsent var reviewed: String?
        var uncertainties: [UncertaintyJSON]
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
        let answer: ControlAnswer
        if let place {
            do {
                answer = try atlas.control(atPlace: place, on: date.day)
            } catch {
                try answerOtherKind(try NameKinds.resolveElsewhere(place, after: error, in: atlas.dataset), atlas)
                return
            }
        } else {
            do {
                answer = try atlas.control(at: at!, on: date.day)
            } catch {
                throw swapHint(error, atlas)
            }
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
                        reviewed: atlas.dataset.info.reviewed?.description,
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
            lines += answer.certainty.tableLines(withArea: false)
            emit(lines.map { $0 + "\n" }.joined())
        }
    }

    /// The error for a position outside the dataset's coverage; when latitude and longitude the
    /// other way round land inside it, it suggests that (a common slip: positions are LAT,LON).
    private func swapHint(_ error: QueryError, _ atlas: Atlas) -> any Error {
        guard case .outsideCoverage(let coordinate, _) = error else { return error }
        let swapped = Coordinate(x: coordinate.y, y: coordinate.x)
        guard (try? atlas.control(at: swapped, on: date.day)) != nil else { return error }
        return CommandFailure(
            status: .usage,
            message: "\(error); positions are latitude first: did you mean \(swapped.y),\(swapped.x)?")
    }

    /// --place named a unit, an entity or a corridor: a unit's holders with their shares, or
    /// which command answers for the others.
    private func answerOtherKind(_ thing: NamedThing, _ atlas: Atlas) throws {
        let day = date.day
        switch thing {
        case .unit(let unit):
            let deFacto = try atlas.holders(of: unit.id, on: day, layer: .deFacto)
            let deJure = try atlas.holders(of: unit.id, on: day, layer: .deJure)
            let area = try atlas.area(of: unit.id).areaKm2
            let certainty = try atlas.certainty(ofUnit: unit.id, on: day)
            let reviewed = atlas.dataset.info.reviewed
            switch format {
            case .json:
                emit(
                    try Formatting.json(
                        UnitJSON(
                            date: day.description, unit: unit.id, name: unit.name, area_km2: area,
                            de_facto_shares: deFacto.map(ShareJSON.init), de_jure_shares: deJure.map(ShareJSON.init),
                            certainty: certainty.word, reviewed: reviewed?.description,
                            uncertainties: certainty.doubts.map(UncertaintyJSON.init))))
            case .table:
                let lines =
                    [
                        "\(unit.id) (\(unit.name), a unit of \(Formatting.grouped(area)) km²) on \(day)",
                        "de facto:  " + shareText(deFacto),
                        "de jure:   " + shareText(deJure),
                    ] + certainty.tableLines(withArea: true)
                emit(lines.map { $0 + "\n" }.joined())
            }
        case .entity, .group:
            throw NameKinds.failure(
                place!, thing,
                hint: "for the ground it held that day, 'territory area \(thing.id) --date \(day)'; for one point, "
                    + "--at LAT,LON or --place with a town")
        case .corridor(let corridor):
            throw NameKinds.failure(
                place!, thing, hint: "'territory corridor \(corridor.id) --date \(day)' says who held its route")
        case .place:
            preconditionFailure("control(atPlace:) found no place of this name")
        }
    }
}
