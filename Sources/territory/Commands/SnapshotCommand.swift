import ArgumentParser
import Territory
import TerritoryRender

/// `territory snapshot`: who held what on a day.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Who held which ground on a date: each holder's area, each unit's holders, each corridor's status.")

    @OptionGroup var options: DataOptions
    @Option(help: "The day (YYYY, YYYY-MM or YYYY-MM-DD).", transform: parseDate) var date: DatedDay
    @Option(help: "de-facto (who controlled the ground) or de-jure (whose sovereign territory it was).")
    var layer: Layer = .deFacto
    @Option(
        help: ArgumentHelp(
            "Only the ground of this entity or entity group (e.g. armenian-forces), with each member's share.",
            valueName: "id"))
    var controller: String?
    @Option(help: "Output format.") var format: SnapshotFormat = .table

    func validate() throws {
        if controller != nil && format == .geojson {
            throw ValidationError("--controller works with --format table or json")
        }
    }

    func run() throws {
        let atlas = try options.atlas()
        if let controller {
            emit(try side(controller, atlas: atlas))
            return
        }
        if format == .geojson {
            emit(try atlas.geoJSON(on: date.day, kinds: [.ground]) + "\n")
            return
        }
        let snapshot = try atlas.snapshot(on: date.day, layer: layer)
        switch format {
        case .json:
            emit(try AnswerJSON.text(snapshot))
        case .table, .geojson:
            emit(table(snapshot))
        }
    }

    private func table(_ snapshot: Snapshot) -> String {
        var text = "\(snapshot.layer.rawValue) on \(snapshot.date) (this state holds \(snapshot.validity))\n"
        text += snapshot.certainty.tableLines(withArea: true).map { $0 + "\n" }.joined()
        var holders = Table("holder", "name", "area km²", "parts", numeric: [2, 3])
        for ground in snapshot.holders {
            holders.append(ground.holder, ground.name, Formatting.grouped(ground.areaKm2), String(ground.partCount))
        }
        text += "\n" + holders.rendered
        var units = Table("unit", "name", "de facto", "de jure")
        for unit in snapshot.units {
            units.append(unit.unit, unit.name, shareText(unit.deFacto), shareText(unit.deJure))
        }
        text += "\n" + units.rendered
        if !snapshot.corridors.isEmpty {
            var corridors = Table("corridor", "name", "status", "route")
            for state in snapshot.corridors {
                corridors.append(
                    state.corridor, state.name, state.status?.status.rawValue ?? "", state.route?.id ?? "")
            }
            text += "\n" + corridors.rendered
        }
        return text
    }

    /// The ground of one entity or group, with its members' shares.
    private func side(_ name: String, atlas: Atlas) throws -> String {
        let ground = try atlas.ground(heldBy: name, on: date.day, layer: layer)
        let dataset = atlas.dataset
        if format == .json { return try AnswerJSON.text(ground) }
        var text = "\(ground.controller) (\(ground.name)), \(ground.layer.rawValue) on \(ground.date): "
        text += "\(Formatting.grouped(ground.areaKm2)) km² in \(ground.partCount) part(s)\n"
        var members = Table("member", "name", "area km²", numeric: [2])
        for share in ground.members {
            let id = share.holder ?? ""
            members.append(id, dataset.entity(id: id)?.name ?? id, Formatting.grouped(share.areaKm2))
        }
        return text + "\n" + members.rendered
    }

}
