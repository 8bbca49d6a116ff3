import ArgumentParser
import Territory

/// `territory area`: the geodesic area of a unit, or of the part of it a holder held on a day.
struct AreaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "area",
        abstract: "The geodesic area of a unit, or of the ground a controller held in it (or at all) on a date.",
        discussion: """
            Examples:
              territory area Azerbaijan
                  the unit as drawn, with its published area
              territory area Azerbaijan --date 1994-05-12 --controller NKR
                  what NKR held inside it that day
              territory area NKR --date 1994-05-12
                  everything NKR held that day
              territory area Azerbaijan --date 1994-05-12 --controller armenian-forces
                  what a side (a group: ARM and NKR) held inside it that day
              territory area Lachin --date 2021-06-01
                  the unit's holders that day
              territory area "Lachin corridor" --date 2021-06-01
                  a corridor's strip: its route widened to the corridor's width
            """)

    @OptionGroup var options: DataOptions
    @Argument(help: "A unit, a corridor (its strip), or with --date an entity or entity group, by any of its names.")
    var name: String
    @Option(help: "The day (YYYY, YYYY-MM or YYYY-MM-DD).", transform: parseDate) var date: DatedDay?
    @Option(
        help: ArgumentHelp(
            "Only the ground this entity or entity group (e.g. armenian-forces) held (needs --date).", valueName: "id"))
    var controller: String?
    @Option(help: "de-facto or de-jure, for --controller.") var layer: Layer = .deFacto
    @Option(help: "Output format.") var format: AreaFormat = .table

    func validate() throws {
        if controller != nil && date == nil {
            throw ValidationError("--controller needs --date: ground is held on a day")
        }
    }

    func run() throws {
        let atlas = try options.atlas()
        let answer: AreaAnswer
        do {
            answer = try atlas.area(named: name, on: date?.day, heldBy: controller, layer: layer)
        } catch {
            throw try explain(error, atlas.dataset)
        }
        switch format {
        case .json:
            emit(try AnswerJSON.text(answer))
        case .table:
            emit(table(answer))
        case .csv:
            emit(csv(answer))
        }
    }

    /// The failure to report for `error`: for a name of a kind `area` does not measure (a place,
    /// an entity without --date, a corridor with --controller), or a corridor with no width, what
    /// to ask instead; any other error as it is.
    private func explain(_ error: QueryError, _ dataset: Dataset) throws -> any Error {
        if case .notApplicable(let reason) = error, case .corridor(let corridor)? = try? dataset.resolve(name),
            corridor.widthMeters == nil, !corridor.routes.isEmpty
        {
            let day = date?.day ?? Day.today()
            return CommandFailure(
                status: .usage, message: "\(reason); 'territory corridor \(corridor.id) --date \(day)' gives its route")
        }
        guard case .unknownName(name, _, _) = error else { return error }
        let thing = try NameKinds.resolveElsewhere(name, after: error, in: dataset)
        let when = date.map { "--date \($0.day)" } ?? "--date YYYY-MM-DD"
        switch thing {
        case .corridor(let corridor) where controller != nil:
            return NameKinds.failure(
                name, thing, hint: "'territory corridor \(corridor.id) \(when)' says who held its route")
        case .place(let place):
            let unit = place.unit.map { "its unit is \($0): 'territory area \($0)'" } ?? "it lies in no unit"
            return NameKinds.failure(name, thing, hint: "a place is a point, with no area; \(unit)")
        case .entity, .group:
            return NameKinds.failure(
                name, thing,
                hint: "the ground a controller held depends on the day: 'territory area \(thing.id) \(when)'")
        case .unit, .corridor:
            return error
        }
    }

    /// The JSON fields as CSV columns, one row per holder share when the unit's holders are listed.
    private func csv(_ area: AreaAnswer) -> String {
        let number = { (value: Double?) in value.map { "\($0)" } ?? "" }
        let fields = [
            area.name, area.unit ?? "", area.holder ?? "", area.date?.description ?? "", area.layer?.rawValue ?? "",
            number(area.areaKm2), number(area.unitAreaKm2), number(area.percentOfUnit),
            number(area.officialAreaKm2), area.officialAreaNote ?? "",
        ]
        let header = CSV.record([
            "name", "unit", "controller", "date", "layer", "area_km2", "unit_area_km2", "percent_of_unit",
            "official_area_km2", "official_area_note", "holder", "holder_area_km2",
        ])
        guard let holders = area.holders else { return header + CSV.record(fields + ["", ""]) }
        return header + holders.map { CSV.record(fields + [$0.holder ?? "", number($0.areaKm2)]) }.joined()
    }

    private func table(_ area: AreaAnswer) -> String {
        let groupMembers = area.holder == nil || area.members == [area.holder] ? nil : area.members
        let members = groupMembers.map { " (\($0.isEmpty ? "no member counts" : $0.joined(separator: " + ")))" } ?? ""
        let strip = area.corridor.map { "\($0) corridor strip" }
        let subject = [area.unit ?? strip, area.holder.map { "held by \($0)\(members)" }].compactMap { $0 }.joined(
            separator: " ")
        let when = area.date.map { " on \($0)" + (area.layer.map { " (\($0.rawValue))" } ?? "") } ?? ""
        var lines = ["\(subject)\(when): \(Formatting.grouped(area.areaKm2)) km² (geodesic, WGS 84)"]
        if let percent = area.percentOfUnit, let whole = area.unitAreaKm2 {
            lines.append(
                "\(Formatting.grouped(percent, decimals: 2)) % of \(area.unit ?? "")'s \(Formatting.grouped(whole)) km²"
            )
        }
        if let official = area.officialAreaKm2 {
            lines.append(
                "published: \(Formatting.grouped(official)) km²" + (area.officialAreaNote.map { " (\($0))" } ?? ""))
        }
        for share in area.holders ?? [] {
            lines.append("  \(share.holder ?? "nobody"): \(Formatting.grouped(share.areaKm2)) km²")
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
