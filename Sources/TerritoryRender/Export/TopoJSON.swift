import Territory

extension Atlas {
    /// The ground and corridors on a day, or in every period, as a TopoJSON topology: the features
    /// of `geoJSON(on:kinds:)` (same ids and properties) in two objects, `"ground"` (polygons) and
    /// `"corridors"` (lines), which GIS tools (GDAL's TopoJSON driver) read as two layers.
    ///
    /// Polygons are chains of shared arcs: the borders of the overlay's faces cut at their
    /// junctions (`ArcTable`), each stored once however many polygons and periods it bounds, so a
    /// file of every period is a fraction of the GeoJSON's size. Without quantisation the arcs hold
    /// the GeoJSON's coordinates (7 decimals) and decode to its rings exactly (exteriors
    /// counter-clockwise, holes clockwise, possibly starting at another vertex).
    ///
    /// ```swift
    /// let topology = try atlas.topoJSON(on: nil, quantization: 1_000_000)
    /// ```
    /// - Parameters:
    ///   - day: the day, or `nil` for every period.
    ///   - quantization: with a value (2 or more), arcs are quantised as TopoJSON defines it: each
    ///     coordinate becomes one of that many steps across the data's extent, delta-encoded, and
    ///     a `"transform"` gives the scale and translation back to lon/lat. `nil` writes lon/lat.
    ///   - progress: with `nil`, called after each period (see `geoJSONAllPeriods(kinds:progress:)`).
    /// - Throws: `QueryError.outsideRange` for a day outside the dataset, `.geometry`.
    public func topoJSON(
        on day: Day?, quantization: Int? = nil, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(QueryError) -> String {
        precondition(quantization.map { $0 >= 2 } ?? true, "a TopoJSON quantization is 2 or more")
        let periods: [PeriodGround]
        if let day {
            periods = [try periodGround(containing: day)]
        } else {
            periods = try periodGrounds(progress: progress)
        }
        var writer = TopoJSONWriting(arcs: faceArcs())
        return writer.topology(periods, quantization: quantization)
    }
}

/// Renders periods of ground and corridors as a TopoJSON topology over an `ArcTable`.
struct TopoJSONWriting {
    private var arcs: ArcTable
    /// The output index of each arc used, by its index in `arcs`: only arcs features use are
    /// written, numbered in the order first used.
    private var outputIndex: [Int: Int] = [:]
    private var used: [Int] = []

    init(arcs: ArcTable) {
        self.arcs = arcs
    }

    /// The topology's JSON text.
    mutating func topology(_ periods: [PeriodGround], quantization: Int?) -> String {
        var objects: [String: JSONValue] = [:]
        for kind in FeatureKind.allCases {
            var geometries: [JSONValue] = []
            func add(id: String, shape: Shape, properties: [String: JSONValue]) {
                var object = geometry(shape)
                object["id"] = .string(id)
                object["properties"] = .object(properties)
                geometries.append(.object(object))
            }
            for period in periods {
                switch kind {
                case .ground:
                    for piece in period.holdings.flatMap(\.pieces) {
                        add(id: piece.id, shape: piece.shape, properties: GeoJSONExport.properties(of: piece))
                    }
                case .corridors:
                    for route in period.routes {
                        add(id: route.id, shape: route.shape, properties: GeoJSONExport.properties(of: route))
                    }
                }
            }
            objects[kind.rawValue] = .object(["type": .string("GeometryCollection"), "geometries": .array(geometries)])
        }
        let lines = used.map { index in
            let line = GeoJSONWriting.roundedLine(arcs.arcs[index])
            return line.count >= 2 ? line : [line[0], line[0]]
        }
        // "type" first: GDAL tells a TopoJSON file by the start of its text.
        var text = #"{"type":"Topology","objects":"# + JSONValue.object(objects).json
        if let quantization {
            let (transform, quantized) = Self.quantized(lines, steps: quantization)
            text += #","transform":"# + transform.json + #","arcs":"# + JSONValue.array(quantized).json
        } else {
            let arcs = lines.map { JSONValue.array($0.map { .array([.number($0.x), .number($0.y)]) }) }
            text += #","arcs":"# + JSONValue.array(arcs).json
        }
        return text + "}"
    }

    /// A geometry object without id and properties: its type and arcs.
    private mutating func geometry(_ shape: Shape) -> [String: JSONValue] {
        switch shape {
        case .polygon(let polygon):
            return ["type": .string("Polygon"), "arcs": .array(rings(polygon))]
        case .multiPolygon(let polygons):
            return ["type": .string("MultiPolygon"), "arcs": .array(polygons.map { .array(rings($0)) })]
        case .lineString(let line), .linearRing(let line):
            return ["type": .string("LineString"), "arcs": .array([output(arcs.reference(ofLine: line))])]
        case .multiLineString(let lines):
            return [
                "type": .string("MultiLineString"),
                "arcs": .array(lines.map { .array([output(arcs.reference(ofLine: $0))]) }),
            ]
        case .point, .multiPoint, .geometryCollection:
            // Exports hold ground (polygons) and routes (lines) only.
            return ["type": .null]
        }
    }

    /// A polygon's rings as arc lists, oriented and dropped as `GeoJSONWriting` does (exterior
    /// counter-clockwise, holes clockwise, rings that collapse at 7 decimals left out).
    private mutating func rings(_ polygon: Polygon) -> [JSONValue] {
        guard let exterior = ring(polygon.exterior, counterClockwise: true) else { return [] }
        return [exterior] + polygon.holes.compactMap { ring($0, counterClockwise: false) }
    }

    private mutating func ring(_ ring: [Coordinate], counterClockwise: Bool) -> JSONValue? {
        guard let rounded = GeoJSONWriting.roundedRing(ring) else { return nil }
        var references = arcs.references(of: ring)
        if GeoJSONWriting.isCounterClockwise(rounded) != counterClockwise {
            references = references.reversed().map { ~$0 }
        }
        var written: [JSONValue] = []
        for reference in references { written.append(output(reference)) }
        return .array(written)
    }

    /// An arc reference renumbered to the arcs written.
    private mutating func output(_ reference: Int) -> JSONValue {
        let index = reference >= 0 ? reference : ~reference
        let written: Int
        if let known = outputIndex[index] {
            written = known
        } else {
            written = used.count
            outputIndex[index] = written
            used.append(index)
        }
        return .number(Double(reference >= 0 ? written : ~written))
    }

    /// TopoJSON quantisation: the transform and the delta-encoded arcs, in `steps` steps across
    /// the extent; points a step rounds onto the one before are dropped, keeping two per arc.
    private static func quantized(_ lines: [[Coordinate]], steps: Int) -> (JSONValue, [JSONValue]) {
        let points = lines.joined()
        let minX = points.map(\.x).min() ?? 0
        let minY = points.map(\.y).min() ?? 0
        let spanX = (points.map(\.x).max() ?? 0) - minX
        let spanY = (points.map(\.y).max() ?? 0) - minY
        let scaleX = spanX > 0 ? spanX / Double(steps - 1) : 1
        let scaleY = spanY > 0 ? spanY / Double(steps - 1) : 1
        let arcs = lines.map { line -> JSONValue in
            var deltas: [JSONValue] = []
            var last: (x: Int, y: Int)?
            for (offset, point) in line.enumerated() {
                let x = Int(((point.x - minX) / scaleX).rounded())
                let y = Int(((point.y - minY) / scaleY).rounded())
                let delta = last.map { (x - $0.x, y - $0.y) } ?? (x, y)
                if last != nil && delta == (0, 0) && !(offset == line.count - 1 && deltas.count < 2) { continue }
                deltas.append(.array([.number(Double(delta.0)), .number(Double(delta.1))]))
                last = (x, y)
            }
            return .array(deltas)
        }
        let transform = JSONValue.object([
            "scale": .array([.number(scaleX), .number(scaleY)]),
            "translate": .array([.number(minX), .number(minY)]),
        ])
        return (transform, arcs)
    }
}
