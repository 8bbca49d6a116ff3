import Territory

/// How exports write coordinates: lon/lat rounded to 7 decimals (about 1 cm), exterior rings
/// counter-clockwise and holes clockwise, rings left degenerate by rounding dropped. GeoJSON and
/// TopoJSON share these rules, so their rings decode to the same points.
enum GeoJSONWriting {
    /// A longitude or latitude rounded to 7 decimals, as exports write it.
    static func rounded(_ value: Double) -> Double { (value * 1e7).rounded() / 1e7 }

    /// `line` rounded to 7 decimals with repeated points dropped.
    static func roundedLine(_ line: [Coordinate]) -> [Coordinate] {
        var kept: [Coordinate] = []
        kept.reserveCapacity(line.count)
        for coordinate in line {
            let point = Coordinate(x: rounded(coordinate.x), y: rounded(coordinate.y))
            if kept.last != point { kept.append(point) }
        }
        return kept
    }

    /// `ring` rounded to 7 decimals with repeated points dropped; `nil` when fewer than 4 remain
    /// (the ring collapsed).
    static func roundedRing(_ ring: [Coordinate]) -> [Coordinate]? {
        let kept = roundedLine(ring)
        return kept.count >= 4 ? kept : nil
    }

    /// The polygon's rings rounded and oriented (exterior counter-clockwise, holes clockwise),
    /// collapsed holes left out; `nil` when the exterior collapses.
    static func orientedRings(_ polygon: Polygon) -> [[Coordinate]]? {
        guard let exterior = ring(polygon.exterior, counterClockwise: true) else { return nil }
        return [exterior] + polygon.holes.compactMap { ring($0, counterClockwise: false) }
    }

    private static func ring(_ ring: [Coordinate], counterClockwise: Bool) -> [Coordinate]? {
        guard var kept = roundedRing(ring) else { return nil }
        if isCounterClockwise(kept) != counterClockwise { kept.reverse() }
        return kept
    }

    /// `shape` as a GeoJSON export writes it, and as a reader of the export gets it back: rounded,
    /// oriented, collapsed rings dropped (a collapsed polygon becomes an empty one), rings as lines.
    /// The GeoPackage and PostGIS tables hold these shapes, so every export carries one geometry.
    static func exported(_ shape: Shape) -> Shape {
        switch shape {
        case .point(let point):
            return .point(rounded(point))
        case .multiPoint(let points):
            return .multiPoint(points.map(rounded))
        case .lineString(let line), .linearRing(let line):
            return .lineString(roundedLine(line))
        case .multiLineString(let lines):
            return .multiLineString(lines.map(roundedLine))
        case .polygon(let polygon):
            return .polygon(orientedRings(polygon).map(Self.polygon) ?? Polygon(exterior: []))
        case .multiPolygon(let polygons):
            return .multiPolygon(polygons.compactMap(orientedRings).map(Self.polygon))
        case .geometryCollection(let shapes):
            return .geometryCollection(shapes.map(exported))
        }
    }

    private static func rounded(_ point: Coordinate) -> Coordinate {
        Coordinate(x: rounded(point.x), y: rounded(point.y))
    }

    private static func polygon(_ rings: [[Coordinate]]) -> Polygon {
        Polygon(exterior: rings[0], holes: Array(rings.dropFirst()))
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
