import CPROJ
import SwiftGEOS

extension Geodesic {
    /// The area in square metres of a polygon whose edges are geodesics: the exterior ring's area
    /// minus its holes' areas.
    ///
    /// The result is unsigned and does not depend on ring orientation: each ring counts for the
    /// smaller of the two areas it divides the ellipsoid into, so no ring may enclose more than
    /// half the ellipsoid. Rings may cross the antimeridian or surround a pole.
    public func area(of polygon: Polygon) throws(PROJError) -> Double {
        try area(of: Shape.polygon(polygon))
    }

    /// The summed areas in square metres of the shape's polygonal parts (see `area(of:)` for a
    /// polygon); lines and points have none.
    public func area(of shape: Shape) throws(PROJError) -> Double {
        try Self.check(shape)
        return withUnsafePointer(to: ellipsoid) { ellipsoid in
            var total = 0.0
            for polygon in shape.polygonParts {
                total += abs(Self.measure(ellipsoid, polygon.exterior, closed: true).signedArea)
                for hole in polygon.holes {
                    total -= abs(Self.measure(ellipsoid, hole, closed: true).signedArea)
                }
            }
            return total
        }
    }

    /// The summed areas in square metres of the geometry's polygonal parts.
    public func area(of geometry: Geometry) throws(PROJError) -> Double {
        try area(of: geometry.shape)
    }
}
