import Foundation

/// `gazetteer.json`: the GeoNames towns that are not curated places, and which GeoNames rows were
/// merged into curated ones (see geodata/tools/import_geonames).
struct GazetteerFile: Sendable {
    /// The imported places (kind `settlement`, origin `gazetteer`).
    var places: [Place]
    /// `(GeoNames name, curated place id)` for each row that is a curated place.
    var merged: [(name: String, place: String)]

    static let empty = GazetteerFile(places: [], merged: [])
}

extension RecordDecoding {
    /// Decodes `gazetteer.json`; every place's source is the file's `source` and `licence`.
    static func gazetteer(_ value: JSONValue, file: String) throws(DatasetError) -> GazetteerFile {
        var top = try RecordReader(value, file: file, id: nil)
        let source = try top.string("source")
        let licence = try top.string("licence")
        _ = try top.string("attribution")
        _ = try top.number("accuracy_km")
        _ = top.raw("extract")
        let attribution = "\(source); \(licence)"
        var places: [Place] = []
        for (index, element) in try top.array("places").enumerated() {
            var reader = try RecordReader(element, file: file, id: "places[\(index)]")
            let id = try reader.readID()
            let name = try reader.string("name")
            _ = try reader.string("country")
            _ = try reader.optionalString("region")
            let lat = try reader.number("lat")
            let lon = try reader.number("lon")
            guard (-90...90).contains(lat), (-180...180).contains(lon) else {
                throw reader.malformed("lat \(lat), lon \(lon) is not a position (lat -90...90, lon -180...180)")
            }
            try reader.finish()
            places.append(
                Place(
                    id: id, kind: .settlement, names: Names(name: name), coordinate: Coordinate(x: lon, y: lat),
                    unit: nil, source: attribution, origin: .gazetteer))
        }
        var merged: [(name: String, place: String)] = []
        for (index, element) in try top.array("merged").enumerated() {
            var reader = try RecordReader(element, file: file, id: "merged[\(index)]")
            let name = try reader.string("name")
            let place = try reader.string("place")
            for key in ["lat", "lon", "km"] { _ = try reader.number(key) }
            _ = try reader.string("country")
            try reader.finish()
            merged.append((name, place))
        }
        try top.finish()
        return GazetteerFile(places: places, merged: merged)
    }
}
