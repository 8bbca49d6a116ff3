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
