import ArgumentParser
import Territory

/// `territory distance`: the shortest geodesic between two places, units, corridors or positions.
struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "The shortest geodesic distance between two places, units, corridors or LAT,LON positions.",
        discussion: """
            Between polygons it is the distance between their nearest points (0 when they meet). \
            With --boundary, B must be a unit and the distance runs to its boundary, from inside or \
            outside: e.g. how far Stepanakert lies from the 1994 line of contact.

            Examples:
              territory distance Stepanakert Shusha
                  between two places
              territory distance Stepanakert zone-1994 --boundary
                  from a place to the 1994 line of contact
              territory distance 0.5,179.5 -0.5,-179.5
                  between two positions (negative ones as they are)
            """)

    @OptionGroup var options: DataOptions
    @Argument(help: ArgumentHelp("A name, or a position LAT,LON.", valueName: "a")) var first: String
    @Argument(help: ArgumentHelp("A name, or a position LAT,LON.", valueName: "b")) var second: String
    @Option(help: "The day that picks a corridor's route (default: its last route).", transform: parseDate)
    var date: DatedDay?
    @Flag(help: "Measure to the boundary of the unit B.") var boundary = false
    @Option(help: "Output format.") var format: TableFormat = .table

    func run() throws {
        let atlas = try options.atlas()
        let from = locator(first)
        var answer =
            if boundary {
                try atlas.distance(from: from, toBoundaryOf: second, on: date?.day)
            } else {
                try atlas.distance(from: from, to: locator(second), on: date?.day)
            }
        answer.fromQuery = NegativePositions.original(first)
        answer.toQuery = NegativePositions.original(second)
        switch format {
        case .json:
            emit(try AnswerJSON.text(answer))
        case .table:
            func end(_ label: String, _ point: Coordinate) -> String {
                "\(label) (nearest point \(Formatting.grouped(point.y, decimals: 5)),"
                    + "\(Formatting.grouped(point.x, decimals: 5)))"
            }
            emit(
                """
                \(Formatting.grouped(answer.kilometers, decimals: 3)) km
                from \(end(answer.fromID ?? answer.fromQuery, answer.fromPoint))
                to   \(end(answer.toID ?? answer.toQuery, answer.toPoint))
                method: \(answer.method)

                """)
        }
    }

    private func locator(_ text: String) -> Locator {
        parsePosition(text).map(Locator.coordinate) ?? .name(text)
    }
}
