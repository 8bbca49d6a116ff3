/// Builds each model record from its JSON object (types and words only; references between records
/// are checked later by `ReferenceCheck`).
enum RecordDecoding {
    static func info(_ value: JSONValue, file: String) throws(DatasetError) -> DatasetInfo {
        var reader = try RecordReader(value, file: file, id: nil)
        var info = DatasetInfo(
            name: try reader.string("name"), version: try reader.string("version"), range: try reader.interval(),
            description: try reader.optionalString("description"), reviewed: try reader.optionalDay("reviewed"),
            license: try reader.optionalString("license"), backdrop: [])
        for (index, element) in try reader.array("backdrop").enumerated() {
            var entry = try RecordReader(element, file: file, id: "backdrop[\(index)]")
            info.backdrop.append(
                Backdrop(name: try entry.string("name"), geometry: try geometryRef(&entry, key: "geometry")))
            try entry.finish()
        }
        try reader.finish()
        return info
    }

    static func entity(_ reader: inout RecordReader) throws(DatasetError) -> Entity {
        let entity = Entity(
            id: try reader.readID(), kind: try reader.word("kind", Entity.Kind.self), names: try reader.names(),
            lifetime: try reader.interval(), source: try reader.optionalString("source"),
            note: try reader.optionalString("note"))
        try reader.finish()
        return entity
    }

    static func unit(_ reader: inout RecordReader) throws(DatasetError) -> Unit {
        let id = try reader.readID()
        let kind = try reader.word("kind", Unit.Kind.self)
        let names = try reader.names()
        let parent = try reader.optionalString("parent")
        let iso = try reader.optionalString("iso3166_2")
        let lifetime = try reader.interval()
        let geometry = try geometryRef(&reader, key: "geometry")
        let area = try reader.optionalNumber("official_area_km2")
        if let area, area <= 0 { throw reader.malformed("\"official_area_km2\" must be positive, found \(area)") }
        let unit = Unit(
            id: id, kind: kind, names: names, parent: parent, iso3166_2: iso, lifetime: lifetime, geometry: geometry,
            officialAreaKm2: area, officialAreaNote: try reader.optionalString("official_area_note"),
            areaExemption: try reader.optionalString("area_exemption"), source: try reader.optionalString("source"),
            note: try reader.optionalString("note"), isPartial: try reader.flag("partial"))
        try reader.finish()
        return unit
    }

    static func tiling(_ reader: inout RecordReader) throws(DatasetError) -> Tiling {
        let tiling = Tiling(
            id: try reader.readID(), parent: try reader.string("parent"), children: try reader.strings("children"),
            note: try reader.optionalString("note"))
        if tiling.children.isEmpty { throw reader.malformed("\"children\" must name at least one unit") }
        try reader.finish()
        return tiling
    }

    static func event(_ reader: inout RecordReader) throws(DatasetError) -> ControlEvent {
        let id = try reader.readID()
        let name = try reader.optionalString("name")
        let date = try reader.day("date")
        let precision = try reader.optionalWord("precision", DatePrecision.self) ?? .day
        let kind = try reader.word("kind", ControlEvent.Kind.self)
        let layer = try reader.optionalWord("layer", Layer.self)
        let subject = try reader.optionalString("subject")
        let from = try reader.optionalString("from")
        let to = try reader.optionalString("to")
        var alternatives: [ControlEvent.AlternativeDate] = []
        for (index, element) in try reader.array("alternatives").enumerated() {
            var alternative = try reader.nested(element, context: "alternatives[\(index)]")
            alternatives.append(
                ControlEvent.AlternativeDate(
                    date: try alternative.day("date"), source: try alternative.optionalString("source"),
                    note: try alternative.optionalString("note")))
            try alternative.finish()
        }
        let event = ControlEvent(
            id: id, name: name, date: date, precision: precision, kind: kind, layer: layer, subject: subject,
            from: from,
            to: to, alternatives: alternatives, source: try reader.optionalString("source"),
            note: try reader.optionalString("note"), concerns: try concerns(&reader))
        try reader.finish()
        try check(event, reader)
        return event
    }

    /// The optional `concerns` object: `{"units": [...], "places": [...]}`.
    private static func concerns(_ reader: inout RecordReader) throws(DatasetError) -> ControlEvent.Concerns {
        guard let value = reader.raw("concerns") else { return ControlEvent.Concerns() }
        var nested = try reader.nested(value, context: "concerns")
        let concerns = ControlEvent.Concerns(units: try nested.strings("units"), places: try nested.strings("places"))
        try nested.finish()
        return concerns
    }

    private static func check(_ event: ControlEvent, _ reader: RecordReader) throws(DatasetError) {
        switch event.kind {
        case .transfer:
            let missing = [("layer", event.layer == nil), ("subject", event.subject == nil), ("to", event.to == nil)]
                .filter(\.1).map { "\"\($0.0)\"" }
            if !missing.isEmpty {
                throw reader.error(
                    DatasetError.inconsistent, "a transfer needs \(missing.joined(separator: ", ")) (missing or null)")
            }
        case .milestone:
            let present = [
                ("layer", event.layer != nil), ("subject", event.subject != nil), ("from", event.from != nil),
                ("to", event.to != nil),
            ].filter(\.1).map { "\"\($0.0)\"" }
            if !present.isEmpty {
                throw reader.error(
                    DatasetError.inconsistent,
                    "a milestone changes no holding, so it has no \(present.joined(separator: ", ")); "
                        + "make it a transfer or drop them")
            }
        }
        let (_, month, day) = event.date.components
        if (event.precision == .month && day != 1) || (event.precision == .year && (day != 1 || month != 1)) {
            throw reader.error(
                DatasetError.invalidDate,
                "a \(event.precision.rawValue)-precision date is stored as the first day of its "
                    + "\(event.precision.rawValue), found \(event.date)")
        }
        if let same = event.alternatives.first(where: { $0.date == event.date }) {
            throw reader.error(DatasetError.inconsistent, "alternative date \(same.date) is the chosen date itself")
        }
    }

    static func corridor(_ reader: inout RecordReader) throws(DatasetError) -> Corridor {
        let id = try reader.readID()
        let kind = try reader.word("kind", Corridor.Kind.self)
        let names = try reader.names()
        let width = try reader.optionalNumber("width_m")
        if let width, width <= 0 { throw reader.malformed("\"width_m\" must be positive or null, found \(width)") }
        var routes: [Corridor.Route] = []
        for (index, element) in try reader.array("routes").enumerated() {
            var route = try reader.nested(element, context: "routes[\(index)]")
            routes.append(
                Corridor.Route(
                    id: try route.string("id"), lifetime: try route.interval(),
                    geometry: try geometryRef(&route, key: "geometry")))
            try route.finish()
        }
        var statuses: [Corridor.StatusPeriod] = []
        for (index, element) in try reader.array("status").enumerated() {
            var status = try reader.nested(element, context: "status[\(index)]")
            statuses.append(
                Corridor.StatusPeriod(
                    period: try status.interval(), status: try status.word("status", Corridor.Status.self),
                    source: try status.optionalString("source"), note: try status.optionalString("note")))
            try status.finish()
        }
        var checkpoints: [Corridor.Checkpoint] = []
        for (index, element) in try reader.array("checkpoints").enumerated() {
            var checkpoint = try reader.nested(element, context: "checkpoints[\(index)]")
            checkpoints.append(
                Corridor.Checkpoint(
                    id: try checkpoint.string("id"), place: try checkpoint.string("place"),
                    period: try checkpoint.interval(), by: try checkpoint.string("by")))
            try checkpoint.finish()
        }
        var controllers: [Corridor.Controller] = []
        for (index, element) in try reader.array("controllers").enumerated() {
            var controller = try reader.nested(element, context: "controllers[\(index)]")
            controllers.append(
                Corridor.Controller(
                    entity: try controller.string("entity"),
                    role: try controller.word("role", Corridor.Controller.Role.self),
                    period: try controller.interval(), source: try controller.optionalString("source")))
            try controller.finish()
        }
        let corridor = Corridor(
            id: id, kind: kind, names: names, widthMeters: width, routes: routes, status: statuses,
            checkpoints: checkpoints, controllers: controllers, source: try reader.optionalString("source"),
            note: try reader.optionalString("note"))
        try reader.finish()
        return corridor
    }

    static func place(_ reader: inout RecordReader) throws(DatasetError) -> Place {
        let id = try reader.readID()
        let kind = try reader.word("kind", Place.Kind.self)
        let names = try reader.names()
        let lat = try reader.number("lat")
        let lon = try reader.number("lon")
        guard (-90...90).contains(lat), (-180...180).contains(lon) else {
            throw reader.malformed("lat \(lat), lon \(lon) is not a position (lat -90...90, lon -180...180)")
        }
        let place = Place(
            id: id, kind: kind, names: names, coordinate: Coordinate(x: lon, y: lat),
            unit: try reader.optionalString("unit"), source: try reader.optionalString("source"))
        try reader.finish()
        return place
    }

    private static func geometryRef(_ reader: inout RecordReader, key: String) throws(DatasetError) -> GeometryRef {
        let text = try reader.string(key)
        guard let ref = GeometryRef(text) else {
            throw reader.error(
                DatasetError.unresolvedGeometry, "\"\(key)\" is \"\(text)\"; expected FILE.geojson#FEATURE_ID")
        }
        return ref
    }
}

extension RecordDecoding {
    static func group(_ reader: inout RecordReader) throws(DatasetError) -> EntityGroup {
        let id = try reader.readID()
        let names = try reader.names()
        var members: [EntityGroup.Member] = []
        for (index, element) in try reader.array("members").enumerated() {
            var member = try reader.nested(element, context: "members[\(index)]")
            members.append(
                EntityGroup.Member(
                    entity: try member.string("entity"), period: try member.interval(),
                    note: try member.optionalString("note")))
            try member.finish()
        }
        if members.isEmpty { throw reader.malformed("\"members\" must name at least one entity") }
        let group = EntityGroup(
            id: id, names: names, members: members, source: try reader.optionalString("source"),
            note: try reader.optionalString("note"))
        try reader.finish()
        return group
    }
}
