import Territory
import TerritoryRender

/// One feature of a collection, serialised once when the server starts.
struct StoredFeature: Sendable {
    /// The feature's id, as the export writes it.
    var id: String
    /// The GeoJSON Feature object.
    var json: String
    /// Its geometry's box; `nil` for a feature without geometry (events).
    var bounds: BoundingBox?
    /// When it holds, `[from, to)`; `nil` for a feature without time (places).
    var period: Interval?
}

/// A collection of OGC API - Features: the rows of one table of the library's export
/// (`Atlas.exportTables(on: nil, ground: .byHolder)`), so that the server and `territory export`
/// cannot disagree about a feature.
struct StoredCollection: Sendable {
    var id: String
    var title: String
    var description: String
    /// The property whose values tell when a feature holds, for people reading the metadata.
    var timeProperties: [String]
    var features: [StoredFeature]
    var index: [String: Int]
    var bounds: BoundingBox?
    var period: Interval?

    var hasTime: Bool { !timeProperties.isEmpty }
}

/// Every collection the server offers, immutable once built: requests share it without locks.
struct FeatureStore: Sendable {
    /// The collections in the order the landing page lists them.
    var collections: [StoredCollection]

    /// The collection with this id.
    func collection(_ id: String) -> StoredCollection? { collections.first { $0.id == id } }

    /// Which export table becomes which collection.
    private static let names: [(table: String, id: String, title: String)] = [
        ("control_periods", "ground", "Ground and its holders by period"),
        ("units", "units", "Administrative units and zones"),
        ("corridors", "corridors", "Corridor routes by period"),
        ("places", "places", "Places (gazetteer)"),
        ("events", "events", "Transfers of control and sovereignty, and milestones"),
    ]

    /// The collections of `atlas`'s export, every period.
    ///
    /// - Throws: `QueryError` when the export fails, `GEOSError` when a geometry cannot be written.
    init(atlas: Atlas) throws {
        let tables = try atlas.exportTables(on: nil, ground: .byHolder)
        collections = try Self.names.map { name in
            guard let table = tables.first(where: { $0.name == name.table }) else {
                throw QueryError.notApplicable("the export has no table \(name.table)")
            }
            return try Self.collection(table, id: name.id, title: name.title)
        }
    }

    private static func collection(_ table: ExportTable, id: String, title: String) throws -> StoredCollection {
        var features: [StoredFeature] = []
        var index: [String: Int] = [:]
        var timeProperties: [String] = []
        for column in table.columns.dropFirst() {
            switch column.type {
            case .period: timeProperties = ["\(column.name)_from", "\(column.name)_to"]
            case .date: timeProperties = [column.name]
            default: break
            }
        }
        for row in table.rows {
            guard case .text(let featureID) = row.values.first else {
                throw QueryError.notApplicable("a row of \(table.name) has no text id")
            }
            var properties: [String: JSONValue] = [:]
            var period: Interval?
            for (column, value) in zip(table.columns.dropFirst(), row.values.dropFirst()) {
                switch value {
                case .null: properties[column.name] = .null
                case .text(let text): properties[column.name] = .string(text)
                case .real(let number): properties[column.name] = .number(number)
                case .integer(let number): properties[column.name] = .number(Double(number))
                // Joined by commas, as `territory export` writes GeoJSON and the GeoPackage's text
                // column holds them, so a GIS tool reads one text field from every source.
                case .texts(let texts): properties[column.name] = .string(texts.joined(separator: ","))
                case .date(let day):
                    properties[column.name] = .string(day.description)
                    period = Interval(from: day, to: day.adding(days: 1))
                case .period(let interval):
                    properties["\(column.name)_from"] = interval.from.map { .string($0.description) } ?? .null
                    properties["\(column.name)_to"] = interval.to.map { .string($0.description) } ?? .null
                    period = interval
                }
            }
            let geometry = try row.shape.map { shape in try Geometry(shape).geoJSON() } ?? "null"
            let json =
                #"{"type":"Feature","id":\#(JSONValue.string(featureID).json),"geometry":\#(geometry),"properties":"#
                + JSONValue.object(properties).json + "}"
            index[featureID] = features.count
            features.append(
                StoredFeature(
                    id: featureID, json: json, bounds: row.shape.flatMap(BoundingBox.init(of:)), period: period))
        }
        let boxes = features.compactMap(\.bounds)
        let bounds = boxes.first.map { first in
            boxes.reduce(first) { box, next in
                BoundingBox(
                    west: min(box.west, next.west), south: min(box.south, next.south), east: max(box.east, next.east),
                    north: max(box.north, next.north))
            }
        }
        let periods = features.compactMap(\.period)
        let period: Interval? =
            periods.isEmpty
            ? nil
            : Interval(
                from: periods.contains { $0.from == nil } ? nil : periods.compactMap(\.from).min(),
                to: periods.contains { $0.to == nil } ? nil : periods.compactMap(\.to).max())
        return StoredCollection(
            id: id, title: title, description: table.description, timeProperties: timeProperties, features: features,
            index: index, bounds: bounds, period: period)
    }
}
