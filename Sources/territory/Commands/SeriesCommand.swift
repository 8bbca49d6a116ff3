import ArgumentParser
import Foundation
import Territory

extension SeriesStep: ExpressibleByArgument {}

/// `territory series`: area per holder at regular dates.
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "Area per holder (km²) at every step from one date to another.",
        discussion: "CSV: a header 'date,<holder ids>', then one row per date with each holder's km².")

    @OptionGroup var options: DataOptions
    @Option(help: "The first day.", transform: parseDate) var from: DatedDay
    @Option(help: "The last day (included when a step lands on it).", transform: parseDate) var to: DatedDay
    @Option(help: "The spacing of the dates.") var step: SeriesStep
    @Option(help: "de-facto or de-jure.") var layer: Layer = .deFacto
    @Option(help: "Output format.") var format: SeriesFormat = .table

    func run() throws {
        let series = try options.atlas().series(from: from.day, to: to.day, step: step, layer: layer)
        switch format {
        case .json:
            emit(try AnswerJSON.text(series))
        case .csv:
            let records =
                [CSV.record(["date"] + series.holders)]
                + series.rows.map { row in
                    CSV.record([row.date.description] + row.areasKm2.map { String(format: "%.3f", $0) })
                }
            emit(records.joined())
        case .table:
            var table = Table(
                headers: ["date"] + series.holders.map { "\($0) km²" },
                numeric: Set(series.holders.indices.map { $0 + 1 }))
            for row in series.rows {
                table.append([row.date.description] + row.areasKm2.map { Formatting.grouped($0) })
            }
            emit(table.rendered)
        }
    }

}
