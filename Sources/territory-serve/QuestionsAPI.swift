import Hummingbird
import Territory

/// `/control`, `/snapshot`, `/area` and `/distance`: the CLI's questions over HTTP, answered by
/// the library through the atlas pool, as the CLI's JSON.
struct QuestionsAPI: Sendable {
    let pool: AtlasPool

    func control(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request, allowed: ["lat", "lon", "date"])
        let latitude = try query.number("lat", in: -90...90, example: "39.815")
        let longitude = try query.number("lon", in: -180...180, example: "46.752")
        let day = try requiredDay(query)
        return try await answer { atlas throws(QueryError) in
            try Answers.control(atlas, at: Coordinate(x: longitude, y: latitude), on: day)
        }
    }

    func snapshot(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request, allowed: ["date", "layer"])
        let day = try requiredDay(query)
        let layer = Layer(rawValue: try query.choice("layer", of: ["de-facto", "de-jure"], default: "de-facto"))!
        return try await answer { atlas throws(QueryError) in try Answers.snapshot(atlas, on: day, layer: layer) }
    }

    func area(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request, allowed: ["name", "date", "controller"])
        let name = try query.required("name", example: "Lachin")
        let day = try query.day("date")
        let controller = query["controller"]
        if controller != nil && day == nil {
            throw Problem.badRequest("controller needs date: ground is held on a day, e.g. &date=1994-05-12")
        }
        return try await answer { atlas throws(QueryError) in
            try Answers.area(atlas, name: name, on: day, controller: controller)
        }
    }

    func distance(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request, allowed: ["a", "b"])
        let first = try query.required("a", example: "Stepanakert")
        let second = try query.required("b", example: "Shusha")
        return try await answer { atlas throws(QueryError) in try Answers.distance(atlas, from: first, to: second) }
    }

    private func requiredDay(_ query: QueryParameters) throws(Problem) -> Day {
        _ = try query.required("date", example: "2021-01-01")
        return try query.day("date")!
    }

    /// Runs a question on a worker; a refused question (unknown name, date out of range, a
    /// position outside lon/lat) is the client's 400, a geometry failure the server's 500.
    private func answer(_ body: @escaping @Sendable (Atlas) throws(QueryError) -> JSONValue) async throws -> Response {
        let outcome: Result<JSONValue, QueryError> = try await pool.run { atlas in
            do throws(QueryError) {
                return .success(try body(atlas))
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let value):
            return Reply.json(value)
        case .failure(.geometry(let message)):
            throw Problem(.internalServerError, "the dataset's geometry could not be computed: \(message)")
        case .failure(let error):
            throw Problem.badRequest(error.description)
        }
    }
}
