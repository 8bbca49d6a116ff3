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

    func run() throws {
        let atlas = try options.atlas()
        // The last day a YYYY or YYYY-MM --to stands for.
        let last = to.flatMap { $0.window.to?.adding(days: -1) }
        let events = try atlas.timeline(unit: unit, place: place, from: from?.day, to: last)
        switch format {
        case .json:
            emit(try AnswerJSON.text(events))
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
