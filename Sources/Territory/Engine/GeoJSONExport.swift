/// What an export holds: the ground (polygons) or the corridor routes (lines). GIS formats keep
/// one geometry type per layer or file, so a GeoJSON file meant for them holds one kind.
public enum FeatureKind: String, Sendable, Hashable, CaseIterable {
    /// Ground with one (controller, de jure holder) pair: polygons.
    case ground
    /// Corridor routes: lines.
    case corridors
}

/// One feature of an export: what GeoJSON and TopoJSON write, each in its own encoding.
struct ExportFeature {
    /// The feature id, unique in an all-periods export.
    var id: String
    /// What it is.
    var kind: FeatureKind
    /// Its properties (see `Atlas.geoJSON(on:kinds:)`).
    var properties: [String: JSONValue]
    /// Its shape, lon/lat, not yet rounded.
    var shape: Shape
}

extension Atlas {
    /// The state on `day` as an RFC 7946 FeatureCollection: one feature per polygon of ground with
    /// one (controller, de jure holder) pair, and one per corridor route.
    ///
    /// Ground features have the properties `"controller"` (de facto holder or null), `"de_jure"`,
    /// `"units"` (ids of the units existing on the day that the polygon lies in, broadest first,
    /// joined by commas), `"valid_from"`, `"valid_to"` (the period in which nothing here changes;
    /// null when open) and `"area_km2"` (geodesic). Corridor features carry the same keys
    /// (`"units"`: units the route crosses, `"area_km2"`: the strip) plus `"corridor"`, `"status"`,
    /// `"width_m"`, `"length_km"`, `"controller"` (the entity in charge, see
    /// `Corridor.principalController(on:)`), `"role"` (its role: `"guarantor"`,
    /// `"controller"` or `"border-guard"`) and `"all_roles"` (every role in force, as
    /// `territory corridor` lists them: `"RUS-PK (guarantor), AZE (controller)"`). Coordinates are
    /// lon/lat with at most 7 decimals; exterior rings are counter-clockwise, holes clockwise.
    ///
    /// ```swift
    /// try atlas.geoJSON(on: try Day(iso: "2021-01-01")).write(to: url, atomically: true, encoding: .utf8)
    /// let polygonsOnly = try atlas.geoJSON(on: try Day(iso: "2021-01-01"), kinds: [.ground])
    /// ```
    /// - Parameters:
    ///   - day: the day.
    ///   - kinds: the features to include; one kind gives one geometry type, which GIS tools need
    ///     to convert the file (to FlatGeobuf or a Shapefile) as it is.
    public func geoJSON(on day: Day, kinds: Set<FeatureKind> = Set(FeatureKind.allCases)) throws(QueryError)
        -> String
    {
        try check(day)
        return Self.featureCollection(try exportFeatures(on: day, kinds: kinds))
    }

    /// Every period of the dataset (see `periods()`) in one FeatureCollection: the features of
    /// `geoJSON(on:kinds:)` for each, told apart by `"valid_from"` and `"valid_to"`.
    ///
    /// ```swift
    /// let all = try atlas.geoJSONAllPeriods { done, total in print("\(done)/\(total) periods") }
    /// ```
    /// - Parameters:
    ///   - kinds: the features to include (see `geoJSON(on:kinds:)`).
    ///   - progress: called after each period with the number done and the total (the count of
    ///     `periods()`), in order, ending with (total, total).
    public func geoJSONAllPeriods(
        kinds: Set<FeatureKind> = Set(FeatureKind.allCases), progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(QueryError) -> String {
        Self.featureCollection(try exportFeaturesAllPeriods(kinds: kinds, progress: progress))
    }

    /// The features of every period, in period order (see `geoJSONAllPeriods(kinds:progress:)`).
    func exportFeaturesAllPeriods(
        kinds: Set<FeatureKind>, progress: (_ done: Int, _ total: Int) -> Void
    ) throws(QueryError) -> [ExportFeature] {
        let periods = self.periods()
        var all: [ExportFeature] = []
        for (index, period) in periods.enumerated() {
            if let start = period.from { all += try exportFeatures(on: start, kinds: kinds) }
            progress(index + 1, periods.count)
        }
        return all
    }

    private static func featureCollection(_ features: [ExportFeature]) -> String {
        let values = features.map { feature in
            JSONValue.object([
                "type": .string("Feature"), "id": .string(feature.id),
                "geometry": GeoJSONWriting.geometry(feature.shape), "properties": .object(feature.properties),
            ])
        }
        return JSONValue.object(["type": .string("FeatureCollection"), "features": .array(values)]).json
    }

    /// The features of the period containing `day`: ground by (controller, de jure) pair, then
    /// corridors, in a fixed order.
    func exportFeatures(on day: Day, kinds: Set<FeatureKind>) throws(QueryError) -> [ExportFeature] {
        let period = period(containing: day)
        let validity: [String: JSONValue] = [
            "valid_from": period.from.map { .string($0.description) } ?? .null,
            "valid_to": period.to.map { .string($0.description) } ?? .null,
        ]
        var features: [ExportFeature] = []
        if kinds.contains(.ground) { features += try groundFeatures(on: day, period: period, validity: validity) }
        if kinds.contains(.corridors) { features += try corridorFeatures(on: day, period: period, validity: validity) }
        return features
    }

    private func groundFeatures(
        on day: Day, period: Interval, validity: [String: JSONValue]
    ) throws(QueryError) -> [ExportFeature] {
        let deFacto = dataset.timelines.deFacto
        let deJure = dataset.timelines.deJure
        let factual = deFacto.holders(on: day)
        let legal = deJure.holders(on: day)
        var groups: [[Int32]: [Int]] = [:]
        for atom in factual.indices where factual[atom] >= 0 || legal[atom] >= 0 {
            groups[[factual[atom], legal[atom]], default: []].append(atom)
        }
        var features: [ExportFeature] = []
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
                properties["units"] = .string(units.map { dataset.units[$0].id }.joined(separator: ","))
                properties["area_km2"] = .number(try geodesicKm2(shape))
                let id =
                    "\(entityID(pair[0]) ?? "none")/\(entityID(pair[1]) ?? "none")/\(index + 1)@\(period.from?.description ?? "start")"
                features.append(ExportFeature(id: id, kind: .ground, properties: properties, shape: shape))
            }
        }
        return features
    }

    private func corridorFeatures(
        on day: Day, period: Interval, validity: [String: JSONValue]
    ) throws(QueryError) -> [ExportFeature] {
        var features: [ExportFeature] = []
        for state in try corridorStates(on: day) {
            guard let shape = state.routeShape else { continue }
            let corridor = dataset.corridor(id: state.corridor)!
            let report = try corridorReport(corridor, on: day, measuringBorders: false)
            var properties = validity
            let principal = corridor.principalController(on: day)
            properties["controller"] = principal.map { .string($0.entity) } ?? .null
            properties["role"] = principal.map { .string($0.role.rawValue) } ?? .null
            let roles = state.controllers.map { "\($0.entity) (\($0.role.rawValue))" }
            properties["all_roles"] = roles.isEmpty ? .null : .string(roles.joined(separator: ", "))
            properties["de_jure"] = .null
            properties["units"] = .string(report.unitSegments.compactMap(\.territory).joined(separator: ","))
            properties["area_km2"] = report.areaKm2.map { .number($0) } ?? .null
            properties["corridor"] = .string(corridor.id)
            properties["status"] = state.status.map { .string($0.status.rawValue) } ?? .null
            properties["width_m"] = corridor.widthMeters.map { .number($0) } ?? .null
            properties["length_km"] = .number(report.lengthKm)
            let id = "corridor/\(corridor.id)@\(period.from?.description ?? "start")"
            features.append(ExportFeature(id: id, kind: .corridors, properties: properties, shape: shape))
        }
        return features
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

    /// A longitude or latitude rounded to 7 decimals, as exports write it.
    static func rounded(_ value: Double) -> Double { (value * 1e7).rounded() / 1e7 }

    private static func position(_ coordinate: Coordinate) -> JSONValue {
        .array([.number(rounded(coordinate.x)), .number(rounded(coordinate.y))])
    }

    private static func positions(_ line: [Coordinate]) -> JSONValue {
        .array(roundedLine(line).map(position))
    }

    /// `line` rounded to 7 decimals with repeated points dropped.
    static func roundedLine(_ line: [Coordinate]) -> [Coordinate] {
        var kept: [Coordinate] = []
        for coordinate in line {
            let point = Coordinate(x: rounded(coordinate.x), y: rounded(coordinate.y))
            if kept.last != point { kept.append(point) }
        }
        return kept
    }

    /// The polygon's rings, oriented; `nil` when the exterior collapses.
    private static func rings(_ polygon: Polygon) -> JSONValue? {
        guard let exterior = ring(polygon.exterior, counterClockwise: true) else { return nil }
        return .array([exterior] + polygon.holes.compactMap { ring($0, counterClockwise: false) })
    }

    private static func ring(_ ring: [Coordinate], counterClockwise: Bool) -> JSONValue? {
        guard var kept = roundedRing(ring) else { return nil }
        if isCounterClockwise(kept) != counterClockwise { kept.reverse() }
        return .array(kept.map(position))
    }

    /// `ring` rounded to 7 decimals with repeated points dropped; `nil` when fewer than 4 remain
    /// (the ring collapsed).
    static func roundedRing(_ ring: [Coordinate]) -> [Coordinate]? {
        let kept = roundedLine(ring)
        return kept.count >= 4 ? kept : nil
    }

    /// Whether a closed ring runs counter-clockwise (positive shoelace area).
    static func isCounterClockwise(_ ring: [Coordinate]) -> Bool {
        var signedArea = 0.0
        for index in 0..<(ring.count - 1) {
            signedArea += ring[index].x * ring[index + 1].y - ring[index + 1].x * ring[index].y
        }
        return signedArea > 0
    }
}
