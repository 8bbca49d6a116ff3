import Territory

/// The data of the timeline viewer, as one JSON value: every period's ground, pre-projected to
/// SVG path strings (each distinct path stored once), the holders' areas per layer, the
/// corridors, the places and the events.
struct ViewerData {
    /// Tolerance of the simplification, in projected metres: finer than a pixel of the page's map.
    static let toleranceMeters = 200.0
    /// The viewBox width of the page's map; the height follows from the ground's shape.
    static let mapWidth = 1000.0

    let atlas: Atlas
    let today: Day

    func json(progress: (Int, Int) -> Void) throws(QueryError) -> JSONValue {
        let dataset = atlas.dataset
        let projection = try MapProjection(atlas: atlas)
        let grounds = try atlas.periodGrounds(through: today, progress: progress)
        // The neighbours are drawn in part and never change, so today's ground spans the map.
        let todayShapes = try (grounds.last?.layers.deFacto.holders ?? []).map { ground throws(QueryError) in
            try projection.project(ground.shape)
        }
        let bounds = Bounds(of: todayShapes) ?? Bounds(minX: -1000, minY: -1000, maxX: 1000, maxY: 1000)
        let height = (Self.mapWidth * (bounds.maxY - bounds.minY) / (bounds.maxX - bounds.minX)).rounded()
        let frame = MapFrame(bounds: bounds, box: Bounds(minX: 0, minY: 0, maxX: Self.mapWidth, maxY: height))

        // The unit each transfer is about: a region shows the events of the units its ground lies in.
        let eventUnits: [String?] = dataset.events.map { event in
            guard event.kind == .transfer, let subject = event.subject, dataset.unit(id: subject) != nil else {
                return nil
            }
            return subject
        }
        var paths: [String] = []
        var pathIndex: [String: Int] = [:]
        func path(_ shape: Shape) -> JSONValue {
            let data = frame.pathData(shape, decimals: 1)
            if let index = pathIndex[data] { return .number(Double(index)) }
            paths.append(data)
            pathIndex[data] = paths.count - 1
            return .number(Double(paths.count - 1))
        }

        var periodValues: [JSONValue] = []
        for ground in grounds {
            let period = ground.period
            let day = period.from!
            var regions: [JSONValue] = []
            for holding in ground.holdings {
                let shape = try projection.projectSimplified(holding.shape, toleranceMeters: Self.toleranceMeters)
                let touching = Set(holding.touchedUnits)
                let events = eventUnits.indices.filter { eventUnits[$0].map(touching.contains) ?? false }
                regions.append(
                    .object([
                        "f": holding.deFacto.map { .string($0) } ?? .null,
                        "j": holding.deJure.map { .string($0) } ?? .null,
                        "p": path(shape),
                        "a": .string(format(holding.areaKm2, 1)),
                        "e": .array(events.map { .number(Double($0)) }),
                    ]))
            }
            var corridors: [JSONValue] = []
            for route in ground.routes {
                corridors.append(
                    .object([
                        "id": .string(route.corridor),
                        "n": .string(route.name),
                        "s": route.status.map { .string($0.rawValue) } ?? .null,
                        "p": path(try projection.project(route.shape)),
                    ]))
            }
            periodValues.append(
                .object([
                    "from": .string(day.description),
                    "to": period.to.map { .string($0.description) } ?? .null,
                    "r": .array(regions),
                    "a": .object(
                        Dictionary(
                            uniqueKeysWithValues: Layer.allCases.map { ($0.rawValue, areas(ground.layers[$0])) })),
                    "c": .array(corridors),
                ]))
        }
        return .object([
            "start": .string(dataset.info.range.from?.description ?? grounds.first?.period.from?.description ?? ""),
            "end": .string(today.description),
            "width": .number(Self.mapWidth),
            "height": .number(height),
            "paths": .array(paths.map { .string($0) }),
            "periods": .array(periodValues),
            "entities": .object(
                Dictionary(
                    uniqueKeysWithValues: dataset.entities.map {
                        ($0.id, JSONValue.object(["n": .string($0.name), "c": .string(MapPalette.colour(of: $0.id))]))
                    })),
            "events": .array(dataset.events.map(eventValue)),
            "places": .array(
                try placeValues(
                    frame: frame, projection: projection,
                    area: Bounds(minX: 0, minY: 0, maxX: Self.mapWidth, maxY: height))),
            "name": .string(dataset.info.name + " " + dataset.info.version),
        ])
    }

    /// Each holder's area on one layer, largest first, rounded as `territory snapshot` rounds.
    private func areas(_ ground: LayerGround) -> JSONValue {
        .array(ground.holders.map { .array([.string($0.holder), .string(format($0.areaKm2, 1))]) })
    }

    private func eventValue(_ event: ControlEvent) -> JSONValue {
        .object([
            "id": .string(event.id),
            "d": .string(event.date.description),
            "p": .string(event.precision.rawValue),
            "k": .string(event.kind.rawValue),
            "n": .string(event.name ?? event.id),
            "l": event.layer.map { .string($0.rawValue) } ?? .null,
            "f": event.from.map { .string($0) } ?? .null,
            "t": event.to.map { .string($0) } ?? .null,
        ])
    }

    /// Cities and towns, for orientation, each with a label position that overlaps no other.
    private func placeValues(
        frame: MapFrame, projection: MapProjection, area: Bounds
    ) throws(QueryError) -> [JSONValue] {
        let places = atlas.dataset.places.filter { $0.origin == .curated && ($0.kind == .city || $0.kind == .town) }
            .sorted { ($0.kind == .city ? 0 : 1) < ($1.kind == .city ? 0 : 1) }
        var requests: [LabelPlacement.Request] = []
        for place in places {
            let point = frame.point(try projection.project(place.coordinate))
            requests.append(.init(text: place.name, point: point, fontSize: 11, centred: false))
        }
        let placed = Dictionary(
            uniqueKeysWithValues: LabelPlacement(area: area, obstacles: []).place(requests).map { ($0.request, $0) })
        return places.indices.map { index in
            let point = requests[index].point
            var value: [String: JSONValue] = [
                "n": .string(places[index].name), "k": .string(places[index].kind.rawValue),
                "x": .number((point.x * 10).rounded() / 10), "y": .number((point.y * 10).rounded() / 10),
            ]
            if let label = placed[index] {
                value["lx"] = .number((label.x * 10).rounded() / 10)
                value["ly"] = .number((label.y * 10).rounded() / 10)
                value["la"] = .string(label.anchor)
            }
            return .object(value)
        }
    }
}
