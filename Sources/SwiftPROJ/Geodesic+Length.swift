import CPROJ
import SwiftGEOS

extension Geodesic {
    /// The length in metres of the path joining `line`'s coordinates by geodesics.
    public func length(of line: [Coordinate]) throws(PROJError) -> Double {
        try Self.check(line)
        return withUnsafePointer(to: ellipsoid) { Self.measure($0, line, closed: false).length }
    }

    /// The total length in metres of the shape's linework: line strings, rings, and the boundaries
    /// (exterior and holes) of polygons, each edge a geodesic. Points count for nothing.
    public func length(of shape: Shape) throws(PROJError) -> Double {
        try Self.check(shape)
        return withUnsafePointer(to: ellipsoid) { ellipsoid in
            let lines = shape.lineParts.reduce(0) { $0 + Self.measure(ellipsoid, $1, closed: false).length }
            return lines + Self.perimeter(ellipsoid, shape.polygonParts)
        }
    }

    /// The total length in metres of the geometry's linework (see `length(of:)` for shapes).
    public func length(of geometry: Geometry) throws(PROJError) -> Double {
        try length(of: geometry.shape)
    }

    /// The perimeter in metres of a polygon: its exterior ring plus its holes, edges being geodesics.
    public func perimeter(of polygon: Polygon) throws(PROJError) -> Double {
        try perimeter(of: Shape.polygon(polygon))
    }

    /// The summed perimeters in metres of the shape's polygonal parts; lines and points count for nothing.
    public func perimeter(of shape: Shape) throws(PROJError) -> Double {
        try Self.check(shape)
        return withUnsafePointer(to: ellipsoid) { Self.perimeter($0, shape.polygonParts) }
    }

    /// The summed perimeters in metres of the geometry's polygonal parts.
    public func perimeter(of geometry: Geometry) throws(PROJError) -> Double {
        try perimeter(of: geometry.shape)
    }

    private static func perimeter(_ ellipsoid: UnsafePointer<geod_geodesic>, _ polygons: [Polygon]) -> Double {
        var total = 0.0
        for polygon in polygons {
            for ring in [polygon.exterior] + polygon.holes {
                total += measure(ellipsoid, ring, closed: true).length
            }
        }
        return total
    }
}
