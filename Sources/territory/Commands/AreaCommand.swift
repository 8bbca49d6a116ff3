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

    private struct AreaJSON: Encodable {
        var name: String
        @NullWhenAbsent var unit: String? = nil
        @NullWhenAbsent var corridor: String? = nil
        @NullWhenAbsent var controller: String? = nil
        @NullWhenAbsent var members: [String]? = nil
        @NullWhenAbsent var date: String? = nil
        @NullWhenAbsent var layer: String? = nil
        var area_km2: Double
        @NullWhenAbsent var unit_area_km2: Double? = nil
        @NullWhenAbsent var percent_of_unit: Double? = nil
        @NullWhenAbsent var official_area_km2: Double? = nil
        @NullWhenAbsent var official_area_note: String? = nil
        @NullWhenAbsent var holders: [ShareJSON]? = nil
    }

    func validate() throws {
        if controller != nil && date == nil {
            throw ValidationError("--controller needs --date: ground is held on a day")
        }
    }

    func run() throws {
        let atlas = try options.atlas()
        var output = AreaJSON(name: name, area_km2: 0)
        if let date {
            output.date = date.day.description
        }
        switch (try resolve(atlas), date, controller) {
        case (.corridor(let corridor), _, nil):
            // The strip: the corridor's route on the day, widened to the corridor's width.
            let day = date?.day ?? Day.today()
            let report = try atlas.corridorReport(corridor.id, on: day)
            guard let strip = report.areaKm2 else {
                throw CommandFailure(
                    status: .usage,
                    message: "corridor '\(corridor.id)' has no width on \(day), so no strip to measure; "
                        + "'territory corridor \(corridor.id) --date \(day)' gives its route")
            }
            output.corridor = corridor.id
            output.date = day.description
            output.area_km2 = strip
        case (let thing, let date?, nil) where [.entity, .group].contains(thing.category):
            // All the ground an entity or a group's members held that day.
            let held = try atlas.area(of: nil, heldBy: thing.id, on: date.day, layer: layer)
            output.controller = held.holder
            output.members = thing.category == .group ? held.members : nil
            output.layer = layer.rawValue
            output.area_km2 = held.areaKm2
        case (.unit(let unit), let date?, let controller?):
            let held = try atlas.area(of: unit.id, heldBy: controller, on: date.day, layer: layer)
            let whole = try atlas.area(of: unit.id)
            output.unit = unit.id
            output.controller = held.holder
            output.members = atlas.dataset.group(id: held.holder ?? "") != nil ? held.members : nil
            output.layer = layer.rawValue
            output.area_km2 = held.areaKm2
            output.unit_area_km2 = whole.areaKm2
            output.percent_of_unit = 100 * held.areaKm2 / whole.areaKm2
        case (.unit(let unit), let date?, nil):
            let whole = try atlas.area(of: unit.id)
            let shares = try atlas.holders(of: unit.id, on: date.day, layer: layer)
            output.unit = unit.id
            output.layer = layer.rawValue
            output.area_km2 = whole.areaKm2
            output.holders = shares.map(ShareJSON.init)
        default:
            let whole = try atlas.area(of: name)
            output.unit = whole.unit
            output.area_km2 = whole.areaKm2
            output.official_area_km2 = whole.officialAreaKm2
            output.official_area_note = whole.officialAreaNote
        }
        switch format {
        case .json:
            emit(try Formatting.json(output))
        case .table:
            emit(table(output))
        case .csv:
            emit(csv(output))
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
    private func csv(_ area: AreaJSON) -> String {
        let number = { (value: Double?) in value.map { "\($0)" } ?? "" }
        let fields = [
            area.name, area.unit ?? "", area.controller ?? "", area.date ?? "", area.layer ?? "",
            number(area.area_km2), number(area.unit_area_km2), number(area.percent_of_unit),
            number(area.official_area_km2), area.official_area_note ?? "",
        ]
        let header = CSV.record([
            "name", "unit", "controller", "date", "layer", "area_km2", "unit_area_km2", "percent_of_unit",
            "official_area_km2", "official_area_note", "holder", "holder_area_km2",
        ])
        guard let holders = area.holders else { return header + CSV.record(fields + ["", ""]) }
        return header + holders.map { CSV.record(fields + [$0.holder ?? "", number($0.area_km2)]) }.joined()
    }

    private func table(_ area: AreaJSON) -> String {
        let members = area.members.map { " (\($0.isEmpty ? "no member counts" : $0.joined(separator: " + ")))" } ?? ""
        let strip = area.corridor.map { "\($0) corridor strip" }
        let subject = [area.unit ?? strip, area.controller.map { "held by \($0)\(members)" }].compactMap { $0 }.joined(
            separator: " ")
        let when = area.date.map { " on \($0)" + (area.layer.map { " (\($0))" } ?? "") } ?? ""
        var lines = ["\(subject)\(when): \(Formatting.grouped(area.area_km2)) km² (geodesic, WGS 84)"]
        if let percent = area.percent_of_unit, let whole = area.unit_area_km2 {
            lines.append(
                "\(Formatting.grouped(percent, decimals: 2)) % of \(area.unit ?? "")'s \(Formatting.grouped(whole)) km²"
            )
        }
        if let official = area.official_area_km2 {
            lines.append(
                "published: \(Formatting.grouped(official)) km²" + (area.official_area_note.map { " (\($0))" } ?? ""))
        }
        for share in area.holders ?? [] {
            lines.append("  \(share.holder ?? "nobody"): \(Formatting.grouped(share.area_km2)) km²")
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
