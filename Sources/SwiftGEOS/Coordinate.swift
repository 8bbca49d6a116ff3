/// A planar position: for geographic data `x` is the longitude and `y` the latitude, in degrees.
///
/// Its layout is two adjacent `Double`s, which lets arrays of coordinates move to and from GEOS
/// coordinate sequences in one copy.
public struct Coordinate: Sendable, Hashable, Codable {
    /// Easting or longitude.
    public var x: Double
    /// Northing or latitude.
    public var y: Double

    /// A coordinate at (`x`, `y`).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Whether both values are finite (neither NaN nor infinite).
    public var isFinite: Bool { x.isFinite && y.isFinite }
}

/// An axis-aligned bounding rectangle. An empty geometry's envelope is `Envelope.null`.
public struct Envelope: Sendable, Hashable {
    /// Smallest x.
    public var minX: Double
    /// Smallest y.
    public var minY: Double
    /// Largest x.
    public var maxX: Double
    /// Largest y.
    public var maxY: Double

    /// A rectangle from its bounds.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The smallest rectangle around `coordinates`; `Envelope.null` when there are none.
    public init(_ coordinates: some Sequence<Coordinate>) {
        self = .null
        for coordinate in coordinates {
            minX = Swift.min(minX, coordinate.x)
            minY = Swift.min(minY, coordinate.y)
            maxX = Swift.max(maxX, coordinate.x)
            maxY = Swift.max(maxY, coordinate.y)
        }
    }

    /// The envelope of nothing: it contains and intersects nothing.
    public static let null = Envelope(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)

    /// Whether this is the envelope of nothing.
    public var isNull: Bool { minX > maxX || minY > maxY }

    /// Whether `coordinate` lies inside or on the border.
    public func contains(_ coordinate: Coordinate) -> Bool {
        coordinate.x >= minX && coordinate.x <= maxX && coordinate.y >= minY && coordinate.y <= maxY
    }

    /// Whether the two rectangles share at least one point.
    public func intersects(_ other: Envelope) -> Bool {
        !isNull && !other.isNull && other.minX <= maxX && other.maxX >= minX && other.minY <= maxY
            && other.maxY >= minY
    }
}

extension Double {
    /// The shortest decimal text that reads back (with `strtod`) to this exact double; integers
    /// below 10^15 are written without a fraction (`3`, not `3.0`). JSON and WKT writers use it.
    ///
    /// ```swift
    /// (46.1234567).shortestText   // "46.1234567"
    /// (3.0).shortestText          // "3"
    /// ```
    public var shortestText: String {
        if self == rounded(), Swift.abs(self) < 1e15, !(self == 0 && sign == .minus) {
            return String(Int64(self))
        }
        return description
    }
}
