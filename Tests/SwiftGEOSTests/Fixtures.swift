import SwiftGEOS

/// An axis-aligned rectangle as a counter-clockwise closed ring.
func box(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> [Coordinate] {
    [
        Coordinate(x: minX, y: minY), Coordinate(x: maxX, y: minY), Coordinate(x: maxX, y: maxY),
        Coordinate(x: minX, y: maxY), Coordinate(x: minX, y: minY),
    ]
}

/// A rectangle polygon geometry.
func rectangle(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) throws -> Geometry {
    try Geometry(.polygon(Polygon(exterior: box(minX, minY, maxX, maxY))))
}

/// The unit square [0, 1] x [0, 1].
func unitSquare() throws -> Geometry {
    try rectangle(0, 0, 1, 1)
}
