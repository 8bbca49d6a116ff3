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

    private struct ControllerGroundJSON: Encodable {
        var date: String
        var layer: String
        var controller: String
        var name: String
        var area_km2: Double
        var parts: Int
        var members: [ShareJSON]
    }

    func validate() throws {
        if controller != nil && format == .geojson {
            throw ValidationError("--controller works with --format table or json")
        }
    }

    private struct SnapshotJSON: Encodable {
        var date: String
        var layer: String
        @NullWhenAbsent var valid_from: String?
        @NullWhenAbsent var valid_to: String?
        var certainty: String
        @NullWhenAbsent var reviewed: String?
        var uncertainties: [UncertaintyJSON]
        var controllers: [ControllerJSON]
        var units: [UnitJSON]
        var corridors: [CorridorJSON]
    }

    private struct ControllerJSON: Encodable {
        var id: String
        var name: String
        var area_km2: Double
        var parts: Int
    }

    private struct UnitJSON: Encodable {
        var id: String
        var name: String
        @NullWhenAbsent var de_facto: String?
        @NullWhenAbsent var de_jure: String?
        var de_facto_shares: [ShareJSON]
        var de_jure_shares: [ShareJSON]
    }

    private struct CorridorJSON: Encodable {
        var id: String
        var name: String
        @NullWhenAbsent var status: String?
        @NullWhenAbsent var route: String?
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
        let dataset = atlas.dataset
        let entityName = { (id: String) in dataset.entity(id: id)?.name ?? id }
        switch format {
        case .json:
            let shares = { (shares: [Share]) in shares.map(ShareJSON.init) }
            emit(
                try Formatting.json(
                    SnapshotJSON(
                        date: snapshot.date.description, layer: snapshot.layer.rawValue,
                        valid_from: snapshot.validity.from?.description, valid_to: snapshot.validity.to?.description,
                        certainty: snapshot.certainty.word, reviewed: atlas.dataset.info.reviewed?.description,
                        uncertainties: snapshot.certainty.doubts.map(UncertaintyJSON.init),
                        controllers: snapshot.holders.map {
                            ControllerJSON(
                                id: $0.holder, name: entityName($0.holder), area_km2: $0.areaKm2, parts: $0.partCount)
                        },
                        units: snapshot.units.map {
                            UnitJSON(
                                id: $0.unit, name: dataset.unit(id: $0.unit)?.name ?? $0.unit,
                                de_facto: $0.deFacto.first?.holder, de_jure: $0.deJure.first?.holder,
                                de_facto_shares: shares($0.deFacto), de_jure_shares: shares($0.deJure))
                        },
                        corridors: snapshot.corridors.map {
                            CorridorJSON(
                                id: $0.corridor, name: dataset.corridor(id: $0.corridor)?.name ?? $0.corridor,
                                status: $0.status?.status.rawValue, route: $0.route?.id)
                        })))
        case .table, .geojson:
            emit(table(snapshot, dataset: dataset))
        }
    }

    private func table(_ snapshot: Snapshot, dataset: Dataset) -> String {
        var text = "\(snapshot.layer.rawValue) on \(snapshot.date) (this state holds \(snapshot.validity))\n"
        text += snapshot.certainty.tableLines(withArea: true).map { $0 + "\n" }.joined()
        var holders = Table("holder", "name", "area km²", "parts", numeric: [2, 3])
        for ground in snapshot.holders {
            holders.append(
                ground.holder, dataset.entity(id: ground.holder)?.name ?? ground.holder,
                Formatting.grouped(ground.areaKm2), String(ground.partCount))
        }
        text += "\n" + holders.rendered
        var units = Table("unit", "name", "de facto", "de jure")
        for unit in snapshot.units {
            units.append(
                unit.unit, dataset.unit(id: unit.unit)?.name ?? unit.unit, shareText(unit.deFacto),
                shareText(unit.deJure)
            )
        }
        text += "\n" + units.rendered
        if !snapshot.corridors.isEmpty {
            var corridors = Table("corridor", "name", "status", "route")
            for state in snapshot.corridors {
                corridors.append(
                    state.corridor, dataset.corridor(id: state.corridor)?.name ?? state.corridor,
                    state.status?.status.rawValue ?? "", state.route?.id ?? "")
            }
            text += "\n" + corridors.rendered
        }
        return text
    }

    /// The ground of one entity or group, with its members' shares.
    private func side(_ name: String, atlas: Atlas) throws -> String {
        let ground = try atlas.ground(heldBy: name, on: date.day, layer: layer)
        let dataset = atlas.dataset
        let title = dataset.group(id: ground.controller)?.name ?? dataset.entity(id: ground.controller)?.name ?? ""
        if format == .json {
            return try Formatting.json(
                ControllerGroundJSON(
                    date: ground.date.description, layer: ground.layer.rawValue, controller: ground.controller,
                    name: title, area_km2: ground.areaKm2, parts: ground.partCount,
                    members: ground.members.map(ShareJSON.init)))
        }
        var text = "\(ground.controller) (\(title)), \(ground.layer.rawValue) on \(ground.date): "
        text += "\(Formatting.grouped(ground.areaKm2)) km² in \(ground.partCount) part(s)\n"
        var members = Table("member", "name", "area km²", numeric: [2])
        for share in ground.members {
            let id = share.holder ?? ""
            members.append(id, dataset.entity(id: id)?.name ?? id, Formatting.grouped(share.areaKm2))
        }
        return text + "\n" + members.rendered
    }

    /// `AZE`, or `NKR 3,210.5 + AZE 120.2` for a unit split between holders.
    private func describe(_ shares: [Share]) -> String {
        if shares.count == 1 { return shares[0].holder ?? "-" }
        return shares.map { "\($0.holder ?? "-") \(Formatting.grouped($0.areaKm2))" }.joined(separator: " + ")
    }
}
