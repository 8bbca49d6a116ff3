import Foundation
import Territory
import XCTest

/// External boundary files replace drawn geometries, matched by ISO code or name, and the answers
/// follow the new outlines.
final class BoundaryImportTests: XCTestCase {
    static let referenceGeodata = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/reference-geodata")

    func testAFeatureMatchedByNameReplacesTheUnitAndMovesTheAnswers() throws {
        let external = FileManager.default.temporaryDirectory.appendingPathComponent(
            "external-\(UUID().uuidString).geojson")
        defer { try? FileManager.default.removeItem(at: external) }
        // "Şimal" is north's Azerbaijani name; this outline reaches 0.5° further east, into beta.
        try """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"name": "ŞIMAL", "population": 12},
           "geometry": {"type": "Polygon", "coordinates": [[[0, 1], [2.5, 1], [2.5, 2], [0, 2], [0, 1]]]}},
          {"type": "Feature", "properties": {"name": "Nowhere"},
           "geometry": {"type": "Polygon", "coordinates": [[[9, 9], [10, 9], [10, 10], [9, 9]]]}}
        ]}
        """.write(to: external, atomically: true, encoding: .utf8)
        let imported = try Fixture.dataset.replacingBoundaries(from: external)
        XCTAssertEqual(imported.replacements.map(\.unit), ["north"])
        let replacement = try XCTUnwrap(imported.replacements.first)
        XCTAssertEqual(replacement.matchedBy, .name)
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

    func testNaturalEarthAdminOneReplacesDistrictsByISOCode() throws {
        let file = Self.referenceGeodata.appendingPathComponent("naturalearth/ne_10m_admin_1_AZE_ARM.geojson")
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw XCTSkip("../shared/reference-geodata is absent: the Natural Earth import is not exercised")
        }
        let dataset = try Dataset.embedded()
        let imported = try dataset.replacingBoundaries(from: file)
        let byUnit = Dictionary(uniqueKeysWithValues: imported.replacements.map { ($0.unit, $0) })
        for unit in ["lachin", "kalbajar", "qubadli", "zangilan", "jabrayil", "fuzuli", "aghdam", "syunik", "tavush"] {
            XCTAssertEqual(byUnit[unit]?.matchedBy, .iso3166_2, unit)
        }
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
    }
}
