import Territory

extension Shape {
    /// This shape as `kind` (a polygon as a one-part multipolygon, a line as a one-part
    /// multilinestring), or `nil` when it has nothing of that kind.
    func coerced(to kind: ExportTable.GeometryKind) -> Shape? {
        switch (kind, self) {
        case (.point, .point):
            return self
        case (.multiLineString, .lineString(let line)), (.multiLineString, .linearRing(let line)):
            return .multiLineString([line])
        case (.multiLineString, .multiLineString):
            return self
        case (.multiPolygon, _):
            let polygons = polygonParts
            return polygons.isEmpty ? nil : .multiPolygon(polygons)
        default:
            return nil
        }
    }
}

extension ExportTable.Row {
    /// The row's shape as a GEOS geometry of `kind`, or `nil` when it has none of that kind.
    func geometry(as kind: ExportTable.GeometryKind, in table: String) throws(ExportError) -> Geometry? {
        guard let shape = shape?.coerced(to: kind) else { return nil }
        do {
            return try Geometry(shape)
        } catch {
            throw .query(.geometry("a geometry of \(table) cannot be built: \(error)"))
        }
    }
}
