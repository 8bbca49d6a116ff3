extension Atlas {
    /// The state on `day` as an RFC 7946 FeatureCollection: one feature per polygon of ground with
    /// one (controller, de jure holder) pair, and one per corridor route.
    ///
    /// Ground features have the properties `"controller"` (de facto holder or null), `"de_jure"`,
    /// `"units"` (ids of the units existing on the day that the polygon lies in, broadest first),
    /// `"valid_from"`, `"valid_to"` (the period in which nothing here changes; null when open) and
    /// `"area_km2"` (geodesic). Corridor features carry the same keys (`"controller"`: the entity
    /// controlling or guarding it, `"units"`: units the route crosses, `"area_km2"`: the strip)
    /// plus `"corridor"`, `"status"`, `"width_m"` and `"length_km"`. Coordinates are lon/lat with
    /// at most 7 decimals; exterior rings are counter-clockwise, holes clockwise.
    ///
    /// ```swift
    /// try atlas.geoJSON(on: try Day(iso: "2021-01-01")).write(to: url, atomically: true, encoding: .utf8)
    /// ```
    public func geoJSON(on day: Day) throws(QueryError) -> String {
        try check(day)
        return JSONValue.object(["type": .string("FeatureCollection"), "features": .array(try features(on: day))]).json
    }

    /// Every period of the dataset (see `periods()`) in one FeatureCollection: the features of
    /// `geoJSON(on:)` for each, told apart by `"valid_from"` and `"valid_to"`.
    ///
    /// ```swift
    /// let all = try atlas.geoJSONAllPeriods { done, total in print("\(done)/\(total) periods") }
    /// ```
    /// - Parameter progress: called after each period with the number done and the total (the
    ///   count of `periods()`), in order, ending with (total, total).
    public func geoJSONAllPeriods(
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(QueryError) -> String {
        let periods = self.periods()
        var all: [JSONValue] = []
        for (index, period) in periods.enumerated() {
            if let start = period.from { all += try features(on: start) }
            progress(index + 1, periods.count)
        }
        return JSONValue.object(["type": .string("FeatureCollection"), "features": .array(all)]).json
    }

    private func features(on day: Day) throws(QueryError) -> [JSONValue] {
        let period = period(containing: day)
        let validity: [String: JSONValue] = [
            "valid_from": period.from.map { .string($0.description) } ?? .null,
            "valid_to": period.to.map { .string($0.description) } ?? .null,
        ]
        let deFacto = dataset.timelines[.deFacto]!
        let deJure = dataset.timelines[.deJure]!
        let factual = deFacto.holders[deFacto.state(on: day)]
        let legal = deJure.holders[deJure.state(on: day)]
        var groups: [[Int32]: [Int]] = [:]
        for atom in factual.indices where factual[atom] >= 0 || legal[atom] >= 0 {
            groups[[factual[atom], legal[atom]], default: []].append(atom)
        }
        var features: [JSONValue] = []
        for (pair, atoms) in groups.sorted(by: { ($0.key[0], $0.key[1]) < ($1.key[0], $1.key[1]) }) {
            let ground = try dissolve(atoms)
            let parts = ground.parts
            let prepared = parts.map { PreparedGeometry($0) }
            var unitsOfPart = [Set<Int>](repeating: [], count: parts.count)
            for atom in atoms {
                for face in atomFaces[atom] {
                    let point = try insidePoint(ofFace: face)
                    for (part, polygon) in prepared.enumerated()
                    where try geos({ () throws(GEOSError) in try polygon.covers(point) }) {
                        unitsOfPart[part].formUnion(dataset.overlay.atoms[atom].units)
                        break
                    }
                }
            }
            for (index, part) in parts.enumerated() {
                let shape = part.shape
                let units = unitOrder.filter {
                    unitsOfPart[index].contains($0) && dataset.units[$0].lifetime.contains(day)
                }
                var properties = validity
                properties["controller"] = entityID(pair[0]).map { .string($0) } ?? .null
                properties["de_jure"] = entityID(pair[1]).map { .string($0) } ?? .null
                properties["units"] = .array(units.map { .string(dataset.units[$0].id) })
                properties["area_km2"] = .number(try geodesicKm2(shape))
                let id =
                    "\(entityID(pair[0]) ?? "none")/\(entityID(pair[1]) ?? "none")/\(index + 1)@\(period.from?.description ?? "start")"
                features.append(Self.feature(id: id, geometry: GeoJSONWriting.geometry(shape), properties: properties))
            }
        }
        for state in try corridorStates(on: day) {
            guard let shape = state.routeShape else { continue }
            let corridor = dataset.corridor(id: state.corridor)!
            let report = try corridorReport(corridor, on: day, measuringBorders: false)
            var properties = validity
            let controller = state.controllers.first { $0.role != .guarantor }
            properties["controller"] = controller.map { .string($0.entity) } ?? .null
            properties["de_jure"] = .null
            properties["units"] = .array(report.unitSegments.compactMap { $0.territory.map { .string($0) } })
            properties["area_km2"] = report.areaKm2.map { .number($0) } ?? .null
            properties["corridor"] = .string(corridor.id)
            properties["status"] = state.status.map { .string($0.status.rawValue) } ?? .null
            properties["width_m"] = corridor.widthMeters.map { .number($0) } ?? .null
            properties["length_km"] = .number(report.lengthKm)
            let id = "corridor/\(corridor.id)@\(period.from?.description ?? "start")"
            features.append(Self.feature(id: id, geometry: GeoJSONWriting.geometry(shape), properties: properties))
        }
        return features
    }

    private static func feature(id: String, geometry: JSONValue, properties: [String: JSONValue]) -> JSONValue {
        .object([
            "type": .string("Feature"), "id": .string(id), "geometry": geometry, "properties": .object(properties),
        ])
    }
}

/// Shapes as RFC 7946 geometry objects: lon/lat rounded to 7 decimals (about 1 cm), exterior
/// rings counter-clockwise and holes clockwise, rings left degenerate by rounding dropped.
enum GeoJSONWriting {
    static func geometry(_ shape: Shape) -> JSONValue {
        switch shape {
        case .point(let point):
            return object("Point", position(point))
        case .multiPoint(let points):
            return object("MultiPoint", .array(points.map(position)))
        case .lineString(let line), .linearRing(let line):
            return object("LineString", positions(line))
        case .multiLineString(let lines):
            return object("MultiLineString", .array(lines.map(positions)))
        case .polygon(let polygon):
            return object("Polygon", rings(polygon) ?? .array([]))
        case .multiPolygon(let polygons):
            return object("MultiPolygon", .array(polygons.compactMap(rings)))
        case .geometryCollection(let shapes):
            return .object(["type": .string("GeometryCollection"), "geometries": .array(shapes.map(geometry))])
        }
    }

    private static func object(_ type: String, _ coordinates: JSONValue) -> JSONValue {
        .object(["type": .string(type), "coordinates": coordinates])
    }

    private static func rounded(_ value: Double) -> Double { (value * 1e7).rounded() / 1e7 }

    private static func position(_ coordinate: Coordinate) -> JSONValue {
        .array([.number(rounded(coordinate.x)), .number(rounded(coordinate.y))])
    }

    private static func positions(_ line: [Coordinate]) -> JSONValue {
        var kept: [Coordinate] = []
        for coordinate in line {
            let point = Coordinate(x: rounded(coordinate.x), y: rounded(coordinate.y))
            if kept.last != point { kept.append(point) }
        }
        return .array(kept.map(position))
    }

    /// The polygon's rings, oriented; `nil` when the exterior collapses.
    private static func rings(_ polygon: Polygon) -> JSONValue? {
        guard let exterior = ring(polygon.exterior, counterClockwise: true) else { return nil }
        return .array([exterior] + polygon.holes.compactMap { ring($0, counterClockwise: false) })
    }

    private static func ring(_ ring: [Coordinate], counterClockwise: Bool) -> JSONValue? {
        var kept: [Coordinate] = []
        for coordinate in ring {
            let point = Coordinate(x: rounded(coordinate.x), y: rounded(coordinate.y))
            if kept.last != point { kept.append(point) }
        }
        guard kept.count >= 4 else { return nil }
        var signedArea = 0.0
        for index in 0..<(kept.count - 1) {
            signedArea += kept[index].x * kept[index + 1].y - kept[index + 1].x * kept[index].y
        }
        if (signedArea > 0) != counterClockwise { kept.reverse() }
        return .array(kept.map(position))
    }
}
