/// A polygon as plain coordinates: one exterior ring and any number of holes, each ring closed
/// (first coordinate equal to the last) with at least four coordinates. An empty exterior and no
/// holes is the empty polygon.
public struct Polygon: Sendable, Hashable {
    /// The outer ring.
    public var exterior: [Coordinate]
    /// The inner rings.
    public var holes: [[Coordinate]]

    /// A polygon from its rings.
    public init(exterior: [Coordinate], holes: [[Coordinate]] = []) {
        self.exterior = exterior
        self.holes = holes
    }
}

/// The kind of a geometry, as GEOS and the OGC simple-features model name them.
public enum GeometryType: Sendable, Hashable {
    /// A single position.
    case point
    /// A sequence of positions joined by straight segments.
    case lineString
    /// A closed line string that bounds a polygon.
    case linearRing
    /// An area with an exterior ring and holes.
    case polygon
    /// A set of points.
    case multiPoint
    /// A set of line strings.
    case multiLineString
    /// A set of polygons.
    case multiPolygon
    /// A set of geometries of any kinds.
    case geometryCollection
}

/// A pure value copy of a geometry's coordinates and structure: it crosses tasks and threads
/// where a `Geometry` cannot.
///
/// Empty geometries are empty arrays (`.lineString([])`, `.polygon(Polygon(exterior: []))`, ...);
/// an empty point, which has no coordinate, is `.multiPoint([])`. Only x and y are kept.
public indirect enum Shape: Sendable, Hashable {
    /// A point.
    case point(Coordinate)
    /// A line string: none, or at least two coordinates.
    case lineString([Coordinate])
    /// A closed ring: none, or at least four coordinates with the first equal to the last.
    case linearRing([Coordinate])
    /// A polygon.
    case polygon(Polygon)
    /// A set of points.
    case multiPoint([Coordinate])
    /// A set of line strings.
    case multiLineString([[Coordinate]])
    /// A set of polygons.
    case multiPolygon([Polygon])
    /// A set of shapes of any kinds.
    case geometryCollection([Shape])

    /// The kind of geometry this shape describes.
    public var type: GeometryType {
        switch self {
        case .point: return .point
        case .lineString: return .lineString
        case .linearRing: return .linearRing
        case .polygon: return .polygon
        case .multiPoint: return .multiPoint
        case .multiLineString: return .multiLineString
        case .multiPolygon: return .multiPolygon
        case .geometryCollection: return .geometryCollection
        }
    }

    /// Checks what GEOS would otherwise reject late or accept silently: non-finite coordinates,
    /// lines with one coordinate, rings that are unclosed or have fewer than four coordinates.
    public func validate() throws(GEOSError) {
        // Places are built only for a message: a valid shape, the usual case, costs no strings.
        try validate(at: "the \(type)")
    }

    private func validate(at place: @autoclosure () -> String) throws(GEOSError) {
        switch self {
        case .point(let coordinate):
            try Self.checkFinite([coordinate], at: place())
        case .lineString(let coordinates):
            try Self.checkLine(coordinates, at: place())
        case .linearRing(let coordinates):
            try Self.checkRing(coordinates, at: place())
        case .polygon(let polygon):
            try Self.checkPolygon(polygon, at: place())
        case .multiPoint(let coordinates):
            try Self.checkFinite(coordinates, at: place())
        case .multiLineString(let lines):
            for (index, line) in lines.enumerated() {
                try Self.checkLine(line, at: "line string \(index) of \(place())")
            }
        case .multiPolygon(let polygons):
            for (index, polygon) in polygons.enumerated() {
                try Self.checkPolygon(polygon, at: "polygon \(index) of \(place())")
            }
        case .geometryCollection(let shapes):
            for (index, shape) in shapes.enumerated() {
                try shape.validate(at: "member \(index) (\(shape.type)) of \(place())")
            }
        }
    }

    private static func checkFinite(_ coordinates: [Coordinate], at place: @autoclosure () -> String) throws(GEOSError)
    {
        guard let index = coordinates.firstIndex(where: { !$0.isFinite }) else { return }
        let coordinate = coordinates[index]
        throw .invalidGeometry(
            "coordinate \(index) of \(place()) is (\(coordinate.x), \(coordinate.y)); "
                + "every coordinate must be a finite number (no NaN or infinity)")
    }

    private static func checkLine(_ coordinates: [Coordinate], at place: @autoclosure () -> String) throws(GEOSError) {
        try checkFinite(coordinates, at: place())
        if coordinates.count == 1 {
            throw .invalidGeometry("\(place()) has a single coordinate; a line string needs none or at least two")
        }
    }

    private static func checkRing(_ ring: [Coordinate], at place: @autoclosure () -> String) throws(GEOSError) {
        try checkFinite(ring, at: place())
        guard !ring.isEmpty else { return }
        if ring.count < 4 {
            throw .invalidGeometry(
                "\(place()) has \(ring.count) coordinates; a ring needs at least 4 (3 corners and the first repeated)")
        }
        if ring.first != ring.last {
            let first = ring[0]
            let last = ring[ring.count - 1]
            throw .invalidGeometry(
                "\(place()) is not closed: it starts at (\(first.x), \(first.y)) but ends at (\(last.x), \(last.y)); "
                    + "repeat the first coordinate at the end")
        }
    }

    private static func checkPolygon(_ polygon: Polygon, at place: @autoclosure () -> String) throws(GEOSError) {
        if polygon.exterior.isEmpty && !polygon.holes.isEmpty {
            throw .invalidGeometry("\(place()) has holes but an empty exterior ring")
        }
        try checkRing(polygon.exterior, at: "the exterior ring of \(place())")
        for (index, hole) in polygon.holes.enumerated() {
            if hole.isEmpty { throw .invalidGeometry("hole \(index) of \(place()) is empty") }
            try checkRing(hole, at: "hole \(index) of \(place())")
        }
    }
}
