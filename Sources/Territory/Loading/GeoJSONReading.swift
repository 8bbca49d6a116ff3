/// Reads the dataset's GeoJSON files strictly, so that errors name the file and the Feature id
/// (a general GeoJSON reader knows neither) and unknown keys in features are caught.
enum GeoJSONReading {
    /// The features of one FeatureCollection, keyed by Feature id, in file order.
    static func features(of value: JSONValue, file: String) throws(DatasetError) -> [SourcedFeature] {
        var collection = try RecordReader(value, file: file, id: nil)
        let type = try collection.string("type")
        guard type == "FeatureCollection" else {
            throw collection.malformed("\"type\" is \"\(type)\"; a dataset GeoJSON file is a \"FeatureCollection\"")
        }
        _ = try collection.optionalString("name")
        _ = try collection.array("bbox")
        let elements = try collection.array("features")
        try collection.finish()
        var features: [SourcedFeature] = []
        var seen: Set<String> = []
        for (index, element) in elements.enumerated() {
            let feature = try self.feature(element, file: file, index: index)
            guard seen.insert(feature.ref.featureID).inserted else {
                throw .duplicateID(
                    file: file, id: feature.ref.featureID,
                    problem: "two features have this id; ids must be unique per file")
            }
            features.append(feature)
        }
        return features
    }

    private static func feature(_ value: JSONValue, file: String, index: Int) throws(DatasetError) -> SourcedFeature {
        var reader = try RecordReader(value, file: file, id: "feature \(index)")
        let type = try reader.string("type")
        guard type == "Feature" else { throw reader.malformed("\"type\" is \"\(type)\", expected \"Feature\"") }
        let id = try reader.readID()
        _ = try reader.array("bbox")
        guard let propertiesValue = reader.raw("properties") else {
            throw reader.malformed(
                "\"properties\" must be an object with \"name\", \"source\", \"license\", \"accuracy_km\"")
        }
        var properties = try reader.nested(propertiesValue, context: "properties")
        let name = try properties.optionalString("name")
        let source = try properties.optionalString("source")
        let license = try properties.optionalString("license")
        let accuracy = try properties.optionalNumber("accuracy_km")
        try properties.finish()
        guard let geometry = reader.raw("geometry") else { throw reader.malformed("\"geometry\" is missing or null") }
        try reader.finish()
        let shape = try self.shape(geometry, reader: reader)
        do {
            try shape.validate()
        } catch {
            throw reader.error(DatasetError.invalidGeometry, error.message)
        }
        return SourcedFeature(
            ref: GeometryRef(file: file, featureID: id), name: name, source: source, license: license,
            accuracyKm: accuracy, shape: shape)
    }

    /// A GeoJSON geometry object as a shape.
    static func shape(_ value: JSONValue, reader: RecordReader) throws(DatasetError) -> Shape {
        var geometry = try reader.nested(value, context: "geometry")
        let type = try geometry.string("type")
        if type == "GeometryCollection" {
            var shapes: [Shape] = []
            for member in try geometry.array("geometries") { shapes.append(try shape(member, reader: reader)) }
            try geometry.finish()
            return .geometryCollection(shapes)
        }
        let coordinates = geometry.raw("coordinates")
        _ = try geometry.array("bbox")
        guard let coordinates else { throw geometry.malformed("\"coordinates\" is missing") }
        let shape: Shape
        switch type {
        case "Point": shape = .point(try position(coordinates, geometry))
        case "MultiPoint": shape = .multiPoint(try positions(coordinates, geometry))
        case "LineString": shape = .lineString(try positions(coordinates, geometry))
        case "MultiLineString":
            shape = .multiLineString(
                try list(coordinates, geometry) { (line) throws(DatasetError) in try positions(line, geometry) })
        case "Polygon": shape = .polygon(try polygon(coordinates, geometry))
        case "MultiPolygon":
            shape = .multiPolygon(
                try list(coordinates, geometry) { (part) throws(DatasetError) in try polygon(part, geometry) })
        default:
            throw geometry.malformed("unknown geometry type \"\(type)\"")
        }
        try geometry.finish()
        return shape
    }

    private static func polygon(_ value: JSONValue, _ reader: RecordReader) throws(DatasetError) -> Polygon {
        let rings = try list(value, reader) { (ring) throws(DatasetError) in try positions(ring, reader) }
        guard let exterior = rings.first else { return Polygon(exterior: []) }
        return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
    }

    private static func positions(_ value: JSONValue, _ reader: RecordReader) throws(DatasetError) -> [Coordinate] {
        try list(value, reader) { (item) throws(DatasetError) in try position(item, reader) }
    }

    private static func list<T>(
        _ value: JSONValue, _ reader: RecordReader, _ element: (JSONValue) throws(DatasetError) -> T
    ) throws(DatasetError) -> [T] {
        guard case .array(let elements) = value else {
            throw reader.malformed("coordinates: expected an array, found \(value.kindName)")
        }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for item in elements { result.append(try element(item)) }
        return result
    }

    private static func position(_ value: JSONValue, _ reader: RecordReader) throws(DatasetError) -> Coordinate {
        guard case .array(let numbers) = value, numbers.count >= 2, case .number(let lon) = numbers[0],
            case .number(let lat) = numbers[1]
        else {
            throw reader.malformed("coordinates: a position must be [longitude, latitude], found \(value.kindName)")
        }
        guard (-180...180).contains(lon), (-90...90).contains(lat) else {
            throw reader.error(
                DatasetError.invalidGeometry,
                "position [\(lon), \(lat)] is outside longitude -180...180 / latitude -90...90 "
                    + "(GeoJSON positions are [longitude, latitude])")
        }
        return Coordinate(x: lon, y: lat)
    }
}
