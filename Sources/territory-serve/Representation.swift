import Hummingbird
import Territory

/// What a client asked for: JSON (GeoJSON for features) or an HTML page, by `f=json|html` or,
/// without `f`, by its Accept header (a browser's `text/html` wins; anything else gets JSON).
enum Representation {
    case json
    case html

    init(_ request: Request, _ query: QueryParameters) throws(Problem) {
        switch try query.choice("f", of: ["json", "html"], default: "") {
        case "json": self = .json
        case "html": self = .html
        default:
            let accept = request.headers[.accept] ?? ""
            self = accept.contains("text/html") ? .html : .json
        }
    }
}

/// Responses with the right media types.
enum Reply {
    static func json(_ value: JSONValue, type: String = "application/json") -> Response {
        text(value.json, type: type)
    }

    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ page: String) -> Response { text(page, type: "text/html; charset=utf-8") }
}

/// Where links point: the scheme and authority the client used (its Host header, when it is a
/// plain host name or address), else the address the server listens on.
struct BaseURL: Sendable {
    var fallback: String

    func of(_ request: Request) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]")
        if let authority = request.head.authority, !authority.isEmpty, authority.count <= 255,
            authority.allSatisfy(allowed.contains)
        {
            return "http://" + authority
        }
        return fallback
    }
}
