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

    func run() throws {
        let atlas = try options.atlas()
        let day = date?.day ?? Day.today()
        let report: CorridorReport
        do {
            report = try atlas.corridorReport(name, on: day)
        } catch {
            throw Self.otherKind(try NameKinds.resolveElsewhere(name, after: error, in: atlas.dataset), name, day)
        }
        switch format {
        case .json:
            emit(try AnswerJSON.text(report))
        case .table:
            emit(table(report))
        }
    }

    private func table(_ report: CorridorReport) -> String {
        var strip = ", no width recorded"
        if let width = report.widthKm, let area = report.areaKm2 {
            strip = ", \(Formatting.grouped(width, decimals: 2)) km wide, strip \(Formatting.grouped(area)) km²"
        }
        var text = """
            \(report.name) (\(report.corridor)) on \(report.date): \(report.status?.status.rawValue ?? "no status recorded")
            route \(report.route.id): \(Formatting.grouped(report.lengthKm, decimals: 2)) km long\(strip)

            """
        for (title, segments) in [
            ("sovereign territory", report.segments), ("held by", report.deFactoSegments),
            ("unit", report.unitSegments),
        ] {
            var table = Table(title, "km", numeric: [1])
            for segment in segments {
                table.append(
                    segment.territory ?? "outside the dataset", Formatting.grouped(segment.lengthKm, decimals: 2))
            }
            text += "\n" + table.rendered
        }
        for (title, borders) in [
            ("other sovereign within 50 km", report.borderDistances),
            ("other holder within 50 km", report.deFactoBorderDistances),
        ] where !borders.isEmpty {
            var table = Table(title, "km away", numeric: [1])
            for border in borders {
                table.append(border.territory, Formatting.grouped(border.distanceKm, decimals: 2))
            }
            text += "\n" + table.rendered
        }
        let roles = report.controllers.map { "\($0.entity) (\($0.role.rawValue))" }
        if !roles.isEmpty { text += "\ncontrolled or guaranteed by: " + roles.joined(separator: ", ") + "\n" }
        let checkpoints = report.checkpoints.map { "\($0.place) by \($0.by)" }
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
