import Foundation
import Testing

/// Broken dataset directories given with --data: empty, truncated or mistyped files and a dataset
/// in which two holders control the same ground at once. Each fails with 65, one line naming the
/// file and the problem, and nothing on stdout.
@Suite struct BadInputDatasetTests {
    /// The small dataset of the library tests (Tests/TerritoryTests/Fixtures/squares).
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TerritoryTests/Fixtures/squares")

    struct Breakage: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var edit: @Sendable (String) -> String
        var fragments: [String]
        var testDescription: String { name }
    }

    static let overlappingTransfer = """
        {"id": "north-to-b", "date": "2005-06-01", "precision": "month", "kind": "transfer", "layer": "de-facto",
         "subject": "north", "from": "A", "to": "B"},
        """

    static let breakages: [Breakage] = [
        Breakage(name: "empty GeoJSON", file: "units.geojson", edit: { _ in "" }, fragments: ["not valid JSON"]),
        Breakage(
            name: "truncated GeoJSON", file: "units.geojson", edit: { String($0.prefix($0.count / 2)) },
            fragments: ["not valid JSON", "line"]),
        Breakage(
            name: "GeoJSON that is not a FeatureCollection", file: "units.geojson",
            edit: { _ in #"{"type": "Polygon", "coordinates": []}"# }, fragments: ["FeatureCollection"]),
        Breakage(
            name: "an infinite coordinate", file: "units.geojson",
            edit: { $0.replacingOccurrences(of: "[\n       3,\n       0.5\n      ]", with: "[1e400, 0.5]") },
            fragments: ["outside longitude"]),
        Breakage(
            name: "events as an object", file: "events.json",
            edit: { _ in #"{"events": {}}"# }, fragments: ["\"events\" must be an array"]),
        Breakage(
            name: "a latitude as a string", file: "places.json",
            edit: { $0.replacingOccurrences(of: "\"lat\": 1.5", with: "\"lat\": \"1.5\"") },
            fragments: ["\"lat\" must be a number"]),
        Breakage(
            name: "a key given twice", file: "places.json",
            edit: { $0.replacingOccurrences(of: "\"lat\": 1.5", with: "\"lat\": 1.5, \"lat\": 2.5") },
            fragments: ["duplicate key \"lat\"", "line"]),
        Breakage(
            name: "dataset.json as an array", file: "dataset.json", edit: { _ in "[]" },
            fragments: ["expected an object"]),
        Breakage(
            name: "overlapping control", file: "events.json",
            edit: { $0.replacingOccurrences(of: "\"events\": [", with: "\"events\": [" + overlappingTransfer) },
            fragments: ["two holders at once"]),
    ]

    @Test(arguments: breakages)
    func brokenDatasetFailsWithOneLine(_ breakage: Breakage) throws {
        let copy = try Self.copy(editing: breakage.file, breakage.edit)
        let run = try territory("snapshot", "--date", "2010", "--data", copy.url.path)
        expectFailure(run, status: 65, mentioning: breakage.file)
        for fragment in breakage.fragments {
            #expect(run.stderr.contains(fragment), "stderr lacks '\(fragment)': \(run.stderr)")
        }
    }

    @Test func fileThatIsNotUTF8FailsWithOneLine() throws {
        let copy = try Self.copy(editing: "entities.json") { _ in "" }
        try Data([0xFF, 0xFE, 0x7B]).write(to: copy.url.appendingPathComponent("entities.json"))
        let run = try territory("places", "--data", copy.url.path)
        expectFailure(run, status: 65, mentioning: "entities.json", "not UTF-8")
    }

    @Test func validateListsTheOverlapAndFails() throws {
        let copy = try Self.copy(editing: "events.json") {
            $0.replacingOccurrences(of: "\"events\": [", with: "\"events\": [" + Self.overlappingTransfer)
        }
        let run = try territory("validate", "--data", copy.url.path)
        #expect(run.status == 65)
        #expect(run.stdout.hasPrefix("problem: events.json: 'north-to-r': "), "\(run.stdout)")
        #expect(run.stdout.contains("two holders at once"), "\(run.stdout)")
        #expect(run.errorLine.hasPrefix("territory: error: ") && run.errorLine.contains("1 problem"), "\(run.stderr)")
        #expect(run.errorLine.split(separator: "\n").count == 1)
    }

    /// The quality gates run only with --strict: a place outside its unit and an area outside its
    /// tolerance load fine, and `validate --strict` names the file, the id and the problem of each.
    @Test func strictValidateNamesPlacesOutsideTheirUnitsAndAreasOutOfTolerance() throws {
        let copy = try Self.copy(editing: "places.json") {
            $0.replacingOccurrences(of: "\"unit\": \"north\"", with: "\"unit\": \"south\"")
        }
        let units = copy.url.appendingPathComponent("units.json")
        let text = try String(contentsOf: units, encoding: .utf8)
        try Data(
            text.replacingOccurrences(of: "\"official_area_km2\": 49000", with: "\"official_area_km2\": 45000").utf8
        ).write(to: units)
        #expect(try territory("validate", "--data", copy.url.path).status == 0)
        let run = try territory("validate", "--strict", "--data", copy.url.path)
        #expect(run.status == 65, "\(run.stdout)")
        let problems = run.stdout.split(separator: "\n").filter { $0.hasPrefix("problem: ") }
        #expect(problems.count == 2, "\(run.stdout)")
        #expect(
            problems.contains { $0.hasPrefix("problem: places.json: 'stepanakert': lies outside 'south'") },
            "\(run.stdout)")
        #expect(
            problems.contains {
                $0.hasPrefix("problem: units.json: 'alpha': measures 49232 km² against the official 45000 km² (+9.4 %")
            }, "\(run.stdout)")
        #expect(run.errorLine.contains("2 problems"), "\(run.stderr)")
    }

    /// A copy of the fixture with `file` replaced by `edit` of its text.
    static func copy(editing file: String, _ edit: (String) -> String) throws -> TemporaryDirectory {
        let copy = try TemporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture.path) {
            try FileManager.default.copyItem(
                at: fixture.appendingPathComponent(name), to: copy.url.appendingPathComponent(name))
        }
        let url = copy.url.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = edit(text)
        try #require(edited != text, "the edit of \(file) changed nothing")
        try Data(edited.utf8).write(to: url)
        return copy
    }
}
