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

    private struct SeriesJSON: Encodable {
        var layer: String
        var step: String
        var holders: [String]
        var rows: [RowJSON]
    }

    private struct RowJSON: Encodable {
        var date: String
        var areas_km2: [String: Double]
    }

    func run() throws {
        let series = try computeSeries(try options.atlas())
        switch format {
        case .json:
            emit(
                try Formatting.json(
                    SeriesJSON(
                        layer: layer.rawValue, step: step.rawValue, holders: series.holders,
                        rows: series.rows.map {
                            RowJSON(
                                date: $0.date.description,
                                areas_km2: Dictionary(uniqueKeysWithValues: zip(series.holders, $0.areasKm2)))
                        })))
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

    /// The series, one date at a time so that a progress bar can follow a long one. Each date is
    /// `from` plus a whole number of steps, as the library counts them, and the holders keep the
    /// library's order (first appearance, then id), so the result equals one `series` call.
    private func computeSeries(_ atlas: Atlas) throws -> (holders: [String], rows: [(date: Day, areasKm2: [Double])]) {
        // A yearly series over the range checks it as the library does (reversed, outside the
        // dataset) for the price of about a hundred rows.
        _ = try atlas.series(from: from.day, to: to.day, step: .year, layer: layer)
        var dates: [Day] = []
        while case let date = stepped(dates.count), date <= to.day { dates.append(date) }
        let progress = ProgressBar("series")
        defer { progress.finish() }
        var holders: [String] = []
        var areas: [(Day, [String: Double])] = []
        for (index, date) in dates.enumerated() {
            let single = try atlas.series(from: date, to: date, step: step, layer: layer)
            holders += single.holders.filter { !holders.contains($0) }
            areas.append((date, Dictionary(uniqueKeysWithValues: zip(single.holders, single.rows[0].areasKm2))))
            progress.update(index + 1, of: dates.count)
        }
        return (holders, areas.map { date, byHolder in (date, holders.map { byHolder[$0] ?? 0 }) })
    }

    private func stepped(_ count: Int) -> Day {
        switch step {
        case .day: return from.day.adding(days: count)
        case .month: return from.day.adding(months: count)
        case .year: return from.day.adding(years: count)
        }
    }
}
