import Foundation
import Hummingbird
import Territory
import TerritoryRender

/// The OGC API - Features Part 1 Core resources: landing page, conformance, collections, items.
struct FeaturesAPI: Sendable {
    /// The most features one page holds; larger `limit`s are refused (400) rather than trimmed,
    /// as the API definition states the maximum.
    static let maximumLimit = 1000
    /// The page size without `limit`.
    static let defaultLimit = 100

    static let conformance = [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ]

    let store: FeatureStore
    let title: String
    let base: BaseURL

    func landing(_ request: Request) throws(Problem) -> Response {
        let query = try QueryParameters(request, allowed: ["f"])
        let root = base.of(request)
        let links: [JSONValue] = [
            link(root + "/?f=json", "self", "application/json", "This document"),
            link(root + "/?f=html", "alternate", "text/html", "This document as HTML"),
            link(root + "/api", "service-desc", "application/vnd.oai.openapi+json;version=3.0", "The API definition"),
            link(root + "/conformance", "conformance", "application/json", "Conformance classes"),
            link(root + "/collections", "data", "application/json", "The collections"),
            link(root + "/map", "alternate", "text/html", "The map, with a date slider"),
        ]
        switch try Representation(request, query) {
        case .json:
            return Reply.json(
                .object([
                    "title": .string(title),
                    "description": .string("Who held which ground on a date, as OGC API - Features (read only)."),
                    "links": .array(links),
                ]))
        case .html:
            return Reply.html(
                HTMLPage.render(
                    title: title,
                    body: """
                        <p>Who held which ground on a date, as OGC API – Features (read only).</p>
                        <ul>
                        <li><a href="/map">The map</a>, with a date slider (pan and zoom with the mouse, the keyboard or the buttons)</li>
                        <li><a href="/collections?f=html">The collections</a>: \(store.collections.map { "<a href=\"/collections/\($0.id)/items?f=html\">\($0.id)</a>" }.joined(separator: ", "))</li>
                        <li><a href="/api">The API definition</a> (OpenAPI 3.0)</li>
                        <li><a href="/conformance?f=html">Conformance classes</a></li>
                        <li>Questions: <a href="/control?lat=39.815&amp;lon=46.752&amp;date=2021-01-01">/control</a>, <a href="/snapshot?date=1994-05-12">/snapshot</a>, <a href="/area?name=Lachin&amp;date=2021-06-01">/area</a>, <a href="/distance?a=Stepanakert&amp;b=Shusha">/distance</a></li>
                        </ul>
                        """))
        }
    }

    func conformance(_ request: Request) throws(Problem) -> Response {
        let query = try QueryParameters(request, allowed: ["f"])
        switch try Representation(request, query) {
        case .json:
            return Reply.json(.object(["conformsTo": .array(Self.conformance.map { .string($0) })]))
        case .html:
            let items = Self.conformance.map { "<li>\($0.xmlEscaped)</li>" }.joined()
            return Reply.html(HTMLPage.render(title: "Conformance", body: "<ul>\(items)</ul>"))
        }
    }

    func collections(_ request: Request) throws(Problem) -> Response {
        let query = try QueryParameters(request, allowed: ["f"])
        let root = base.of(request)
        switch try Representation(request, query) {
        case .json:
            return Reply.json(
                .object([
                    "links": .array([
                        link(root + "/collections?f=json", "self", "application/json", "The collections"),
                        link(root + "/collections?f=html", "alternate", "text/html", "The collections as HTML"),
                    ]),
                    "collections": .array(store.collections.map { metadata($0, root: root) }),
                ]))
        case .html:
            let rows = store.collections.map { collection in
                "<tr><td><a href=\"/collections/\(collection.id)/items?f=html\">\(collection.id)</a></td>"
                    + "<td>\(collection.title.xmlEscaped)</td><td>\(collection.features.count)</td>"
                    + "<td>\(collection.description.xmlEscaped)</td></tr>"
            }
            return Reply.html(
                HTMLPage.render(
                    title: "Collections",
                    body: "<table><tr><th>id</th><th>title</th><th>features</th><th>description</th></tr>"
                        + rows.joined() + "</table>"))
        }
    }

    func collection(_ request: Request, id: String) throws(Problem) -> Response {
        let query = try QueryParameters(request, allowed: ["f"])
        let collection = try find(id)
        let root = base.of(request)
        switch try Representation(request, query) {
        case .json:
            return Reply.json(metadata(collection, root: root))
        case .html:
            return Reply.html(
                HTMLPage.render(
                    title: collection.title,
                    body:
                        "<p>\(collection.description.xmlEscaped)</p><p><a href=\"/collections/\(collection.id)/items?f=html\">"
                        + "Its \(collection.features.count) features</a></p>"))
        }
    }

    func items(_ request: Request, id: String) throws(Problem) -> Response {
        let collection = try find(id)
        let names = ["f", "bbox", "limit", "offset"] + (collection.hasTime ? ["datetime"] : [])
        let query = try QueryParameters(request, allowed: names)
        let representation = try Representation(request, query)
        let limit = try query.integer(
            "limit", in: 1...Self.maximumLimit, default: Self.defaultLimit,
            hint: " (the most one page holds; follow the 'next' links for more)")
        let offset = try query.integer("offset", in: 0...Int(Int32.max), default: 0, hint: "")
        let box = try query["bbox"].map { text throws(Problem) in try BoundingBox(parameter: text) }
        let time = try query["datetime"].map { text throws(Problem) in try TimeFilter(parameter: text) }

        var matched: [Int] = []
        for (index, feature) in collection.features.enumerated() {
            if let box, !(feature.bounds.map(box.intersects) ?? false) { continue }
            if let time, !(feature.period.map(time.overlaps) ?? false) { continue }
            matched.append(index)
        }
        let page = matched.dropFirst(offset).prefix(limit)
        let root = base.of(request)
        // Links repeat the filters so that following `next` pages through the same selection.
        var kept: [String] = []
        if let text = query["bbox"] { kept.append("bbox=" + escape(text)) }
        if let text = query["datetime"] { kept.append("datetime=" + escape(text)) }
        func pageURL(_ start: Int, _ format: String) -> String {
            let parameters = ["f=\(format)"] + kept + ["limit=\(limit)", "offset=\(start)"]
            return root + "/collections/\(collection.id)/items?" + parameters.joined(separator: "&")
        }
        switch representation {
        case .json:
            var links = [
                link(pageURL(offset, "json"), "self", "application/geo+json", "This page"),
                link(pageURL(offset, "html"), "alternate", "text/html", "This page as HTML"),
                link(root + "/collections/\(collection.id)", "collection", "application/json", collection.title),
            ]
            if offset + limit < matched.count {
                links.append(link(pageURL(offset + limit, "json"), "next", "application/geo+json", "The next page"))
            }
            if offset > 0 {
                links.append(
                    link(pageURL(max(0, offset - limit), "json"), "prev", "application/geo+json", "The previous page"))
            }
            // The features are serialised once at start; a page joins their text.
            var body = #"{"type":"FeatureCollection","features":["#
            body += page.map { collection.features[$0].json }.joined(separator: ",")
            body += #"],"numberMatched":\#(matched.count),"numberReturned":\#(page.count),"#
            body += #""timeStamp":\#(JSONValue.string(Self.timeStamp()).json),"links":\#(JSONValue.array(links).json)}"#
            return Reply.text(body, type: "application/geo+json")
        case .html:
            var html = "<p>\(matched.count) features match; \(page.count) shown from \(offset + 1).</p>"
            if offset + limit < matched.count {
                html += "<p><a href=\"\(pageURL(offset + limit, "html").xmlEscaped)\">Next page</a></p>"
            }
            html += "<table><tr><th>id</th><th>properties</th></tr>"
            for index in page {
                let feature = collection.features[index]
                let path = "/collections/\(collection.id)/items/\(escapePath(feature.id))?f=html"
                html += "<tr><td><a href=\"\(path.xmlEscaped)\">\(feature.id.xmlEscaped)</a></td>"
                html += "<td>\(properties(of: feature).xmlEscaped)</td></tr>"
            }
            return Reply.html(HTMLPage.render(title: collection.title, body: html + "</table>"))
        }
    }

    func item(_ request: Request, id: String, featureID rawID: String) throws(Problem) -> Response {
        let query = try QueryParameters(request, allowed: ["f"])
        let collection = try find(id)
        let featureID = rawID.removingPercentEncoding ?? rawID
        guard let index = collection.index[featureID] else {
            throw .notFound(
                "collection '\(collection.id)' has no feature '\(featureID.prefix(120))'; list them at /collections/\(collection.id)/items"
            )
        }
        let feature = collection.features[index]
        switch try Representation(request, query) {
        case .json:
            return Reply.text(feature.json, type: "application/geo+json")
        case .html:
            return Reply.html(
                HTMLPage.render(title: feature.id, body: "<pre>\(properties(of: feature).xmlEscaped)</pre>"))
        }
    }

    private func find(_ id: String) throws(Problem) -> StoredCollection {
        guard let collection = store.collection(id) else {
            let names = store.collections.map(\.id).joined(separator: ", ")
            throw .notFound("there is no collection '\(id.prefix(120))'; the collections are \(names)")
        }
        return collection
    }

    private func properties(of feature: StoredFeature) -> String {
        guard case .object(let object) = try? JSONValue(json: feature.json), let properties = object["properties"]
        else {
            return ""
        }
        return properties.json
    }

    private func metadata(_ collection: StoredCollection, root: String) -> JSONValue {
        let items = root + "/collections/\(collection.id)/items"
        var extent: [String: JSONValue] = [:]
        if let bounds = collection.bounds {
            extent["spatial"] = .object([
                "bbox": .array([bounds.json]), "crs": .string("http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
            ])
        }
        if let period = collection.period {
            extent["temporal"] = .object([
                "interval": .array([
                    .array([
                        period.from.map { .string($0.description + "T00:00:00Z") } ?? .null,
                        period.to.map { .string($0.description + "T00:00:00Z") } ?? .null,
                    ])
                ]),
                "trs": .string("http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"),
            ])
        }
        var object: [String: JSONValue] = [
            "id": .string(collection.id),
            "title": .string(collection.title),
            "description": .string(collection.description),
            "itemType": .string("feature"),
            "crs": .array([.string("http://www.opengis.net/def/crs/OGC/1.3/CRS84")]),
            "links": .array([
                link(root + "/collections/\(collection.id)", "self", "application/json", collection.title),
                link(items + "?f=json", "items", "application/geo+json", "The features"),
                link(items + "?f=html", "items", "text/html", "The features as HTML"),
            ]),
        ]
        if !extent.isEmpty { object["extent"] = .object(extent) }
        return .object(object)
    }

    private func link(_ href: String, _ relation: String, _ type: String, _ title: String) -> JSONValue {
        .object(["href": .string(href), "rel": .string(relation), "type": .string(type), "title": .string(title)])
    }

    private func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~,:")))
            ?? ""
    }

    private func escapePath(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~@")))
            ?? ""
    }

    private static func timeStamp() -> String { Date().ISO8601Format() }
}
