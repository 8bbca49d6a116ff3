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
        var answer: AreaAnswer
        switch (try resolve(atlas), date, controller) {
        case (.corridor(let corridor), _, nil):
            // The strip: the corridor's route on the day, widened to the corridor's width.
            let day = date?.day ?? Day.today()
            do {
                answer = try atlas.area(ofCorridor: corridor.id, on: day)
            } catch {
                // No width: say which command gives the route instead.
                guard case .notApplicable(let reason) = error, corridor.widthMeters == nil, !corridor.routes.isEmpty
                else { throw error }
                throw CommandFailure(
                    status: .usage,
                    message: "\(reason); 'territory corridor \(corridor.id) --date \(day)' gives its route")
            }
        case (let thing, let date?, nil) where [.entity, .group].contains(thing.category):
            // All the ground an entity or a group's members held that day.
            answer = try atlas.area(of: nil, heldBy: thing.id, on: date.day, layer: layer)
        case (.unit(let unit), let date?, let controller?):
            answer = try atlas.area(of: unit.id, heldBy: controller, on: date.day, layer: layer)
        case (.unit(let unit), let date?, nil):
            answer = try atlas.area(of: unit.id, holdersOn: date.day, layer: layer)
        default:
            answer = try atlas.area(of: name)
        }
        answer.name = name
        switch format {
        case .json:
            emit(try AnswerJSON.text(answer))
        case .table:
            emit(table(answer))
        case .csv:
            emit(csv(answer))
        }
    }

    /// The unit called `name`, or with --date and no --controller also an entity; failing that, a
    /// corridor. A place, or an entity without --date, fails saying what to ask instead.
    private func resolve(_ atlas: Atlas) throws -> NamedThing {
        let categories: [NameCategory] = date != nil && controller == nil ? [.unit, .entity, .group] : [.unit]
        do {
            return try atlas.dataset.resolve(name, preferring: categories)
        } catch {
            let thing = try NameKinds.resolveElsewhere(name, after: error, in: atlas.dataset)
            let when = date.map { "--date \($0.day)" } ?? "--date YYYY-MM-DD"
            switch thing {
            case .corridor(let corridor) where controller != nil:
                throw NameKinds.failure(
                    name, thing, hint: "'territory corridor \(corridor.id) \(when)' says who held its route")
            case .corridor:
                return thing
            case .place(let place):
                let unit = place.unit.map { "its unit is \($0): 'territory area \($0)'" } ?? "it lies in no unit"
                throw NameKinds.failure(name, thing, hint: "a place is a point, with no area; \(unit)")
            case .entity, .group:
                throw NameKinds.failure(
                    name, thing,
                    hint: "the ground a controller held depends on the day: 'territory area \(thing.id) \(when)'")
            case .unit:
                return thing
            }
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
