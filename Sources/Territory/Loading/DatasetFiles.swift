import Foundation

/// The dataset's files decoded into records, before references between them are checked.
struct DecodedFiles: Sendable {
    var info: DatasetInfo
    var entities: [Entity]
    var units: [Unit]
    var tilings: [Tiling]
    var events: [ControlEvent]
    var corridors: [Corridor]
    var places: [Place]
    /// The entity groups of `entities.json`.
    var groups: [EntityGroup]
    /// The GeoNames rows of `gazetteer.json` merged into curated places, for the reference check.
    var mergedGazetteerRows: [(name: String, place: String)] = []
    /// Every feature of every GeoJSON file a record refers to.
    var features: [GeometryRef: SourcedFeature]
}

/// Reads the files of a dataset directory, collecting every problem instead of stopping at the first.
enum DatasetFiles {
    static let info = "dataset.json"
    static let entities = "entities.json"
    static let units = "units.json"
    static let events = "events.json"
    static let corridors = "corridors.json"
    static let places = "places.json"
    /// Optional: a dataset without it has only its curated places.
    static let gazetteer = "gazetteer.json"

    /// The decoded files, or `nil` with `problems` filled.
    static func read(_ directory: URL, problems: inout [DatasetError]) -> DecodedFiles? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            problems.append(
                .unreadable(
                    file: directory.path, id: nil, problem: "no such directory (a dataset is a directory of JSON files)"
                ))
            return nil
        }
        let before = problems.count
        let info = collect(&problems) { () throws(DatasetError) in
            try RecordDecoding.info(try document(directory, Self.info), file: Self.info)
        }
        let entityArrays = topLevel(directory, Self.entities, keys: ["entities", "groups"], &problems)
        let entities = decode(entityArrays?[0] ?? [], Self.entities, key: "entities", &problems, RecordDecoding.entity)
        let groups = decode(entityArrays?[1] ?? [], Self.entities, key: "groups", &problems, RecordDecoding.group)
        let unitArrays = topLevel(directory, Self.units, keys: ["units", "tilings"], &problems)
        let units = decode(unitArrays?[0] ?? [], Self.units, key: "units", &problems, RecordDecoding.unit)
        let tilings = decode(unitArrays?[1] ?? [], Self.units, key: "tilings", &problems, RecordDecoding.tiling)
        let events = records(directory, Self.events, key: "events", &problems, RecordDecoding.event)
        let corridors = records(directory, Self.corridors, key: "corridors", &problems, RecordDecoding.corridor)
        var places = records(directory, Self.places, key: "places", &problems, RecordDecoding.place)
        var gazetteer = GazetteerFile.empty
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent(Self.gazetteer).path) {
            gazetteer =
                collect(&problems) { () throws(DatasetError) in
                    try RecordDecoding.gazetteer(try document(directory, Self.gazetteer), file: Self.gazetteer)
                } ?? .empty
            places += gazetteer.places
        }
        let files = Set(
            units.map(\.geometry.file) + corridors.flatMap { $0.routes.map(\.geometry.file) }
                + (info?.backdrop ?? []).map(\.geometry.file))
        var features: [GeometryRef: SourcedFeature] = [:]
        for file in files.sorted() {
            let read = collect(&problems) { () throws(DatasetError) in
                guard !file.split(separator: "/").contains(".."), !file.hasPrefix("/") else {
                    throw .unreadable(
                        file: file, id: nil, problem: "geometry files must lie inside the dataset directory")
                }
                return try GeoJSONReading.features(of: try document(directory, file), file: file)
            }
            for feature in read ?? [] { features[feature.ref] = feature }
        }
        guard problems.count == before, let info else { return nil }
        return DecodedFiles(
            info: info, entities: entities, units: units, tilings: tilings, events: events, corridors: corridors,
            places: places, groups: groups, mergedGazetteerRows: gazetteer.merged, features: features)
    }

    /// Parses one file of the dataset as JSON.
    private static func document(_ directory: URL, _ file: String) throws(DatasetError) -> JSONValue {
        try JSONFile.read(directory.appendingPathComponent(file), file: file)
    }

    /// Decodes the array under `key` of a file's top-level object.
    private static func records<T>(
        _ directory: URL, _ file: String, key: String, _ problems: inout [DatasetError],
        _ decode: (inout RecordReader) throws(DatasetError) -> T
    ) -> [T] {
        let arrays = topLevel(directory, file, keys: [key], &problems)
        return self.decode(arrays?[0] ?? [], file, key: key, &problems, decode)
    }

    /// The arrays under `keys` of a file's top-level object, which may hold no other key.
    private static func topLevel(
        _ directory: URL, _ file: String, keys: [String], _ problems: inout [DatasetError]
    ) -> [[JSONValue]]? {
        collect(&problems) { () throws(DatasetError) -> [[JSONValue]] in
            var top = try RecordReader(try document(directory, file), file: file, id: nil)
            var arrays: [[JSONValue]] = []
            for key in keys { arrays.append(try top.array(key)) }
            try top.finish()
            return arrays
        }
    }

    /// Decodes records one at a time, so that one bad record does not hide the problems of others.
    private static func decode<T>(
        _ elements: [JSONValue], _ file: String, key: String, _ problems: inout [DatasetError],
        _ decode: (inout RecordReader) throws(DatasetError) -> T
    ) -> [T] {
        var result: [T] = []
        for (index, element) in elements.enumerated() {
            let record = collect(&problems) { () throws(DatasetError) -> T in
                var reader = try RecordReader(element, file: file, id: "\(key)[\(index)]")
                return try decode(&reader)
            }
            if let record { result.append(record) }
        }
        return result
    }

    /// Runs `body`, turning a thrown error into an entry of `problems`.
    static func collect<T>(_ problems: inout [DatasetError], _ body: () throws(DatasetError) -> T) -> T? {
        do {
            return try body()
        } catch {
            problems.append(error)
            return nil
        }
    }
}
