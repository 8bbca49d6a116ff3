extension Shape {
    /// The polygons of a polygonal shape (members of collections included); none for lines and points.
    package var polygonParts: [Polygon] {
        switch self {
        case .polygon(let polygon): return polygon.exterior.isEmpty ? [] : [polygon]
        case .multiPolygon(let polygons): return polygons.filter { !$0.exterior.isEmpty }
        case .geometryCollection(let shapes): return shapes.flatMap(\.polygonParts)
        default: return []
        }
    }
}
