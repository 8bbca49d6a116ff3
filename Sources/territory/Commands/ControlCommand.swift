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
        switch format {
        case .json:
            emit(try AnswerJSON.text(answer))
        case .table:
            let position = "\(answer.coordinate.y),\(answer.coordinate.x)"
            let location = answer.place.map { "\($0) (\(position))" } ?? position
            func describe(_ id: String?, _ name: String?) -> String {
                guard let id else { return "nobody" }
                return "\(id) (\(name ?? id))"
            }
            var districtText = "none"
            if let district = answer.district {
                let iso = answer.districtISO.map { ", \($0)" } ?? ""
                districtText = "\(district) (\(answer.districtName ?? district)\(iso))"
            }
            let zoneTexts: [String] = answer.zones.map { "\($0.id) (\($0.kind.rawValue))" }
            let zonesText = zoneTexts.isEmpty ? "none" : zoneTexts.joined(separator: ", ")
            var lines = [
                "\(location) on \(answer.date)",
                "de facto:  " + describe(answer.deFacto, answer.deFactoName),
                "de jure:   " + describe(answer.deJure, answer.deJureName),
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
            let answer = try atlas.control(ofUnit: unit.id, on: day)
            switch format {
            case .json:
                emit(try AnswerJSON.text(answer))
            case .table:
                let lines =
                    [
                        "\(unit.id) (\(unit.name), a unit of \(Formatting.grouped(answer.areaKm2)) km²) on \(day)",
                        "de facto:  " + shareText(answer.deFacto),
                        "de jure:   " + shareText(answer.deJure),
                    ] + answer.certainty.tableLines(withArea: true)
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
