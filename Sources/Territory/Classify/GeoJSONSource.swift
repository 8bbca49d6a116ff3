import Foundation

/// A GeoJSON FeatureCollection of Point features, read whole: each feature's properties become
/// columns (every key in the order first seen), kept as their JSON source text so they are
/// written back unchanged, and each Point geometry gives the position.
final class GeoJSONSource: EventSource {
    private var rows: [EventRow] = []
    private var position = 0

    override var hasGeometry: Bool { true }
    override var unit: String { "feature" }

    init(read: (inout [UInt8], Int) throws(EventFileError) -> Int) throws(EventFileError) {
        var bytes: [UInt8] = []
        while try read(&bytes, 1 << 22) > 0 {}
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        super.init()
        guard bytes.contains(where: { $0 > 0x20 }) else { throw .empty }
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw .geoJSON(
                "not valid JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error)); check the file")
        }
        let spans = JSONSpans(bytes: bytes)
        guard let root = spans.members(of: spans.skipSpace(0)), let features = root["features"],
            let elements = spans.elements(of: features.lowerBound)
        else { throw .geoJSON("expected a FeatureCollection with a \"features\" array") }
        var names: [String] = []
        var known: Set<String> = []
        var parsed: [(properties: [String: Range<Int>], geometry: Range<Int>?)] = []
        for element in elements {
            guard let members = spans.members(of: element.lowerBound) else {
                throw .geoJSON("feature \(parsed.count + 1) is not an object")
            }
            let properties = members["properties"].flatMap { spans.members(of: $0.lowerBound) } ?? [:]
            for key in spans.keys(of: members["properties"]?.lowerBound ?? -1) where !known.contains(key) {
                known.insert(key)
                names.append(key)
            }
            parsed.append((properties, members["geometry"]))
        }
        self.names = names
        rows = parsed.enumerated().map { index, feature in
            var row = EventRow(
                line: index + 1,
                values: names.map { name in feature.properties[name].map { .json(Array(bytes[$0])) } ?? .null })
            if let geometry = feature.geometry {
                row.geometryJSON = Array(bytes[geometry])
                (row.point, row.pointError) = Self.point(from: Data(bytes[geometry]))
            } else {
                row.pointError = "no geometry"
            }
            return row
        }
    }

    private static func point(from data: Data) -> (Coordinate?, String?) {
        let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        guard let geometry = object as? [String: Any] else { return (nil, "no geometry (null)") }
        guard geometry["type"] as? String == "Point" else {
            return (nil, "the geometry is a \(geometry["type"] as? String ?? "thing of no type"), not a Point")
        }
        guard let coordinates = geometry["coordinates"] as? [Any], coordinates.count >= 2,
            let lon = (coordinates[0] as? NSNumber)?.doubleValue, let lat = (coordinates[1] as? NSNumber)?.doubleValue
        else { return (nil, "the Point has no [longitude, latitude] coordinates") }
        return (Coordinate(x: lon, y: lat), nil)
    }

    override func next() throws(EventFileError) -> EventBatchWork.Batch? {
        guard position < rows.count else { return nil }
        let end = min(rows.count, position + 4096)
        defer { position = end }
        return .rows(Array(rows[position..<end]))
    }
}

/// Finds where JSON values start and end in valid JSON text, without building them.
struct JSONSpans {
    let bytes: [UInt8]

    func skipSpace(_ index: Int) -> Int {
        var index = index
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index
    }

    /// The index just after the value starting at `index`.
    func end(of index: Int) -> Int {
        var index = index
        guard index < bytes.count else { return index }
        switch bytes[index] {
        case 0x22:
            index += 1
            while index < bytes.count && bytes[index] != 0x22 { index += bytes[index] == 0x5C ? 2 : 1 }
            return index + 1
        case 0x7B, 0x5B:
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case 0x22:
                    index = end(of: index)
                    continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default: break
                }
                index += 1
            }
            return index
        default:
            while index < bytes.count, ![0x2C, 0x7D, 0x5D, 0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
            return index
        }
    }

    /// The members of the object at `index` (the last of a repeated key wins), or nil if not an object.
    func members(of index: Int) -> [String: Range<Int>]? {
        guard index >= 0, index < bytes.count, bytes[index] == 0x7B else { return nil }
        var result: [String: Range<Int>] = [:]
        for (key, range) in pairs(of: index) { result[key] = range }
        return result
    }

    /// The keys of the object at `index`, in order.
    func keys(of index: Int) -> [String] {
        guard index >= 0, index < bytes.count, bytes[index] == 0x7B else { return [] }
        return pairs(of: index).map(\.0)
    }

    private func pairs(of index: Int) -> [(String, Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var index = skipSpace(index + 1)
        while index < bytes.count && bytes[index] == 0x22 {
            let keyEnd = end(of: index)
            let key =
                (try? JSONDecoder().decode(String.self, from: Data(bytes[index..<keyEnd])))
                ?? String(decoding: bytes[(index + 1)..<(keyEnd - 1)], as: UTF8.self)
            index = skipSpace(skipSpace(keyEnd) + 1)
            let valueEnd = end(of: index)
            result.append((key, index..<valueEnd))
            index = skipSpace(valueEnd)
            if index < bytes.count && bytes[index] == 0x2C { index = skipSpace(index + 1) }
        }
        return result
    }

    /// The elements of the array at `index`, or nil if not an array.
    func elements(of index: Int) -> [Range<Int>]? {
        guard index < bytes.count, bytes[index] == 0x5B else { return nil }
        var result: [Range<Int>] = []
        var index = skipSpace(index + 1)
        while index < bytes.count && bytes[index] != 0x5D {
            let valueEnd = end(of: index)
            result.append(index..<valueEnd)
            index = skipSpace(valueEnd)
            if index < bytes.count && bytes[index] == 0x2C { index = skipSpace(index + 1) }
        }
        return result
    }
}
