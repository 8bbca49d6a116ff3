import Foundation
import Territory
import XCTest

/// External boundary files replace drawn geometries, matched by ISO code or name, and the answers
/// follow the new outlines; loose labels (a city under its province's code, a unit drawn as two
/// features) are matched with care and reported.
final class BoundaryImportTests: XCTestCase {
    /// Writes a GeoJSON FeatureCollection of `features` (JSON text each) to a temporary file.
    private func boundaryFile(_ features: [String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("external-\(UUID().uuidString).geojson")
        try #"{"type": "FeatureCollection", "features": [\#(features.joined(separator: ",\n"))]}"#
            .write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A feature with these properties and one rectangular polygon (lon/lat degrees).
    private func feature(_ properties: String, _ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double)
        -> String
    {
        let ring = [[minX, minY], [maxX, minY], [maxX, maxY], [minX, maxY], [minX, minY]]
        return #"{"type": "Feature", "properties": {\#(properties)}, "#
            + #""geometry": {"type": "Polygon", "coordinates": [\#(ring)]}}"#
    }

    func testAFeatureMatchedByNameReplacesTheUnitAndMovesTheAnswers() throws {
        // "Şimal" is north's Azerbaijani name; this outline reaches 0.5° further east, into beta.
        let external = try boundaryFile([
            feature(#""name": "ŞIMAL", "population": 12"#, 0, 1, 2.5, 2),
            feature(#""name": "Nowhere""#, 9, 9, 10, 10),
        ])
        let imported = try Fixture.dataset.replacingBoundaries(from: external)
        XCTAssertEqual(imported.replacements.map(\.unit), ["north"])
        let replacement = try XCTUnwrap(imported.replacements.first)
        XCTAssertEqual(replacement.matchedBy, .name)
        XCTAssertEqual(replacement.features, ["ŞIMAL"])
        XCTAssertEqual(imported.skipped, ["1 feature(s) matched no unit: Nowhere"])
        // Not exactly 1.25: edges are geodesics, and a longer one bulges further from its parallel.
        XCTAssertEqual(replacement.newAreaKm2, replacement.oldAreaKm2 * 1.25, accuracy: 5)
        // The tiling of alpha no longer fits: a note, not a failure.
        XCTAssertTrue(imported.dataset.notes.contains { $0.contains("alpha-districts") }, "\(imported.dataset.notes)")

        let day = Fixture.day("2006-01-01")
        let before = try Atlas(dataset: Fixture.dataset).snapshot(on: day)
        let after = try Atlas(dataset: imported.dataset).snapshot(on: day)
        let heldBefore = try XCTUnwrap(before.holders.first { $0.holder == "R" }).areaKm2
        let heldAfter = try XCTUnwrap(after.holders.first { $0.holder == "R" }).areaKm2
        // Atoms split the 2.5° edges at 2°, which moves their geodesics by a few km² in all.
        XCTAssertEqual(heldAfter - heldBefore, replacement.newAreaKm2 - replacement.oldAreaKm2, accuracy: 5)
        XCTAssertEqual(
            try Atlas(dataset: imported.dataset).control(at: Coordinate(x: 2.25, y: 1.5), on: day).deFacto, "R")
    }

    /// The traps of Natural Earth admin-1, in small: a unit drawn as two features of one name
    /// (Shusha: AZ-SUS and AZ-X01~, both "Şuşa"), a city labelled with its province's code and name
    /// (Nakhchivan city under AZ-NX), and a feature with a unit's code but another name.
    func testSeveralFeaturesOfAUnitAreUnitedAndAMatchThatWouldShrinkAUnitIsRefused() throws {
        // The fixture's districts get ISO codes.
        func coding(_ unit: String, _ code: String, in text: String) -> String {
            let record = text.range(of: #""id": "\#(unit)""#)!
            let field = text.range(of: #""iso3166_2": null"#, range: record.upperBound..<text.endIndex)!
            return text.replacingCharacters(in: field, with: #""iso3166_2": "\#(code)""#)
        }
        let directory = try Fixture.copy(editing: "units.json") {
            coding("south", "XX-S", in: coding("north", "XX-N", in: $0))
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let dataset = try Dataset(directory: directory)
        XCTAssertEqual(dataset.unit(id: "north")?.iso3166_2, "XX-N")
        XCTAssertEqual(dataset.unit(id: "south")?.iso3166_2, "XX-S")
        let external = try boundaryFile([
            // North in two pieces cut along a parallel, as its own code plus a second code, both
            // named like it. (The cut's vertices lie on meridians, which are geodesics, so the
            // union has north's geodesic area.)
            feature(#""iso_3166_2": "XX-N", "name": "North""#, 0, 1, 2, 1.5),
            feature(#""iso_3166_2": "XX-N~", "name": "Şimal""#, 0, 1.5, 2, 2),
            // North's code on something else named otherwise: set aside, the named pieces win.
            feature(#""iso_3166_2": "XX-N", "name": "Northtown""#, 0.4, 1.4, 0.6, 1.6),
            // South's code and name on its small capital: a hundredth of the district.
            feature(#""iso_3166_2": "XX-S", "name": "South""#, 0.1, 0.1, 0.3, 0.3),
        ])
        let imported = try dataset.replacingBoundaries(from: external)

        XCTAssertEqual(imported.replacements.map(\.unit), ["north"])
        let north = try XCTUnwrap(imported.replacements.first)
        XCTAssertEqual(north.features, ["XX-N", "XX-N~"])
        XCTAssertEqual(north.matchedBy, .iso3166_2)
        // The two pieces together are north exactly.
        XCTAssertEqual(north.newAreaKm2, north.oldAreaKm2, accuracy: 1e-9 * north.oldAreaKm2)
        let replaced = Atlas(dataset: imported.dataset)
        XCTAssertEqual(try replaced.area(of: "north").areaKm2, north.oldAreaKm2, accuracy: 1e-9 * north.oldAreaKm2)

        // South keeps its drawn outline, and each unused feature is accounted for.
        let south = try XCTUnwrap(imported.dataset.unit(id: "south"))
        XCTAssertEqual(south.geometry, dataset.unit(id: "south")?.geometry)
        XCTAssertEqual(imported.skipped.count, 2, "\(imported.skipped)")
        let refused = try XCTUnwrap(imported.skipped.first { $0.hasPrefix("XX-S:") }, "\(imported.skipped)")
        XCTAssertTrue(refused.contains("'south'") && refused.contains("kept as drawn"), refused)
        let setAside = try XCTUnwrap(imported.skipped.first { $0.hasPrefix("XX-N:") }, "\(imported.skipped)")
        XCTAssertTrue(setAside.contains("set aside"), setAside)
        XCTAssertEqual(
            try replaced.area(of: "south").areaKm2, try Atlas(dataset: dataset).area(of: "south").areaKm2)
    }

    func testNaturalEarthAdminOneReplacesDistrictsButNotNakhchivanWithItsCity() throws {
        let file = Repository.referenceGeodata.appendingPathComponent(AccuracyTests.naturalEarthAdminOne)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw XCTSkip("../shared/reference-geodata is absent: the Natural Earth import is not exercised")
        }
        let dataset = try Dataset.embedded()
        let imported = try dataset.replacingBoundaries(from: file)
        let byUnit = Dictionary(uniqueKeysWithValues: imported.replacements.map { ($0.unit, $0) })
        for unit in ["lachin", "kalbajar", "qubadli", "zangilan", "jabrayil", "fuzuli", "aghdam", "syunik", "tavush"] {
            XCTAssertEqual(byUnit[unit]?.matchedBy, .iso3166_2, unit)
        }
        print("Natural Earth admin-1 features not used:\n" + imported.skipped.joined(separator: "\n"))
        // Natural Earth's AZ-NX "Naxçıvan" is the city (95 km²), not the republic (4,800 km² drawn).
        XCTAssertNil(byUnit["nakhchivan"])
        XCTAssertTrue(
            imported.skipped.contains { $0.hasPrefix("AZ-NX:") && $0.contains("'nakhchivan' kept as drawn") },
            "\(imported.skipped)")
        XCTAssertEqual(imported.dataset.unit(id: "nakhchivan")?.geometry, dataset.unit(id: "nakhchivan")?.geometry)
        // Shusha is two features there, both named "Şuşa": their union replaces it.
        XCTAssertEqual(byUnit["shusha"]?.features, ["AZ-SUS", "AZ-X01~"])

        let original = Atlas(dataset: dataset)
        let replaced = Atlas(dataset: imported.dataset)
        for unit in ["lachin", "kalbajar"] {
            let change = try XCTUnwrap(byUnit[unit])
            XCTAssertEqual(try replaced.area(of: unit).areaKm2, change.newAreaKm2, accuracy: 1e-6)
            XCTAssertNotEqual(change.newAreaKm2, change.oldAreaKm2)
            // On the ceasefire day the whole district is held by NKR in both, so its share follows the outline.
            let day = try Day(iso: "1994-05-12")
            let held = try replaced.area(of: unit, heldBy: "NKR", on: day).areaKm2
            let drawn = try original.area(of: unit, heldBy: "NKR", on: day).areaKm2
            XCTAssertNotEqual(held, drawn, unit)
        }
        // Nakhchivan, kept as drawn, is held as before.
        let day = try Day(iso: "1994-05-12")
        XCTAssertEqual(
            try replaced.area(of: "nakhchivan", heldBy: "AZE", on: day).areaKm2,
            try original.area(of: "nakhchivan", heldBy: "AZE", on: day).areaKm2, accuracy: 1)
    }
}
