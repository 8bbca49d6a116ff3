import Foundation
import TerritoryRender
import Testing

@testable import Territory

/// Replays every input under fuzz/regressions/TARGET (inputs that once crashed a fuzz target, kept
/// after the fix) and fuzz/corpus/TARGET (the seeds) through the reader that target fuzzes. Each
/// must read or throw the reader's typed error, never crash; what reads must write back readably.
@Suite struct RegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fuzz")

    /// The files of `fuzz/regressions/TARGET` and `fuzz/corpus/TARGET`, as `TARGET/KIND/NAME`.
    static func inputs(_ target: String) -> [String] {
        ["regressions", "corpus"].flatMap { kind in
            let names =
                (try? FileManager.default.contentsOfDirectory(
                    atPath: fuzz.appendingPathComponent("\(kind)/\(target)").path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(kind)/\(target)/\($0)" }
        }
    }

    static func bytes(_ input: String) throws -> Data {
        try Data(contentsOf: fuzz.appendingPathComponent(input))
    }

    @Test func everyTargetHasSeeds() {
        for target in ["wkt", "wkb", "geojson", "dataset", "overlay", "csv"] {
            #expect(!Self.inputs(target).isEmpty, "no inputs for \(target) under \(Self.fuzz.path)")
        }
    }

    @Test(arguments: inputs("wkt"))
    func wkt(_ input: String) throws {
        let text = String(decoding: try Self.bytes(input), as: UTF8.self)
        do throws(GEOSError) {
            let geometry = try Geometry(wkt: text)
            #expect(throws: Never.self) { try Geometry(wkt: geometry.wkt()) }
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test(arguments: inputs("wkb"))
    func wkb(_ input: String) throws {
        let bytes = try Self.bytes(input)
        do throws(GEOSError) {
            let geometry = try Geometry(wkb: bytes)
            #expect(throws: Never.self) { try Geometry(wkb: geometry.wkb) }
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test(arguments: inputs("geojson"))
    func geoJSON(_ input: String) throws {
        let bytes = try Self.bytes(input)
        let text = String(decoding: bytes, as: UTF8.self)
        var readers = 0
        if let geometry = try? Geometry(geoJSON: text) {
            readers += 1
            #expect(throws: Never.self) { try Geometry(geoJSON: geometry.geoJSON()) }
        }
        if let feature = try? Feature(geoJSON: text) {
            readers += 1
            #expect(throws: Never.self) { try Feature(geoJSON: feature.geoJSON()) }
        }
        if let collection = try? FeatureCollection(geoJSON: bytes) {
            readers += 1
            #expect(throws: Never.self) { try FeatureCollection(geoJSON: collection.geoJSON()) }
        }
        // A seed is valid GeoJSON of one of the three kinds; a regression may be anything.
        if input.hasPrefix("corpus/") { #expect(readers == 1) }
    }

    /// As in fuzz/Sources/fuzz-csv: the CSV reader keeps `CSVSelfCheck`'s properties.
    @Test(arguments: inputs("csv"))
    func csv(_ input: String) throws {
        let bytes = Array(try Self.bytes(input))
        #expect(CSVSelfCheck.problem(in: bytes) == nil, "\(input): \(CSVSelfCheck.problem(in: bytes) ?? "")")
        // Every seed reads (a regression may be refused, as long as it is refused cleanly).
        if input.hasPrefix("corpus/") { #expect((try? CSVSelfCheck.records(bytes, readSize: 64)) != nil) }
    }

    /// As in fuzz/Sources/fuzz-overlay: an `overlay.bin` without its checksum, sealed and read
    /// against the key it carries. What decodes must encode to bytes that decode again, the same
    /// bytes when the input names this GEOS version; every seed decodes.
    @Test(arguments: inputs("overlay"))
    func overlay(_ input: String) throws {
        let file = OverlayCache.sealed(try Self.bytes(input))
        let key = OverlayCache.header(of: file)?.key ?? 0
        let overlay = OverlayCache.decode(file, key: key, unitCount: 256)
        if input.hasPrefix("corpus/") { #expect(overlay != nil) }
        guard let overlay else { return }
        let encoded = OverlayCache.encode(overlay, key: key)
        #expect(OverlayCache.decode(encoded, key: key, unitCount: 256) != nil)
        if OverlayCache.header(of: file)?.geosVersion == GEOSLibrary.version { #expect(encoded == file) }
    }

    /// The first byte picks the fixture file the rest replaces, as in fuzz/Sources/fuzz-dataset.
    @Test(arguments: inputs("dataset"))
    func dataset(_ input: String) throws {
        let files = [
            "dataset.json", "entities.json", "units.json", "events.json", "corridors.json", "places.json",
            "units.geojson", "routes.geojson",
        ]
        let bytes = try Self.bytes(input)
        let selector = try #require(bytes.first)
        let directory = try Fixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try bytes.dropFirst().write(to: directory.appendingPathComponent(files[Int(selector) % files.count]))
        let report = Dataset.validate(directory: directory)
        guard report.isValid else {
            #expect(report.problems.allSatisfy { !$0.description.contains("\n") })
            return
        }
        let atlas = try Atlas(directory: directory)
        for day in Set(atlas.dataset.events.map(\.date)).sorted().prefix(4) {
            #expect(throws: Never.self) { try atlas.snapshot(on: day) }
            #expect(throws: Never.self) { try atlas.geoJSON(on: day) }
        }
    }
}
