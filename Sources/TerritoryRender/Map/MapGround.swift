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
    /// The ground of `layer` in `period`, projected by `projection` and simplified to `toleranceMeters`.
    func mapGround(
        _ period: PeriodGround, layer: Layer, projection: MapProjection, toleranceMeters: Double
    ) throws(QueryError) -> MapGround {
        let ground = period.layers[layer]
        // A holder is drawn in part when it holds ground of a unit the dataset draws only in part.
        let partial = Set(
            period.holdings.filter { $0.touchedUnits.contains { dataset.unit(id: $0)?.isPartial ?? false } }
                .compactMap { layer == .deFacto ? $0.deFacto : $0.deJure })
        var holdings: [MapGround.Holding] = []
        for holder in ground.holders {
            let shape = try projection.projectSimplified(holder.shape, toleranceMeters: toleranceMeters)
            holdings.append(
                MapGround.Holding(
                    holder: holder.holder, areaKm2: holder.areaKm2, shape: shape, labelPoint: try labelPoint(shape),
                    isPartial: partial.contains(holder.holder)))
        }
        var backdrop: [MapGround.Context] = []
        for context in dataset.info.backdrop {
            guard let feature = dataset.features[context.geometry] else { continue }
            let shape = try projection.projectSimplified(feature.shape, toleranceMeters: toleranceMeters)
            backdrop.append(MapGround.Context(name: context.name, shape: shape, labelPoint: try labelPoint(shape)))
        }
        var differences: [MapGround.Difference] = []
        for differing in ground.differing {
            let shape = try projection.projectSimplified(differing.shape, toleranceMeters: toleranceMeters)
            differences.append(MapGround.Difference(other: differing.other, areaKm2: differing.areaKm2, shape: shape))
        }
        var routes: [MapGround.Route] = []
        for route in period.routes {
            guard let corridor = dataset.corridor(id: route.corridor) else { continue }
            routes.append(
                MapGround.Route(corridor: corridor, status: route.status, shape: try projection.project(route.shape)))
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
        guard
            let largest = shape.polygonParts.max(by: {
                abs($0.exterior.signedPlanarArea) < abs($1.exterior.signedPlanarArea)
            }),
            case .point(let point) = try geos({ () throws(GEOSError) in
                try Geometry(.polygon(largest)).pointOnSurface().shape
            })
        else { return nil }
        return point
    }
}
