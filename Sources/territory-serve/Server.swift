import Foundation
import Hummingbird
import NIOCore
import Territory

/// The routes of the server over its data.
enum Server {
    /// How long a request head may take to arrive (see `RequestHeadDeadline`).
    static let requestHeadLimit = TimeAmount.seconds(10)
    /// How long a kept-alive connection may stay silent.
    static let idleTimeout = TimeAmount.seconds(60)

    static func router(features: FeaturesAPI, questions: QuestionsAPI, api: String, map: String) -> Router<
        BasicRequestContext
    > {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ProblemMiddleware())
        router.get("/") { request, _ in try features.landing(request) }
        router.get("/conformance") { request, _ in try features.conformance(request) }
        router.get("/api") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            return Reply.text(api, type: "application/vnd.oai.openapi+json;version=3.0")
        }
        router.get("/map") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            return Reply.html(map)
        }
        router.get("/collections") { request, _ in try features.collections(request) }
        router.get("/collections/:collectionId") { request, context in
            try features.collection(request, id: try context.parameters.require("collectionId"))
        }
        router.get("/collections/:collectionId/items") { request, context in
            try features.items(request, id: try context.parameters.require("collectionId"))
        }
        router.get("/collections/:collectionId/items/:featureId") { request, context in
            try features.item(
                request, id: try context.parameters.require("collectionId"),
                featureID: try context.parameters.require("featureId"))
        }
        router.get("/control") { request, _ in try questions.control(request) }
        router.get("/snapshot") { request, _ in try questions.snapshot(request) }
        router.get("/area") { request, _ in try questions.area(request) }
        router.get("/distance") { request, _ in try questions.distance(request) }
        return router
    }
}

/// Refuses every method but GET (the server is read only) and turns every error into a problem
/// document, so no response is a bare status or a stack trace.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get else {
            throw Problem(
                .methodNotAllowed, "\(request.method) is not served: this server is read only, use GET",
                headers: [.allow: "GET"])
        }
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as HTTPError where error.status == .notFound {
            throw Problem.notFound("there is nothing at \(request.uri.path.prefix(200)); start at / or /api")
        } catch let error as HTTPError {
            throw Problem(error.status, error.body ?? error.status.reasonPhrase)
        } catch {
            throw Problem(.internalServerError, "\(error)")
        }
    }
}
