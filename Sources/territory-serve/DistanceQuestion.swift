import Territory

/// The library question `/distance` asks, chosen from its parameters as `territory distance`
/// chooses from its arguments. The answer is the library's value, printed by `AnswerJSON` as the
/// CLI prints it.
enum DistanceQuestion {
    /// `territory distance A B`: `LAT,LON` is a position, anything else a name.
    static func answer(_ atlas: Atlas, from first: String, to second: String) throws(QueryError) -> DistanceAnswer {
        var answer = try atlas.distance(from: locator(first), to: locator(second))
        // As the CLI: each end's query is the text as asked.
        answer.fromQuery = first
        answer.toQuery = second
        return answer
    }

    /// `LAT,LON` (degrees, latitude first, as `--at` reads it) as a position, anything else as a name.
    private static func locator(_ text: String) -> Locator {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2, let latitude = Double(parts[0].trimmingCharacters(in: .whitespaces)),
            let longitude = Double(parts[1].trimmingCharacters(in: .whitespaces))
        {
            return .coordinate(Coordinate(x: longitude, y: latitude))
        }
        return .name(text)
    }
}
