import SwiftGEOS

extension Shape {
    /// Every coordinate of the shape in one array, in the order `replacingCoordinates(with:)` reads
    /// them back: what lets a whole geometry go through PROJ in one bulk call.
    var allCoordinates: [Coordinate] {
        var coordinates: [Coordinate] = []
        forEachRun { coordinates += $0 }
        return coordinates
    }

    /// Calls `body` with each run of coordinates (a point, a line, a ring) in shape order, copying
    /// nothing: what checks every coordinate without gathering them first.
    func forEachRun<Failure: Error>(_ body: ([Coordinate]) throws(Failure) -> Void) throws(Failure) {
        switch self {
        case .point(let coordinate):
            try body([coordinate])
        case .lineString(let line), .linearRing(let line), .multiPoint(let line):
            try body(line)
        case .polygon(let polygon):
            try body(polygon.exterior)
            for hole in polygon.holes { try body(hole) }
        case .multiLineString(let lines):
            for line in lines { try body(line) }
        case .multiPolygon(let polygons):
            for polygon in polygons {
                try body(polygon.exterior)
                for hole in polygon.holes { try body(hole) }
            }
        case .geometryCollection(let shapes):
            for shape in shapes { try shape.forEachRun(body) }
        }
    }

    /// The same structure with its coordinates taken, in order, from `coordinates`, which holds
    /// exactly as many as `allCoordinates`.
    func replacingCoordinates(with coordinates: [Coordinate]) -> Shape {
        var reader = CoordinateReader(coordinates: coordinates)
        let shape = replacingCoordinates(from: &reader)
        precondition(
            reader.next == coordinates.count, "replacingCoordinates(with:) got the wrong number of coordinates")
        return shape
    }

    private func replacingCoordinates(from reader: inout CoordinateReader) -> Shape {
        switch self {
        case .point:
            return .point(reader.take(1)[0])
        case .lineString(let line):
            return .lineString(reader.take(line.count))
        case .linearRing(let ring):
            return .linearRing(reader.take(ring.count))
        case .multiPoint(let points):
            return .multiPoint(reader.take(points.count))
        case .polygon(let polygon):
            return .polygon(reader.take(polygon))
        case .multiLineString(let lines):
            return .multiLineString(lines.map { reader.take($0.count) })
        case .multiPolygon(let polygons):
            return .multiPolygon(polygons.map { reader.take($0) })
        case .geometryCollection(let shapes):
            return .geometryCollection(shapes.map { $0.replacingCoordinates(from: &reader) })
        }
    }
}

/// Hands out consecutive slices of a flat coordinate array.
private struct CoordinateReader {
    let coordinates: [Coordinate]
    var next = 0

    mutating func take(_ count: Int) -> [Coordinate] {
        defer { next += count }
        return Array(coordinates[next..<next + count])
    }

    mutating func take(_ polygon: Polygon) -> Polygon {
        Polygon(exterior: take(polygon.exterior.count), holes: polygon.holes.map { take($0.count) })
    }
}
