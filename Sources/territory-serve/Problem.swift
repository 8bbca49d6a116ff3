import Foundation
import Hummingbird
import NIOCore
import NIOHTTPTypes
import Territory

/// An error answered as an RFC 9457 problem document (`application/problem+json`): a status, a
/// title naming the kind of problem, and a one-line `detail` saying what was wrong and what to do.
struct Problem: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var detail: String
    /// Extra headers, e.g. `Allow` for 405.
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ detail: String, headers: HTTPFields = [:]) {
        self.status = status
        // One line: a multi-line message would not fit a log line or a client's status bar.
        self.detail = detail.replacingOccurrences(of: "\n", with: " ")
        self.headers = headers
    }

    /// A 400 for a bad query parameter.
    static func badRequest(_ detail: String) -> Problem { Problem(.badRequest, detail) }

    /// A 404 for a missing resource.
    static func notFound(_ detail: String) -> Problem { Problem(.notFound, detail) }

    /// The problem document.
    var json: String {
        let document: [String: JSONValue] = [
            "type": .string("about:blank"),
            "title": .string(status.reasonPhrase),
            "status": .number(Double(status.code)),
            "detail": .string(detail),
        ]
        return JSONValue.object(document).json
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: json + "\n")))
    }

    /// Writes the problem as a whole response on a connection, below the router: for the channel
    /// handlers that answer before a request reaches it. With `closing`, it says `Connection: close`.
    func write(to context: ChannelHandlerContext, closing: Bool) {
        let body = ByteBuffer(string: json + "\n")
        var fields = headers
        fields[.contentType] = "application/problem+json"
        fields[.contentLength] = String(body.readableBytes)
        if closing { fields[.connection] = "close" }
        context.write(NIOAny(HTTPResponsePart.head(HTTPResponse(status: status, headerFields: fields))), promise: nil)
        context.write(NIOAny(HTTPResponsePart.body(body)), promise: nil)
        context.writeAndFlush(NIOAny(HTTPResponsePart.end(nil)), promise: nil)
    }
}
