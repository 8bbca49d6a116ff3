extension ExportTable {
    /// How the ground of `control_periods` is cut into rows.
    public enum GroundRows: Sendable, CaseIterable {
        /// One row per polygon of ground with one (controller, de jure holder) pair per period:
        /// the ground features of `Atlas.geoJSON(on:kinds:)`, for maps.
        case byHolder
        /// One row per atom (`part_id`) and stretch of days in which its holders do not change:
        /// each piece of ground has one row at a time, which a database can enforce.
        case byPart
    }
}

extension Atlas {
    /// The dataset as tables for GIS tools and databases: `control_periods` (ground and its
    /// holders), `units`, `corridors` (routes and their status periods), `places`, and the
    /// attribute tables `events` and `entities`.
    ///
    /// With a day, `control_periods`, `units` and `corridors` keep only the rows in force on it;
    /// with `nil` they cover every period of the dataset. Periods are half-open, `[valid_from,
    /// valid_to)`, an open end meaning "still in force".
    ///
    /// ```swift
    /// let tables = try atlas.exportTables(on: nil, ground: .byPart)
    /// let sql = PostGIS.script(tables)
    /// ```
    /// - Parameters:
    ///   - day: the day, or `nil` for every period.
    ///   - ground: how `control_periods` is cut into rows.
    ///   - progress: with `nil`, called after each period as `geoJSONAllPeriods(kinds:progress:)` calls
    ///     it; never called for one day.
    /// - Throws: `QueryError.outsideRange` for a day outside the dataset, `.geometry`.
    public func exportTables(
        on day: Day?, ground: ExportTable.GroundRows, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(QueryError) -> [ExportTable] {
        if let day { try check(day) }
        let features = try featureCollection(on: day, progress: progress).features
        let groundFeatures = features.filter { $0.properties["corridor"] == nil }
        let corridorFeatures = features.filter { $0.properties["corridor"] != nil }
        let control =
            switch ground {
            case .byHolder: try controlTable(groundFeatures)
            case .byPart: try partTable(on: day)
            }
        return [
            control, try unitTable(on: day), try corridorTable(corridorFeatures), placeTable(), eventTable(),
            entityTable(),
        ]
    }

    private func featureCollection(
        on day: Day?, progress: (Int, Int) -> Void
    ) throws(QueryError) -> FeatureCollection {
        let text: String
        if let day {
            text = try geoJSON(on: day)
        } else {
            text = try geoJSONAllPeriods(progress: progress)
        }
        return try geos { () throws(GEOSError) in try FeatureCollection(geoJSON: text) }
    }

    private func controlTable(_ features: [Feature]) throws(QueryError) -> ExportTable {
        var rows: [ExportTable.Row] = []
        for feature in features {
            let properties = feature.properties
            rows.append(
                ExportTable.Row(
                    values: [
                        .text(feature.id), .text(properties["controller"]?.string),
                        .text(properties["de_jure"]?.string), .texts(properties["units"]?.units ?? []),
                        .period(try Self.validity(properties)), .real(properties["area_km2"]?.number),
                    ],
                    shape: feature.geometry?.shape))
        }
        return ExportTable(
            name: "control_periods",
            description: "Ground with one controller and one de jure holder over a period, one row per polygon.",
            geometryKind: .multiPolygon,
            columns: [
                .init("feature_id", .text), .init("controller", .text), .init("de_jure", .text),
                .init("units", .texts), .init("valid", .period), .init("area_km2", .real),
            ],
            rows: rows)
    }

    private func corridorTable(_ features: [Feature]) throws(QueryError) -> ExportTable {
        var rows: [ExportTable.Row] = []
        for feature in features {
            let properties = feature.properties
            let id = properties["corridor"]?.string
            rows.append(
                ExportTable.Row(
                    values: [
                        .text(feature.id), .text(id), .text(id.flatMap { dataset.corridor(id: $0)?.name }),
                        .text(properties["status"]?.string), .text(properties["controller"]?.string),
                        .text(properties["role"]?.string), .text(properties["all_roles"]?.string),
                        .texts(properties["units"]?.units ?? []), .period(try Self.validity(properties)),
                        .real(properties["width_m"]?.number), .real(properties["length_km"]?.number),
                        .real(properties["area_km2"]?.number),
                    ],
                    shape: feature.geometry?.shape))
        }
        return ExportTable(
            name: "corridors",
            description: "A corridor's route over a period with its status and controller.",
            geometryKind: .multiLineString,
            columns: [
                .init("feature_id", .text), .init("corridor", .text), .init("name", .text), .init("status", .text),
                .init("controller", .text), .init("role", .text), .init("all_roles", .text),
                .init("units", .texts), .init("valid", .period), .init("width_m", .real), .init("length_km", .real),
                .init("area_km2", .real),
            ],
            rows: rows)
    }

    private func unitTable(on day: Day?) throws(QueryError) -> ExportTable {
        var rows: [ExportTable.Row] = []
        for (index, unit) in dataset.units.enumerated() where day.map(unit.lifetime.contains) ?? true {
            let shape = try geometry(ofUnit: index).shape
            rows.append(
                ExportTable.Row(
                    values: [
                        .text(unit.id), .text(unit.kind.rawValue), .text(unit.name),
                        .text(unit.names.byLanguage["az"]), .text(unit.names.byLanguage["hy"]),
                        .text(unit.names.byLanguage["ru"]), .text(unit.parent), .text(unit.iso3166_2),
                        .period(unit.lifetime), .real(try geodesicKm2(shape)), .real(unit.officialAreaKm2),
                        .text(unit.source),
                    ],
                    shape: shape))
        }
        return ExportTable(
            name: "units",
            description: "Administrative units and zones as drawn, over their lifetime.",
            geometryKind: .multiPolygon,
            columns: [
                .init("id", .text), .init("kind", .text), .init("name", .text), .init("name_az", .text),
                .init("name_hy", .text), .init("name_ru", .text), .init("parent", .text),
                .init("iso3166_2", .text), .init("valid", .period), .init("area_km2", .real),
                .init("official_area_km2", .real), .init("source", .text),
            ],
            rows: rows)
    }

    private func placeTable() -> ExportTable {
        let rows = dataset.places.map { place in
            ExportTable.Row(
                values: [
                    .text(place.id), .text(place.kind.rawValue), .text(place.name),
                    .text(place.names.byLanguage["az"]), .text(place.names.byLanguage["hy"]),
                    .text(place.names.byLanguage["ru"]), .text(place.unit), .text(place.source),
                ],
                shape: .point(place.coordinate))
        }
        return ExportTable(
            name: "places",
            description: "The gazetteer: cities, villages, crossings, checkpoints and landmarks.",
            geometryKind: .point,
            columns: [
                .init("id", .text), .init("kind", .text), .init("name", .text), .init("name_az", .text),
                .init("name_hy", .text), .init("name_ru", .text), .init("unit", .text), .init("source", .text),
            ],
            rows: rows)
    }

    private func eventTable() -> ExportTable {
        let rows = dataset.events.map { event in
            ExportTable.Row(
                values: [
                    .text(event.id), .date(event.date), .text(event.precision.rawValue), .text(event.kind.rawValue),
                    .text(event.layer?.rawValue), .text(event.subject), .text(event.from), .text(event.to),
                    .text(event.name), .text(event.source), .text(event.note),
                ],
                shape: nil)
        }
        return ExportTable(
            name: "events",
            description: "Dated transfers of control or sovereignty, and milestones.",
            geometryKind: nil,
            columns: [
                .init("id", .text), .init("date", .date), .init("precision", .text), .init("kind", .text),
                .init("layer", .text), .init("subject", .text), .init("from_holder", .text),
                .init("to_holder", .text), .init("name", .text), .init("source", .text), .init("note", .text),
            ],
            rows: rows)
    }

    private func entityTable() -> ExportTable {
        let rows = dataset.entities.map { entity in
            ExportTable.Row(
                values: [.text(entity.id), .text(entity.kind.rawValue), .text(entity.name), .period(entity.lifetime)],
                shape: nil)
        }
        return ExportTable(
            name: "entities",
            description: "The holders the other tables name by id: states, unrecognised states, forces.",
            geometryKind: nil,
            columns: [.init("id", .text), .init("kind", .text), .init("name", .text), .init("valid", .period)],
            rows: rows)
    }

    private static func validity(_ properties: [String: JSONValue]) throws(QueryError) -> Interval {
        func day(_ key: String) throws(QueryError) -> Day? {
            guard let text = properties[key]?.string else { return nil }
            do {
                return try Day(exactly: text)
            } catch {
                throw .geometry("the export's \(key) '\(text)' is not a date: \(error)")
            }
        }
        return Interval(from: try day("valid_from"), to: try day("valid_to"))
    }
}

extension JSONValue {
    fileprivate var string: String? {
        if case .string(let string) = self { string } else { nil }
    }

    fileprivate var number: Double? {
        if case .number(let number) = self { number } else { nil }
    }

    /// The unit ids of an export's comma-joined `"units"`.
    fileprivate var units: [String]? {
        string.map { $0.split(separator: ",").map(String.init) }
    }
}
