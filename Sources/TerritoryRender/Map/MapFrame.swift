import Foundation
import Territory

/// Places projected metres on a drawing: north up, one scale for both axes, the ground's bounds
/// fitted and centred in a box of the drawing.
struct MapFrame {
    /// Drawing units per projected metre.
    let scale: Double
    private let offsetX: Double
    private let offsetY: Double

    /// The frame that fits `bounds` (projected metres) into `box` (drawing units, y down).
    init(bounds: Bounds, box: Bounds) {
        let width = max(bounds.maxX - bounds.minX, 1)
        let height = max(bounds.maxY - bounds.minY, 1)
        scale = min((box.maxX - box.minX) / width, (box.maxY - box.minY) / height)
        offsetX = box.minX + ((box.maxX - box.minX) - width * scale) / 2 - bounds.minX * scale
        offsetY = box.minY + ((box.maxY - box.minY) - height * scale) / 2 + bounds.maxY * scale
    }

    /// Where a projected point lands on the drawing.
    func point(_ coordinate: Coordinate) -> Coordinate {
        Coordinate(x: offsetX + coordinate.x * scale, y: offsetY - coordinate.y * scale)
    }

    /// The projected point that lands at `point` on the drawing (the inverse of `point(_:)`).
    func projected(_ point: Coordinate) -> Coordinate {
        Coordinate(x: (point.x - offsetX) / scale, y: (offsetY - point.y) / scale)
    }

    /// SVG path data of a projected shape: each ring closed with `Z`, lines left open. Numbers
    /// have `decimals` decimals, and after the first point of a part the `L` is implied.
    func pathData(_ shape: Shape, decimals: Int) -> String {
        var data = ""
        func append(_ points: [Coordinate], closed: Bool) {
            var last: (String, String)?
            var count = 0
            for point in points.map(self.point) {
                let pair = (format(point.x, decimals), format(point.y, decimals))
                if let last, last == pair { continue }
                data += (count == 0 ? "M" : " ") + pair.0 + " " + pair.1
                last = pair
                count += 1
            }
            if closed && count > 0 { data += "Z" }
        }
        for polygon in shape.polygonParts {
            append(polygon.exterior, closed: true)
            for hole in polygon.holes { append(hole, closed: true) }
        }
        for line in shape.lineParts { append(line, closed: false) }
        return data
    }
}

/// An axis-aligned rectangle: projected metres (y north) or drawing units (y down).
struct Bounds: Equatable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    /// The bounds of every vertex of `shapes`, or nil when they have none.
    init?(of shapes: [Shape]) {
        var envelope = Envelope.null
        for shape in shapes { envelope = envelope.union(shape.envelope) }
        guard !envelope.isNull else { return nil }
        self.init(minX: envelope.minX, minY: envelope.minY, maxX: envelope.maxX, maxY: envelope.maxY)
    }

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// Whether the two rectangles share any interior.
    func overlaps(_ other: Bounds) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `other` lies wholly inside.
    func contains(_ other: Bounds) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }
}
