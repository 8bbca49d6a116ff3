extension Shape {
    /// The polygons of a polygonal shape (members of collections included); none for lines and points.
    var polygonParts: [Polygon] {
        switch self {
        case .polygon(let polygon): return polygon.exterior.isEmpty ? [] : [polygon]
        case .multiPolygon(let polygons): return polygons.filter { !$0.exterior.isEmpty }
        case .geometryCollection(let shapes): return shapes.flatMap(\.polygonParts)
        default: return []
        }
    }

    /// The lines of a lineal shape (members of collections included); none for polygons and points.
    var lineParts: [[Coordinate]] {
        switch self {
        case .lineString(let line), .linearRing(let line): return line.isEmpty ? [] : [line]
        case .multiLineString(let lines): return lines.filter { !$0.isEmpty }
        case .geometryCollection(let shapes): return shapes.flatMap(\.lineParts)
        default: return []
        }
    }
}
