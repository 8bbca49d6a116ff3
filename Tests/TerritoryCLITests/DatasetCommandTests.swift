import Foundation
import Territory
import Testing

/// `validate` and `--data`: the embedded dataset is valid, a broken copy is refused with the file named.
@Suite struct DatasetCommandTests {
    @Test func embeddedDatasetIsValid() throws {
        let run = try territory("validate")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("valid: "))
        let json = try territory("validate", "--format", "json")
        #expect(try json.json()["valid"] as? Bool == true)
        // The quality gates too: every place inside its unit, every gated area within tolerance.
        let strict = try territory("validate", "--strict")
        #expect(strict.status == 0, "\(strict.stdout)\(strict.stderr)")
        #expect(!strict.stdout.contains("problem: "))
    }

    @Test func validDatasetLoadsFromAnotherDirectory() throws {
        let copy = try copyOfEmbeddedDataset()
        let run = try territory("area", "Azerbaijan", "--data", copy.url.path, "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(try run.json()["area_km2"] as? Double == (try Atlas.embedded().area(of: "Azerbaijan")).areaKm2)
    }

    @Test func brokenDatasetFailsWithDataError() throws {
        let copy = try copyOfEmbeddedDataset()
        let events = copy.url.appendingPathComponent("events.json")
        try Data("{\"events\": [".utf8).write(to: events)

        let validate = try territory("validate", "--data", copy.url.path)
        #expect(validate.status == 65)
        #expect(validate.stdout.contains("problem: events.json"))
        #expect(validate.stderr.hasPrefix("territory: error: ") && validate.stderr.contains("problem"))

        let snapshot = try territory("snapshot", "--date", "2000", "--data", copy.url.path)
        expectFailure(snapshot, status: 65, mentioning: "events.json")
    }

    @Test func missingFileFailsWithNoInput() throws {
        let copy = try copyOfEmbeddedDataset()
        try FileManager.default.removeItem(at: copy.url.appendingPathComponent("places.json"))
        let run = try territory("places", "--data", copy.url.path)
        expectFailure(run, status: 66, mentioning: "places.json")
    }

    /// `--write-overlay` writes overlay.bin; a later edit of a boundary makes validate call it stale
    /// and loading still answers from the edited boundaries.
    @Test func writeOverlayMakesACurrentOverlayThatAnEditMakesStale() throws {
        let copy = try copyOfEmbeddedDataset()
        let overlay = copy.url.appendingPathComponent(Dataset.compiledOverlayFileName)
        try FileManager.default.removeItem(at: overlay)
        let absent = try territory("validate", "--data", copy.url.path, "--format", "json")
        #expect(try absent.json()["compiled_overlay"] as? String == "absent")

        let write = try territory("validate", "--data", copy.url.path, "--write-overlay")
        #expect(write.status == 0, "stderr: \(write.stderr)")
        #expect(write.stdout.contains("note: overlay.bin matches the units"))
        let embedded = try Data(contentsOf: try Dataset.embedded().directory.appendingPathComponent("overlay.bin"))
        #expect(try Data(contentsOf: overlay) == embedded)
        #expect(try copy.contents().filter { $0.hasPrefix(".territory-") }.isEmpty)

        let units = copy.url.appendingPathComponent("units.geojson")
        let text = try String(contentsOf: units, encoding: .utf8)
        // Repeats Artsvashen's first vertex: the same ground, but other coordinates, so another key.
        let first = "[[45.5136866,40.6019673],"
        let edited = text.replacingOccurrences(of: first, with: first + "[45.5136866,40.6019673],")
        #expect(edited != text)
        try edited.write(to: units, atomically: true, encoding: .utf8)
        let stale = try territory("validate", "--data", copy.url.path)
        #expect(stale.status == 0, "stderr: \(stale.stderr)")
        #expect(stale.stdout.contains("note: overlay.bin does not match the units"))
        let area = try territory("area", "Artsvashen", "--data", copy.url.path, "--format", "json")
        #expect(area.status == 0, "stderr: \(area.stderr)")
    }

    private func copyOfEmbeddedDataset() throws -> TemporaryDirectory {
        let source = try Dataset.embedded().directory
        let copy = try TemporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: copy.url.appendingPathComponent(name))
        }
        return copy
    }
}
