extension Shape {
    /// The polygons of the shape: itself, a multipolygon's members, and those inside collections,
    /// in shape order. Empty polygons, which have neither area nor boundary, are left out; lines
    /// and points have none.
    ///
    /// ```swift
    /// let shape = Shape.geometryCollection([.polygon(square), .lineString(road)])
    /// shape.polygonParts   // [square]
    /// ```
    public var polygonParts: [Polygon] {
        switch self {
        case .polygon(let polygon): return polygon.exterior.isEmpty ? [] : [polygon]
        case .multiPolygon(let polygons): return polygons.filter { !$0.exterior.isEmpty }
        case .geometryCollection(let shapes): return shapes.flatMap(\.polygonParts)
        case .point, .lineString, .linearRing, .multiPoint, .multiLineString: return []
        }
    }

    /// The lines of the shape: line strings, stand-alone rings, a multilinestring's members, and
    /// those inside collections, in shape order. Polygon boundaries do not count (see
    /// `polygonParts`); empty lines are left out.
    public var lineParts: [[Coordinate]] {
        switch self {
        case .lineString(let line), .linearRing(let line): return line.isEmpty ? [] : [line]
        case .multiLineString(let lines): return lines.filter { !$0.isEmpty }
        case .geometryCollection(let shapes): return shapes.flatMap(\.lineParts)
        case .point, .polygon, .multiPoint, .multiPolygon: return []
        }
    }

    /// The points of the shape: itself, a multipoint's members, and those inside collections, in
    /// shape order; vertices of lines and polygons do not count.
    public var pointParts: [Coordinate] {
        switch self {
        case .point(let point): return [point]
        case .multiPoint(let points): return points
        case .geometryCollection(let shapes): return shapes.flatMap(\.pointParts)
        case .lineString, .linearRing, .polygon, .multiLineString, .multiPolygon: return []
        }
    }
}
