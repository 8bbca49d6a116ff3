import Territory

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

extension ExportTable {
    /// `control_periods` by holder: one row per ground piece (a feature of the GeoJSON export).
    static func control(_ pieces: [GroundPiece]) -> ExportTable {
        let rows = pieces.map { piece in
            ExportTable.Row(
                values: [
                    .text(piece.id), .text(piece.deFacto), .text(piece.deJure), .texts(piece.units),
                    .period(piece.period), .real(piece.areaKm2),
                ],
                shape: GeoJSONWriting.exported(piece.shape))
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

    /// `corridors`: one row per route and period (a feature of the GeoJSON export).
    static func corridors(_ routes: [RoutePiece]) -> ExportTable {
        let rows = routes.map { route in
            ExportTable.Row(
                values: [
                    .text(route.id), .text(route.corridor), .text(route.name), .text(route.status?.rawValue),
                    .text(route.controller?.entity), .text(route.controller?.role.rawValue),
                    .text(route.allRoles), .texts(route.units),
                    .period(route.period), .real(route.widthMeters), .real(route.lengthKm), .real(route.areaKm2),
                ],
                shape: GeoJSONWriting.exported(route.shape))
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
        // By part, the ground rows come from `partPeriods(on:)`; the periods still give the corridors.
        let kinds: Set<FeatureKind> = ground == .byHolder ? [.ground, .corridors] : [.corridors]
        let periods: [PeriodGround]
        if let day {
            periods = [try periodGround(containing: day, kinds: kinds)]
        } else {
            periods = try periodGrounds(kinds: kinds, progress: progress)
        }
        let control =
            switch ground {
            case .byHolder: ExportTable.control(periods.flatMap { $0.holdings.flatMap(\.pieces) })
            case .byPart: ExportTable.control(try partPeriods(on: day))
            }
        return [
            control, try unitTable(on: day), ExportTable.corridors(periods.flatMap(\.routes)), placeTable(),
            eventTable(), entityTable(),
        ]
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
}
