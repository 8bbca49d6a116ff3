import Territory

/// The API definition served at `/api`: OpenAPI 3.0, one path per collection so that each lists
/// exactly the parameters it takes (`datetime` only where features have time), every response
/// status the server gives, and the shapes of the bodies. schemathesis checks the server against it.
enum OpenAPIDocument {
    static func document(store: FeatureStore, title: String) -> JSONValue {
        var paths: [String: JSONValue] = [
            "/": get(
                "landing", "The landing page: links to the API definition, the conformance classes and the data.",
                parameters: [format], responses: ok(object, html: true)),
            "/conformance": get(
                "conformance", "The conformance classes this server implements.",
                parameters: [format], responses: ok(conformsTo, html: true)),
            "/api": get(
                "api", "This API definition (OpenAPI 3.0).", parameters: [],
                responses: ok(object, type: "application/vnd.oai.openapi+json;version=3.0")),
            "/collections": get(
                "collections", "The feature collections.", parameters: [format],
                responses: ok(collectionsSchema, html: true)),
            "/map": get(
                "map",
                "The map page: ground and holders through time, with a date slider; #date=YYYY-MM-DD picks the day.",
                parameters: [], responses: ok(nil, html: true, json: false)),
            "/control": get(
                "control", "Who held a position on a day, de facto and de jure (the JSON of `territory control`).",
                parameters: [
                    number("lat", "Latitude in degrees (WGS 84).", -90...90),
                    number("lon", "Longitude in degrees (WGS 84).", -180...180),
                    date("date", required: true),
                ], responses: ok(object)),
            "/snapshot": get(
                "snapshot", "Who held which ground on a day (the JSON of `territory snapshot`).",
                parameters: [
                    date("date", required: true), layerParameter,
                ], responses: ok(object)),
            "/area": get(
                "area",
                "The geodesic area of a unit, of what an entity held on a day, or of what a controller held in a unit "
                    + "(the JSON of `territory area`).",
                parameters: [
                    parameter(
                        "name",
                        "A unit, a corridor (its strip), or with date and no controller an entity or entity group, "
                            + "by any of its names.", required: true
                    ),
                    date("date", required: false),
                    parameter("controller", "An entity or entity group: only the ground it held (needs date)."),
                    layerParameter,
                ], responses: ok(object)),
            "/distance": get(
                "distance",
                "The shortest geodesic distance between two places, units, corridors or LAT,LON positions "
                    + "(the JSON of `territory distance`).",
                parameters: [
                    parameter("a", "A name, or a position LAT,LON.", required: true),
                    parameter("b", "A name, or a position LAT,LON.", required: true),
                ], responses: ok(object)),
        ]
        for collection in store.collections {
            let base = "/collections/\(collection.id)"
            paths[base] = get(
                "collection-\(collection.id)",
                "The metadata of the collection \(collection.id): \(collection.description)",
                parameters: [format], responses: ok(object, html: true))
            var itemParameters = [format, bbox, limit, offset]
            if collection.hasTime { itemParameters.append(datetime(collection)) }
            paths[base + "/items"] = get(
                "items-\(collection.id)", "The features of \(collection.id), a page at a time (follow the next links).",
                parameters: itemParameters,
                responses: ok(featureCollection, type: "application/geo+json", html: true))
            paths[base + "/items/{featureId}"] = get(
                "item-\(collection.id)", "One feature of \(collection.id).",
                parameters: [
                    .object([
                        "name": "featureId", "in": "path", "required": true,
                        "description": "The feature's id (as in `territory export`), percent-encoded.",
                        "schema": .object(["type": "string"]),
                    ]), format,
                ], responses: ok(feature, type: "application/geo+json", html: true, notFound: true))
        }
        return .object([
            "openapi": "3.0.3",
            "info": .object([
                "title": .string(title),
                "version": .string(TerritoryVersion.current),
                "description": .string(
                    "OGC API - Features (Part 1 Core, GeoJSON, HTML, OpenAPI 3.0) over the Territory atlas, read only. "
                        + "Errors are RFC 9457 problem documents. Unknown query parameters are refused with 400 "
                        + "(OGC API - Features /req/core/query-param-unknown). A page holds at most "
                        + "\(FeaturesAPI.maximumLimit) features."),
            ]),
            "paths": .object(paths),
            "components": .object(["schemas": .object(["Problem": problem])]),
        ])
    }

    // MARK: Operations

    private static func get(
        _ id: String, _ summary: String, parameters: [JSONValue], responses: [String: JSONValue]
    ) -> JSONValue {
        var all = responses
        all["400"] = problemResponse(
            "A query parameter is unknown, repeated or malformed, or the question cannot be answered.")
        all["405"] = problemResponse("Only GET is served: this server is read only.")
        all["431"] = problemResponse("The request line and headers exceed 80 KiB; the connection is closed.")
        all["500"] = problemResponse("The dataset's geometry could not be computed.")
        return .object([
            "get": .object([
                "operationId": .string(id), "summary": .string(summary), "parameters": .array(parameters),
                "responses": .object(all),
            ])
        ])
    }

    private static func ok(
        _ schema: JSONValue?, type: String = "application/json", html: Bool = false, json: Bool = true,
        notFound: Bool = false
    ) -> [String: JSONValue] {
        var content: [String: JSONValue] = [:]
        if json, let schema { content[type] = .object(["schema": schema]) }
        if html { content["text/html"] = .object(["schema": .object(["type": "string"])]) }
        var responses: [String: JSONValue] = [
            "200": .object(["description": "The answer.", "content": .object(content)])
        ]
        if notFound { responses["404"] = problemResponse("No such feature.") }
        return responses
    }

    private static func problemResponse(_ description: String) -> JSONValue {
        .object([
            "description": .string(description),
            "content": .object([
                "application/problem+json": .object(["schema": .object(["$ref": "#/components/schemas/Problem"])])
            ]),
        ])
    }

    // MARK: Parameters

    private static func parameter(
        _ name: String, _ description: String, required: Bool = false,
        schema: JSONValue = .object(["type": "string", "minLength": 1])
    ) -> JSONValue {
        .object([
            "name": .string(name), "in": "query", "required": .bool(required), "description": .string(description),
            "schema": schema,
        ])
    }

    private static let layerParameter = parameter(
        "layer", "de-facto (control, the default) or de-jure (sovereignty).",
        schema: .object(["type": "string", "enum": ["de-facto", "de-jure"]]))

    private static let format = parameter(
        "f", "json (the default) or html; without it the Accept header decides.",
        schema: .object(["type": "string", "enum": ["json", "html"]]))

    private static func number(_ name: String, _ description: String, _ range: ClosedRange<Double>) -> JSONValue {
        parameter(
            name, description, required: true,
            schema: .object([
                "type": "number", "minimum": .number(range.lowerBound), "maximum": .number(range.upperBound),
            ]))
    }

    private static func date(_ name: String, required: Bool) -> JSONValue {
        parameter(
            name,
            "A day: YYYY, YYYY-MM or YYYY-MM-DD (a year or month means its first day), within the dataset's range.",
            required: required,
            schema: .object(["type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"]))
    }

    private static let bbox = JSONValue.object([
        "name": "bbox", "in": "query", "required": false, "style": "form", "explode": false,
        "description": "Only features whose box meets this one: west,south,east,north in degrees (CRS84).",
        "schema": .object([
            "type": "array", "minItems": 4, "maxItems": 4,
            "items": .object(["type": "number", "minimum": -180, "maximum": 180]),
        ]),
    ])

    private static let limit = parameter(
        "limit", "The most features on one page.",
        schema: .object([
            "type": "integer", "minimum": 1, "maximum": .number(Double(FeaturesAPI.maximumLimit)),
            "default": .number(Double(FeaturesAPI.defaultLimit)),
        ]))

    private static let offset = parameter(
        "offset", "How many matching features to skip (the next links set it).",
        schema: .object(["type": "integer", "minimum": 0, "maximum": .number(Double(Int32.max)), "default": 0]))

    private static func datetime(_ collection: StoredCollection) -> JSONValue {
        parameter(
            "datetime",
            "A day (YYYY-MM-DD, a time of day is ignored): the features in force on it; or an interval A/B (either end "
                + "'..' or empty for open): the features whose period overlaps it. Time is given by "
                + collection.timeProperties.joined(separator: " and ") + ".")
    }

    // MARK: Schemas

    private static let object = JSONValue.object(["type": "object"])

    private static let link = JSONValue.object([
        "type": "object", "required": ["href", "rel"],
        "properties": .object(["href": .object(["type": "string"]), "rel": .object(["type": "string"])]),
    ])

    private static let conformsTo = JSONValue.object([
        "type": "object", "required": ["conformsTo"],
        "properties": .object(["conformsTo": .object(["type": "array", "items": .object(["type": "string"])])]),
    ])

    private static let collectionsSchema = JSONValue.object([
        "type": "object", "required": ["links", "collections"],
        "properties": .object([
            "links": .object(["type": "array", "items": link]),
            "collections": .object([
                "type": "array",
                "items": .object([
                    "type": "object", "required": ["id", "links"],
                    "properties": .object([
                        "id": .object(["type": "string"]), "links": .object(["type": "array", "items": link]),
                    ]),
                ]),
            ]),
        ]),
    ])

    private static let feature = JSONValue.object([
        "type": "object", "required": ["type", "geometry", "properties"],
        "properties": .object([
            "type": .object(["type": "string", "enum": ["Feature"]]),
            "id": .object(["type": "string"]),
            "geometry": .object(["type": "object", "nullable": true]),
            "properties": .object(["type": "object", "nullable": true]),
        ]),
    ])

    private static let featureCollection = JSONValue.object([
        "type": "object", "required": ["type", "features"],
        "properties": .object([
            "type": .object(["type": "string", "enum": ["FeatureCollection"]]),
            "features": .object(["type": "array", "items": feature]),
            "numberMatched": .object(["type": "integer", "minimum": 0]),
            "numberReturned": .object(["type": "integer", "minimum": 0]),
            "links": .object(["type": "array", "items": link]),
        ]),
    ])

    private static let problem = JSONValue.object([
        "type": "object", "required": ["type", "title", "status", "detail"],
        "properties": .object([
            "type": .object(["type": "string"]), "title": .object(["type": "string"]),
            "status": .object(["type": "integer"]), "detail": .object(["type": "string"]),
        ]),
    ])
}
