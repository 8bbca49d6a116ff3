import Territory

/// Periods of ground and corridors (`PeriodGround`) as one RFC 7946 FeatureCollection: one feature
/// per ground piece (polygon of one (controller, de jure holder) pair), and one per corridor route.
///
/// Ground features have the properties `"controller"` (de facto holder or null), `"de_jure"`,
/// `"units"` (ids of the units existing in the period that the polygon lies in, broadest first,
/// joined by commas), `"valid_from"`, `"valid_to"` (the period in which nothing here changes;
/// null when open) and `"area_km2"` (geodesic). Corridor features carry the same keys (`"units"`:
/// units the route crosses, `"area_km2"`: the strip) plus `"corridor"`, `"status"`, `"width_m"`,
/// `"length_km"`, `"controller"` (the entity in charge, see `Corridor.principalController(on:)`),
/// `"role"` (its role: `"guarantor"`, `"controller"` or `"border-guard"`) and `"all_roles"` (every
/// role in force, as `territory corridor` lists them: `"RUS-PK (guarantor), AZE (controller)"`).
/// Coordinates are lon/lat with at most 7 decimals; exterior rings are counter-clockwise, holes
/// clockwise. Keys are written in sorted order, numbers as their shortest round-trip text.
///
/// ```swift
/// let text = GeoJSONExport.featureCollection(try atlas.periodGrounds(), kinds: [.ground])
/// ```
public enum GeoJSONExport {
    /// The FeatureCollection of `periods`' features of `kinds`: per period, its ground, then its
    /// corridors.
    public static func featureCollection(_ periods: [PeriodGround], kinds: Set<FeatureKind>) -> String {
        var writer = GeoJSONWriter()
        writer.append(#"{"features":["#)
        var first = true
        for period in periods {
            if kinds.contains(.ground) {
                for piece in period.holdings.flatMap(\.pieces) {
                    writer.feature(id: piece.id, shape: piece.shape, properties: properties(of: piece), first: first)
                    first = false
                }
            }
            if kinds.contains(.corridors) {
                for route in period.routes {
                    writer.feature(id: route.id, shape: route.shape, properties: properties(of: route), first: first)
                    first = false
                }
            }
        }
        writer.append(#"],"type":"FeatureCollection"}"#)
        return writer.text
    }

    /// A ground piece's properties.
    static func properties(of piece: GroundPiece) -> [String: JSONValue] {
        var properties = validity(piece.period)
        properties["controller"] = piece.deFacto.map { .string($0) } ?? .null
        properties["de_jure"] = piece.deJure.map { .string($0) } ?? .null
        properties["units"] = .string(piece.units.joined(separator: ","))
        properties["area_km2"] = .number(piece.areaKm2)
        return properties
    }

    /// A corridor route's properties.
    static func properties(of route: RoutePiece) -> [String: JSONValue] {
        var properties = validity(route.period)
        properties["controller"] = route.controller.map { .string($0.entity) } ?? .null
        properties["role"] = route.controller.map { .string($0.role.rawValue) } ?? .null
        properties["all_roles"] = route.allRoles.map { .string($0) } ?? .null
        properties["de_jure"] = .null
        properties["units"] = .string(route.units.joined(separator: ","))
        properties["area_km2"] = route.areaKm2.map { .number($0) } ?? .null
        properties["corridor"] = .string(route.corridor)
        properties["status"] = route.status.map { .string($0.rawValue) } ?? .null
        properties["width_m"] = route.widthMeters.map { .number($0) } ?? .null
        properties["length_km"] = .number(route.lengthKm)
        return properties
    }

    private static func validity(_ period: Interval) -> [String: JSONValue] {
        [
            "valid_from": period.from.map { .string($0.description) } ?? .null,
            "valid_to": period.to.map { .string($0.description) } ?? .null,
        ]
    }
}

extension Atlas {
    /// The state on `day` as an RFC 7946 FeatureCollection (see `GeoJSONExport`): the features of
    /// the period containing it.
    ///
    /// ```swift
    /// try atlas.geoJSON(on: try Day(iso: "2021-01-01")).write(to: url, atomically: true, encoding: .utf8)
    /// let polygonsOnly = try atlas.geoJSON(on: try Day(iso: "2021-01-01"), kinds: [.ground])
    /// ```
    /// - Parameters:
    ///   - day: the day.
    ///   - kinds: the features to include; one kind gives one geometry type, which GIS tools need
    ///     to convert the file (to FlatGeobuf or a Shapefile) as it is.
    /// - Throws: `QueryError.outsideRange` for a day outside the dataset, `.geometry` if GEOS fails.
    public func geoJSON(on day: Day, kinds: Set<FeatureKind> = Set(FeatureKind.allCases)) throws(QueryError)
        -> String
    {
        GeoJSONExport.featureCollection([try periodGround(containing: day, kinds: kinds)], kinds: kinds)
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
    /// - Throws: `QueryError.geometry` if GEOS fails.
    public func geoJSONAllPeriods(
        kinds: Set<FeatureKind> = Set(FeatureKind.allCases), progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(QueryError) -> String {
        GeoJSONExport.featureCollection(try periodGrounds(kinds: kinds, progress: progress), kinds: kinds)
    }
}

extension RoutePiece {
    /// Every role in force, as `territory corridor` lists them (`"RUS-PK (guarantor), AZE
    /// (controller)"`), `nil` for none.
    var allRoles: String? {
        controllers.isEmpty ? nil : controllers.map { "\($0.entity) (\($0.role.rawValue))" }.joined(separator: ", ")
    }
}
