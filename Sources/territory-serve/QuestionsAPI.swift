import Foundation
import Hummingbird
import Territory

/// `/control`, `/snapshot`, `/area` and `/distance`: the CLI's questions over HTTP. The answers
/// are the library's values, encoded by `AnswerJSON`, the encoder `territory … --format json`
/// prints with, so the server and the CLI give the same bytes for the same question.
///
/// Every request asks the one shared `Atlas`: it is immutable and `Sendable` (its GEOS objects are
/// per-thread caches beside it), so requests run in parallel on every core without locks or copies.
struct QuestionsAPI: Sendable {
    let atlas: Atlas

    func control(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: ["lat", "lon", "date"])
        let latitude = try query.number("lat", in: -90...90, example: "39.815")
        let longitude = try query.number("lon", in: -180...180, example: "46.752")
        let day = try requiredDay(query)
        return try answer { atlas throws(QueryError) in
            try atlas.control(at: Coordinate(x: longitude, y: latitude), on: day)
        }
    }

    func snapshot(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: ["date", "layer"])
        let day = try requiredDay(query)
        let layer = try self.layer(query)
        return try answer { atlas throws(QueryError) in try atlas.snapshot(on: day, layer: layer) }
    }

    func area(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: ["name", "date", "controller", "layer"])
        let name = try query.required("name", example: "Lachin")
        let day = try query.day("date")
        let controller = query["controller"]
        let layer = try self.layer(query)
        if controller != nil && day == nil {
            throw Problem.badRequest("controller needs date: ground is held on a day, e.g. &date=1994-05-12")
        }
        return try answer { atlas throws(QueryError) in
            try atlas.area(named: name, on: day, heldBy: controller, layer: layer)
        }
    }

    func distance(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: ["a", "b"])
        let first = try query.required("a", example: "Stepanakert")
        let second = try query.required("b", example: "Shusha")
        return try answer { atlas throws(QueryError) in try DistanceQuestion.answer(atlas, from: first, to: second) }
    }

    private func requiredDay(_ query: QueryParameters) throws(Problem) -> Day {
        _ = try query.required("date", example: "2021-01-01")
        return try query.day("date")!
    }

    private func layer(_ query: QueryParameters) throws(Problem) -> Layer {
        Layer(rawValue: try query.choice("layer", of: ["de-facto", "de-jure"], default: "de-facto"))!
    }

    /// Asks the atlas and encodes the answer; a refused question (unknown name, date out of range,
    /// a position outside the coverage) is the client's 400, a geometry failure or an answer JSON
    /// cannot hold the server's 500.
    private func answer<Answer: Encodable>(_ question: (Atlas) throws(QueryError) -> Answer) throws(Problem) -> Response
    {
        let value: Answer
        do {
            value = try question(atlas)
        } catch .geometry(let message) {
            throw Problem(.internalServerError, "the dataset's geometry could not be computed: \(message)")
        } catch {
            throw .badRequest(error.description)
        }
        let data: Data
        do {
            data = try AnswerJSON.encode(value)
        } catch {
            throw Problem(.internalServerError, "the answer could not be written as JSON: \(error)")
        }
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
