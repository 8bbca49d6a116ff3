import Foundation
import Territory
import Testing

/// The built `territory` finds its embedded dataset (a resource bundle next to the binary) whatever
/// the working directory (issue 3, point 11).
@Suite struct AnyDirectoryTests {
    @Test func validatesTheEmbeddedDatasetFromAnotherDirectory() throws {
        let elsewhere = try TemporaryDirectory()
        let run = try territory("validate", "--format", "json", in: elsewhere.url)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let report = try run.json()
        #expect(report["valid"] as? Bool == true)
        // An absolute path to the bundle beside the binary, not a path relative to the working directory.
        let directory = try #require(report["directory"] as? String)
        #expect(directory.hasPrefix("/") && !directory.hasPrefix(elsewhere.url.path), "\(directory)")
        #expect(FileManager.default.fileExists(atPath: directory + "/events.json"))
        #expect(try elsewhere.contents() == [])
    }

    @Test func answersFromTheRootDirectory() throws {
        let run = try territory("area", "Azerbaijan", "--format", "json", in: URL(fileURLWithPath: "/"))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(try run.json()["area_km2"] as? Double == (try Atlas.embedded().area(of: "Azerbaijan")).areaKm2)
    }
}
