import Territory

/// What a map shows on one day, before it is drawn: projected and simplified ground per holder,
/// the ground whose holders differ between the layers, corridor routes and places.
struct MapGround {
    /// One holder's ground.
    struct Holding {
        var holder: String
        var areaKm2: Double
        var shape: Shape
        /// A point inside its largest part, for its label.
        var labelPoint: Coordinate?
        /// Whether the map shows only part of the holder's ground (it holds a clipped neighbour).
        var isPartial: Bool
    }

    /// Land drawn for context only (``Backdrop``).
    struct Context {
        var name: String
        var shape: Shape
        var labelPoint: Coordinate?
    }

    /// Ground shown as one holder's but held, on the other layer, by `other` (nil: nobody).
    struct Difference {
        var other: String?
        var areaKm2: Double
        var shape: Shape
    }

    /// A corridor's route on the day.
    struct Route {
        var corridor: Corridor
        var status: Corridor.Status?
        var shape: Shape
    }

    var holdings: [Holding]
    var differences: [Difference]
    var routes: [Route]
    /// Land no record holds, drawn under the ground.
    var backdrop: [Context]
    /// Every place, projected.
    var places: [(place: Place, point: Coordinate)]
}

extension Atlas {
    /// The ground of `snapshot`, projected by `projection` and simplified to `toleranceMeters`.
    func mapGround(
        _ snapshot: Snapshot, projection: MapProjection, toleranceMeters: Double
    ) throws(QueryError) -> MapGround {
        var holdings: [MapGround.Holding] = []
        let partial = partialHolders(on: snapshot.date, layer: snapshot.layer)
        for ground in snapshot.holders {
            let shape = try projection.projectSimplified(ground.shape, toleranceMeters: toleranceMeters)
            holdings.append(
                MapGround.Holding(
                    holder: ground.holder, areaKm2: ground.areaKm2, shape: shape, labelPoint: try labelPoint(shape),
                    isPartial: partial.contains(ground.holder)))
        }
        var backdrop: [MapGround.Context] = []
        for context in dataset.info.backdrop {
            guard let feature = dataset.features[context.geometry] else { continue }
            let shape = try projection.projectSimplified(feature.shape, toleranceMeters: toleranceMeters)
            backdrop.append(MapGround.Context(name: context.name, shape: shape, labelPoint: try labelPoint(shape)))
        }
        var differences: [MapGround.Difference] = []
        for ground in try differingGround(on: snapshot.date, shown: snapshot.layer) {
            let shape = try projection.projectSimplified(ground.shape, toleranceMeters: toleranceMeters)
            differences.append(MapGround.Difference(other: ground.other, areaKm2: ground.areaKm2, shape: shape))
        }
        var routes: [MapGround.Route] = []
        for state in snapshot.corridors {
            guard let line = state.routeShape, let corridor = dataset.corridor(id: state.corridor) else { continue }
            routes.append(
                MapGround.Route(corridor: corridor, status: state.status?.status, shape: try projection.project(line)))
        }
        var places: [(place: Place, point: Coordinate)] = []
        // Maps label the curated places only: the GeoNames towns would bury the conflict area in names.
        for place in dataset.places where place.origin == .curated {
            places.append((place, try projection.project(place.coordinate)))
        }
        return MapGround(
            holdings: holdings, differences: differences, routes: routes, backdrop: backdrop, places: places)
    }

    /// A point inside the largest part of `shape`, where its label is tried first.
    private func labelPoint(_ shape: Shape) throws(QueryError) -> Coordinate? {
        guard let largest = shape.polygonParts.max(by: { ringArea($0.exterior) < ringArea($1.exterior) }),
            case .point(let point) = try geos({ () throws(GEOSError) in
                try Geometry(.polygon(largest)).pointOnSurface().shape
            })
        else { return nil }
        return point
    }
}

/// The unsigned planar area of a ring (shoelace), in its own units squared.
func ringArea(_ ring: [Coordinate]) -> Double {
    guard ring.count > 2 else { return 0 }
    var sum = 0.0
    for index in 0..<(ring.count - 1) {
        sum += ring[index].x * ring[index + 1].y - ring[index + 1].x * ring[index].y
    }
    return abs(sum) / 2
}
