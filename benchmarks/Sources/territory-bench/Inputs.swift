import Foundation
import Territory

/// The random (point, day) questions every side answers, and the ground the C floor rebuilds.
struct Inputs {
    static let seed: UInt64 = 20_231_007

    var queries: [ControlQuery]
    var table: AtomTable

    /// `count` points uniform over the dataset's ground (drawn uniform in its envelope, keeping those
    /// inside a unit: control refuses a position outside the coverage, such as the Caspian), days
    /// uniform in its range.
    init(dataset: Dataset, count: Int, through lastDay: Day) {
        table = dataset.atomTable(layer: .deFacto)
        var box = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
        for polygon in table.faces.joined() {
            for point in polygon.exterior {
                box = (min(box.minX, point.x), min(box.minY, point.y), max(box.maxX, point.x), max(box.maxY, point.y))
            }
        }
        let first = dataset.info.range.from!.daysSince1970
        var generator = SplitMix64(seed: Self.seed)
        let covered = Classifier(dataset: dataset)
        queries = []
        queries.reserveCapacity(count)
        while queries.count < count {
            let query = ControlQuery(
                coordinate: Coordinate(
                    x: Double.random(in: box.minX..<box.maxX, using: &generator),
                    y: Double.random(in: box.minY..<box.maxY, using: &generator)),
                date: Day(daysSince1970: Int.random(in: first...lastDay.daysSince1970, using: &generator)))
            if (try? covered.classify(query.coordinate, on: query.date)) != nil { queries.append(query) }
        }
    }

    /// points.bin: int64 n, then n longitudes, n latitudes (float64), n days since 1970 (int32).
    func writePoints(to url: URL) throws {
        var writer = BinaryWriter()
        writer.int64(Int64(queries.count))
        for query in queries { writer.double(query.coordinate.x) }
        for query in queries { writer.double(query.coordinate.y) }
        for query in queries { writer.int32(query.date.daysSince1970) }
        try writer.write(to: url)
    }

    /// atoms.bin: the faces (int32 atom, WKB polygon), then int32 atom count, state count, the
    /// states' first days and the holders of every atom in every state (entity index or -1).
    func writeAtoms(to url: URL) throws {
        var writer = BinaryWriter()
        writer.int32(table.faces.reduce(0) { $0 + $1.count })
        for (atom, faces) in table.faces.enumerated() {
            for face in faces {
                writer.int32(atom)
                writer.bytes(try Geometry(.polygon(face)).wkb)
            }
        }
        writer.int32(table.faces.count)
        writer.int32(table.holders.count)
        for start in table.starts { writer.int32(start.daysSince1970) }
        for state in table.holders { for holder in state { writer.int32(holder) } }
        try writer.write(to: url)
    }

    /// units.bin: per unit its polygons, per polygon its rings, per ring int32 n and n (lon, lat);
    /// units.geojson: the same shapes for the peers.
    static func writeUnits(of dataset: Dataset, binary: URL, geoJSON: URL) throws {
        var writer = BinaryWriter()
        writer.int32(dataset.units.count)
        var features: [String] = []
        for unit in dataset.units {
            let shape = dataset.shape(of: unit)
            let polygons = polygons(of: shape)
            writer.int32(polygons.count)
            for polygon in polygons {
                writer.int32(1 + polygon.holes.count)
                for ring in [polygon.exterior] + polygon.holes {
                    writer.int32(ring.count)
                    for point in ring {
                        writer.double(point.x)
                        writer.double(point.y)
                    }
                }
            }
            let geometry = try Geometry(shape).geoJSON()
            features.append(#"{"type":"Feature","id":"\#(unit.id)","properties":{},"geometry":\#(geometry)}"#)
        }
        try writer.write(to: binary)
        try #"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#
            .write(to: geoJSON, atomically: true, encoding: .utf8)
    }
}

/// The polygons of a polygonal shape.
func polygons(of shape: Shape) -> [Polygon] {
    switch shape {
    case .polygon(let polygon): return [polygon]
    case .multiPolygon(let polygons): return polygons
    case .geometryCollection(let shapes): return shapes.flatMap(polygons(of:))
    default: return []
    }
}
