import SwiftGEOS

/// A deterministic generator so random tests repeat exactly (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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
