import ArgumentParser
import Territory

/// `territory diff`: what changed hands between two days.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "What changed hands between two dates: area per (from, to) pair.")

    @OptionGroup var options: DataOptions
    @Option(help: "The earlier day.", transform: parseDate) var from: DatedDay
    @Option(help: "The later day.", transform: parseDate) var to: DatedDay
    @Option(help: "de-facto or de-jure.") var layer: Layer = .deFacto
    @Option(help: "Output format.") var format: TableFormat = .table

    func run() throws {
        let diff = try options.atlas().diff(from: from.day, to: to.day, layer: layer)
        switch format {
        case .json:
            emit(try AnswerJSON.text(diff))
        case .table:
            var table = Table("from", "to", "area km²", numeric: [2])
            for change in diff.changes {
                table.append(change.from ?? "nobody", change.to ?? "nobody", Formatting.grouped(change.areaKm2))
            }
            let heading = "\(diff.layer.rawValue) changes from \(diff.from) to \(diff.to)"
            emit(heading + "\n" + (diff.changes.isEmpty ? "no ground changed hands\n" : table.rendered))
        }
    }
}
