import Foundation
import Territory
import Testing

/// A boundary file a user downloads (Natural Earth admin-1, from ../shared/reference-geodata)
/// replaces the drawn districts and provinces: their outlines become the file's, the timeline
/// stays, and the snapshot of the 1994 ceasefire follows the new outlines (issue 3, point 12).
@Suite("External boundaries replace the drawn units")
struct ReferenceGeodataTests {
    @Test(
        "Natural Earth admin-1 replaces the districts and provinces; the 1994 snapshot follows",
        .enabled(
            if: Repository.hasReferenceGeodata,
            "../shared/reference-geodata is absent: replacing drawn units with Natural Earth is not exercised"))
    func naturalEarthAdminOneReplacesDistrictsAndProvinces() throws {
        let dataset = try Dataset.embedded()
        let file = Repository.referenceGeodata.appendingPathComponent(AccuracyTests.naturalEarthAdminOne)
        // Any name would do for the file; the districts and provinces are the units it describes
        // (its "Naxçıvan" is the city, not the republic).
        let eligible = Set(
            dataset.units.filter { [.district, .province].contains($0.kind) && $0.iso3166_2 != nil }.map(\.id))
        let imported = try dataset.replacingBoundaries(from: file, only: eligible)
        #expect(Set(imported.replacements.map(\.unit)) == eligible, "skipped: \(imported.skipped)")

        // The replaced outlines are the file's: the same geodesic area as the feature measured here.
        let features = try Repository.referenceFeatures(AccuracyTests.naturalEarthAdminOne)
        let original = Atlas(dataset: dataset)
        let replaced = Atlas(dataset: imported.dataset)
        var rows: [[String]] = []
        for replacement in imported.replacements {
            // A unit drawn as several features (Shusha) is replaced by their union.
            let parts = try replacement.features.map { label in
                try #require(features.first { $0.properties["iso_3166_2"] == .string(label) }?.geometry, "\(label)")
            }
            let referenceKm2 = try geodesicKm2(Geometry.unaryUnion(parts))
            let unit = try #require(dataset.unit(id: replacement.unit))
            let nowKm2 = try replaced.area(of: unit.id).areaKm2
            #expect(abs(replacement.newAreaKm2 / referenceKm2 - 1) < 1e-6, "\(unit.id)")
            #expect(abs(nowKm2 / referenceKm2 - 1) < 1e-6, "\(unit.id): \(nowKm2) km² vs \(referenceKm2) km²")
            #expect(try replacement.oldAreaKm2 == original.area(of: unit.id).areaKm2)
            let now = try #require(imported.dataset.unit(id: unit.id))
            #expect(now.geometry != unit.geometry)
            let reshaped = imported.dataset.shape(of: now) != dataset.shape(of: unit)
            #expect(reshaped, "\(unit.id) kept its drawn shape")
            rows.append([
                unit.id, replacement.features.joined(separator: "+"), replacement.matchedBy.rawValue,
                fixed(replacement.oldAreaKm2),
                fixed(nowKm2), fixed(referenceKm2, 3),
            ])
        }
        print(
            "Units replaced by Natural Earth admin-1\n"
                + table(
                    ["unit", "feature", "matched by", "drawn km²", "now km²", "reference km²"], rows))

        // The timeline is untouched.
        #expect(imported.dataset.events == dataset.events)
        #expect(try replaced.timeline() == original.timeline())

        // On the day of the ceasefire the holders' ground follows the new outlines.
        let day = try Day(iso: "1994-05-12")
        let before = Dictionary(
            uniqueKeysWithValues: try original.snapshot(on: day).holders.map { ($0.holder, $0.areaKm2) })
        let after = Dictionary(
            uniqueKeysWithValues: try replaced.snapshot(on: day).holders.map { ($0.holder, $0.areaKm2) })
        let holders = Set(before.keys).union(after.keys).sorted()
        let snapshotRows = holders.map { holder in
            let (old, new) = (before[holder] ?? 0, after[holder] ?? 0)
            return [holder, fixed(old), fixed(new), fixed(new - old)]
        }
        let totalBefore = before.values.reduce(0, +)
        let totalAfter = after.values.reduce(0, +)
        print(
            "Snapshot 1994-05-12 (de facto), drawn against Natural Earth admin-1 outlines, km²\n"
                + table(
                    ["holder", "drawn", "replaced", "change"],
                    snapshotRows + [["total", fixed(totalBefore), fixed(totalAfter), fixed(totalAfter - totalBefore)]]))
        #expect(holders.contains { abs((after[$0] ?? 0) - (before[$0] ?? 0)) > 1 }, "no holder's ground changed")
        #expect(abs(totalAfter / totalBefore - 1) < 0.02)
    }
}
