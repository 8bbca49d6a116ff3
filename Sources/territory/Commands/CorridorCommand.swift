import ArgumentParser
import Territory

/// `territory corridor`: a corridor measured on a day.
struct CorridorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corridor",
        abstract: "A corridor on a date: status, route length, width, strip area, the territories it crosses.")

    @OptionGroup var options: DataOptions
    @Argument(help: "The corridor, by any of its names.") var name: String
    @Option(help: "The day (default: today).", transform: parseDate) var date: DatedDay?
    @Option(help: "Output format.") var format: TableFormat = .table

    private struct CorridorJSON: Encodable {
        var id: String
        var name: String
        var date: String
        @NullWhenAbsent var status: String?
        var route: String
        var length_km: Double
        @NullWhenAbsent var width_km: Double?
        @NullWhenAbsent var area_km2: Double?
        var segments: [SegmentJSON]
        var de_facto_segments: [SegmentJSON]
        var unit_segments: [SegmentJSON]
        var border_distances: [BorderJSON]
        var de_facto_border_distances: [BorderJSON]
        var controllers: [ControllerJSON]
        var checkpoints: [CheckpointJSON]
    }

    private struct SegmentJSON: Encodable {
        @NullWhenAbsent var territory: String?
        var length_km: Double

        init(_ segment: RouteSegment) {
            territory = segment.territory
            length_km = segment.lengthKm
        }
    }

    private struct BorderJSON: Encodable {
        var territory: String
        var distance_km: Double

        init(_ border: BorderDistance) {
            territory = border.territory
            distance_km = border.distanceKm
        }
    }

    private struct ControllerJSON: Encodable {
        var entity: String
        var role: String
    }

    private struct CheckpointJSON: Encodable {
        var id: String
        var place: String
        var by: String
    }

    func run() throws {
        let atlas = try options.atlas()
        let day = date?.day ?? Day.today()
        let report: CorridorReport
        do {
            report = try atlas.corridorReport(name, on: day)
        } catch {
            throw Self.otherKind(try NameKinds.resolveElsewhere(name, after: error, in: atlas.dataset), name, day)
        }
        let corridor = atlas.dataset.corridor(id: report.corridor)
        let output = CorridorJSON(
            id: report.corridor, name: corridor?.name ?? report.corridor, date: report.date.description,
            status: report.status?.status.rawValue, route: report.route.id, length_km: report.lengthKm,
            width_km: report.widthKm, area_km2: report.areaKm2, segments: report.segments.map(SegmentJSON.init),
            de_facto_segments: report.deFactoSegments.map(SegmentJSON.init),
            unit_segments: report.unitSegments.map(SegmentJSON.init),
            border_distances: report.borderDistances.map(BorderJSON.init),
            de_facto_border_distances: report.deFactoBorderDistances.map(BorderJSON.init),
            controllers: report.controllers.map { ControllerJSON(entity: $0.entity, role: $0.role.rawValue) },
            checkpoints: report.checkpoints.map { CheckpointJSON(id: $0.id, place: $0.place, by: $0.by) })
        switch format {
        case .json:
            emit(try Formatting.json(output))
        case .table:
            emit(table(output))
        }
    }

    private func table(_ corridor: CorridorJSON) -> String {
        var strip = ", no width recorded"
        if let width = corridor.width_km, let area = corridor.area_km2 {
            strip = ", \(Formatting.grouped(width, decimals: 2)) km wide, strip \(Formatting.grouped(area)) km²"
        }
        var text = """
            \(corridor.name) (\(corridor.id)) on \(corridor.date): \(corridor.status ?? "no status recorded")
            route \(corridor.route): \(Formatting.grouped(corridor.length_km, decimals: 2)) km long\(strip)

            """
        for (title, segments) in [
            ("sovereign territory", corridor.segments), ("held by", corridor.de_facto_segments),
            ("unit", corridor.unit_segments),
        ] {
            var table = Table(title, "km", numeric: [1])
            for segment in segments {
                table.append(
                    segment.territory ?? "outside the dataset", Formatting.grouped(segment.length_km, decimals: 2))
            }
            text += "\n" + table.rendered
        }
        for (title, borders) in [
            ("other sovereign within 50 km", corridor.border_distances),
            ("other holder within 50 km", corridor.de_facto_border_distances),
        ] where !borders.isEmpty {
            var table = Table(title, "km away", numeric: [1])
            for border in borders {
                table.append(border.territory, Formatting.grouped(border.distance_km, decimals: 2))
            }
            text += "\n" + table.rendered
        }
        let roles = corridor.controllers.map { "\($0.entity) (\($0.role))" }
        if !roles.isEmpty { text += "\ncontrolled or guaranteed by: " + roles.joined(separator: ", ") + "\n" }
        let checkpoints = corridor.checkpoints.map { "\($0.place) by \($0.by)" }
        if !checkpoints.isEmpty { text += "checkpoints: " + checkpoints.joined(separator: ", ") + "\n" }
        return text
    }

    /// A unit, place or entity given where a corridor was expected: which command answers for it.
    private static func otherKind(_ thing: NamedThing, _ name: String, _ day: Day) -> CommandFailure {
        let hint =
            switch thing {
            case .unit(let unit): "'territory area \(unit.id) --date \(day)' gives its holders"
            case .place(let place): "'territory control --place \(place.id) --date \(day)' says who held it"
            case .entity, .group: "'territory area \(thing.id) --date \(day)' gives the ground it held"
            case .corridor: preconditionFailure("corridorReport found no corridor of this name")
            }
        return NameKinds.failure(name, thing, hint: hint)
    }
}
