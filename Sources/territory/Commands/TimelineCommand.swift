import ArgumentParser
import Territory

/// `territory timeline`: the dated events, optionally those concerning one unit or one place.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "The events in date order: transfers of control or sovereignty, and milestones.")

    @OptionGroup var options: DataOptions
    @Option(
        help: ArgumentHelp(
            "Only events concerning this unit: transfers of ground that overlaps it, or events that list it.",
            valueName: "name"))
    var unit: String?
    @Option(
        help: ArgumentHelp(
            "Only events that name this place (a transfer's named places lie inside the ground it moves).",
            valueName: "name"))
    var place: String?
    @Option(help: "The first day included.", transform: parseDate) var from: DatedDay?
    @Option(help: "The last day included (a month or year includes all of it).", transform: parseDate)
    var to: DatedDay?
    @Option(help: "Output format.") var format: TableFormat = .table

    private struct EventJSON: Encodable {
        var id: String
        var date: String
        var precision: String
        var kind: String
        @NullWhenAbsent var layer: String?
        @NullWhenAbsent var subject: String?
        @NullWhenAbsent var from: String?
        @NullWhenAbsent var to: String?
        @NullWhenAbsent var name: String?
        var alternatives: [AlternativeJSON]
        @NullWhenAbsent var source: String?
        @NullWhenAbsent var note: String?
        var concerns: ConcernsJSON
    }

    private struct ConcernsJSON: Encodable {
        var units: [String]
        var places: [String]
    }

    private struct AlternativeJSON: Encodable {
        var date: String
        @NullWhenAbsent var source: String?
        @NullWhenAbsent var note: String?
    }

    func run() throws {
        let atlas = try options.atlas()
        // The last day a YYYY or YYYY-MM --to stands for.
        let last = to.flatMap { $0.window.to?.adding(days: -1) }
        let events = try atlas.timeline(unit: unit, place: place, from: from?.day, to: last)
        switch format {
        case .json:
            emit(
                try Formatting.json(
                    events.map {
                        EventJSON(
                            id: $0.id, date: $0.date.description, precision: $0.precision.rawValue,
                            kind: $0.kind.rawValue,
                            layer: $0.layer?.rawValue, subject: $0.subject, from: $0.from, to: $0.to, name: $0.name,
                            alternatives: $0.alternatives.map {
                                AlternativeJSON(date: $0.date.description, source: $0.source, note: $0.note)
                            },
                            source: $0.source, note: $0.note,
                            concerns: ConcernsJSON(units: $0.concerns.units, places: $0.concerns.places))
                    }))
        case .table:
            var table = Table("date", "layer", "subject", "from → to", "event")
            for event in events {
                let date = event.date.description + (event.precision == .day ? "" : " (\(event.precision.rawValue))")
                let change =
                    event.kind == .transfer ? "\(event.from ?? "nobody") → \(event.to ?? "nobody")" : ""
                let alternatives = event.alternatives.map { " (or \($0.date))" }.joined()
                table.append(
                    date, event.layer?.rawValue ?? "", event.subject ?? "", change,
                    (event.name ?? event.id) + alternatives)
            }
            emit(table.rendered)
        }
    }
}
