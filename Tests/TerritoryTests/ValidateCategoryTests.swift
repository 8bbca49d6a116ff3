import Foundation
import Territory
import Testing

/// Every category of `DatasetError`, the problems `territory validate` reports, made to happen by
/// one edit of the fixture, with the file, record and message it must name. LoadingTests covers
/// several of these in more detail; this table makes sure none is left out.
@Suite struct ValidateCategoryTests {
    struct Breakage: CustomTestStringConvertible, Sendable {
        var category: String
        var file: String
        /// The new text of `file`, or nil to delete it.
        var edit: @Sendable (String) -> String?
        var id: String?
        var fragment: String
        /// A quality-gate problem: reported by `validate(directory:strict: true)` only; the
        /// dataset still loads.
        var strict = false
        var testDescription: String { "\(category): \(fragment)" }
    }

    static let breakages: [Breakage] = [
        Breakage(
            category: "unreadable", file: "places.json", edit: { _ in nil }, id: nil, fragment: "no such file: /"),
        Breakage(
            category: "unreadable", file: "units.json",
            edit: { $0.replacingOccurrences(of: "\"units.geojson#alpha\"", with: "\"../units.geojson#alpha\"") },
            id: nil, fragment: "geometry files must lie inside the dataset directory"),
        Breakage(
            category: "malformed", file: "dataset.json",
            edit: { $0.replacingOccurrences(of: "\"version\"", with: "\"versoin\"") }, id: nil,
            fragment: "missing required key \"version\""),
        Breakage(
            category: "invalidDate", file: "events.json",
            edit: {
                $0.replacingOccurrences(
                    of: "\"date\": \"2011-01-01\",\n   \"precision\": \"day\"",
                    with: "\"date\": \"2011-03-01\",\n   \"precision\": \"year\"")
            }, id: "truce",
            fragment: "a year-precision date is stored as the first day of its year, found 2011-03-01"),
        Breakage(
            category: "reversedInterval", file: "units.json",
            edit: {
                $0.replacingOccurrences(
                    of: "\"from\": \"1995-01-01\",\n   \"to\": null",
                    with: "\"from\": \"1995-01-01\",\n   \"to\": \"1995-01-01\"")
            }, id: "hamlet", fragment: "interval ends before it starts"),
        Breakage(
            category: "duplicateID", file: "entities.json",
            edit: { $0.replacingOccurrences(of: "\"id\": \"B\"", with: "\"id\": \"A\"") }, id: "A",
            fragment: "this id is used more than once"),
        Breakage(
            category: "duplicateID", file: "routes.geojson",
            edit: { $0.replacingOccurrences(of: "\"id\": \"link-new\"", with: "\"id\": \"link-old\"") },
            id: "link-old", fragment: "two features have this id"),
        Breakage(
            category: "unknownReference", file: "corridors.json",
            edit: { $0.replacingOccurrences(of: "\"place\": \"gate\"", with: "\"place\": \"gates\"") }, id: "link",
            fragment: "unknown place 'gates' in \"checkpoints.place\""),
        Breakage(
            category: "unresolvedGeometry", file: "units.json",
            edit: { $0.replacingOccurrences(of: "\"units.geojson#hamlet\"", with: "\"routes.geojson#link-old\"") },
            id: "hamlet", fragment: "is a lineString; expected a Polygon or MultiPolygon"),
        Breakage(
            category: "unresolvedGeometry", file: "units.json",
            edit: { $0.replacingOccurrences(of: "\"units.geojson#hamlet\"", with: "\"units.geojson\"") },
            id: "hamlet", fragment: "expected FILE.geojson#FEATURE_ID"),
        Breakage(
            category: "invalidGeometry", file: "units.geojson",
            edit: {
                $0.replacingOccurrences(
                    of: "[\n       3,\n       0.5\n      ]", with: "[\n       300,\n       0.5\n      ]")
            }, id: "zone", fragment: "position [300.0, 0.5] is outside longitude -180...180"),
        Breakage(
            category: "twoHolders", file: "events.json",
            edit: {
                $0.replacingOccurrences(
                    of: "\"events\": [",
                    with: """
                        "events": [{"id": "north-to-b", "date": "2005-06-01", "precision": "month",
                        "kind": "transfer", "layer": "de-facto", "subject": "north", "from": "A", "to": "B"},
                        """)
            }, id: "north-to-r", fragment: "two holders at once"),
        Breakage(
            category: "wrongPreviousHolder", file: "events.json",
            edit: {
                $0.replacingOccurrences(
                    of: "\"subject\": \"hamlet\",\n   \"from\": \"B\"",
                    with: "\"subject\": \"hamlet\",\n   \"from\": \"R\"")
            }, id: "hamlet-to-a",
            fragment: "\"from\" is R but just before 2012-01-01 the subject 'hamlet' was held by B"),
        Breakage(
            category: "tilingMismatch", file: "units.json",
            edit: { $0.replacingOccurrences(of: "\"north\",\n    \"south\"", with: "\"north\"") },
            id: "alpha-districts",
            fragment: "gap"),
        Breakage(
            category: "inconsistent", file: "events.json",
            edit: { $0.replacingOccurrences(of: "\"subject\": \"hamlet\",", with: "\"subject\": null,") },
            id: "hamlet-to-a", fragment: "a transfer needs \"subject\" (missing or null)"),
        Breakage(
            category: "inconsistent", file: "events.json",
            edit: {
                $0.replacingOccurrences(
                    of: "\"kind\": \"milestone\",", with: "\"kind\": \"milestone\",\n   \"layer\": \"de-facto\",")
            }, id: "truce", fragment: "a milestone changes no holding, so it has no \"layer\""),
        Breakage(
            category: "inconsistent", file: "events.json",
            edit: { $0.replacingOccurrences(of: "\"date\": \"2015-06-28\"", with: "\"date\": \"2015-07-01\"") },
            id: "zone-to-b", fragment: "alternative date 2015-07-01 is the chosen date itself"),
        Breakage(
            category: "inconsistent", file: "units.json",
            edit: {
                $0.replacingOccurrences(
                    of:
                        "\"id\": \"north\",\n   \"kind\": \"district\",\n   \"name\": \"North\",\n   \"names\": {\n    \"az\": \"\\u015eimal\"\n   },\n   \"aliases\": [],\n   \"parent\": \"alpha\"",
                    with:
                        "\"id\": \"north\",\n   \"kind\": \"district\",\n   \"name\": \"North\",\n   \"names\": {},\n   \"aliases\": [],\n   \"parent\": \"north\""
                )
            }, id: "north", fragment: "a unit cannot be its own parent"),
        Breakage(
            category: "placeOutsideUnit", file: "places.json",
            edit: { $0.replacingOccurrences(of: "\"unit\": \"north\"", with: "\"unit\": \"south\"") },
            id: "stepanakert", fragment: "lies outside 'south'", strict: true),
        Breakage(
            category: "areaOutOfTolerance", file: "units.json",
            edit: {
                $0.replacingOccurrences(of: "\"official_area_km2\": 49000", with: "\"official_area_km2\": 45000")
            }, id: "alpha", fragment: "allowed ±2 % for its kind", strict: true),
    ]

    @Test(arguments: breakages)
    func validateReportsTheCategoryAndMessage(_ breakage: Breakage) throws {
        let directory = try Fixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(breakage.file)
        let text = try String(contentsOf: url, encoding: .utf8)
        if let edited = breakage.edit(text) {
            try #require(edited != text, "the edit of \(breakage.file) changed nothing")
            try Data(edited.utf8).write(to: url)
        } else {
            try FileManager.default.removeItem(at: url)
        }

        let report = Dataset.validate(directory: directory, strict: breakage.strict)
        let problem = try #require(report.problems.first, "the broken dataset validates")
        #expect(!report.isValid)
        #expect(Self.category(of: problem) == breakage.category, "\(problem)")
        #expect(problem.id == breakage.id, "\(problem)")
        #expect(problem.problem.contains(breakage.fragment), "\(problem)")
        #expect(problem.description.hasPrefix("\(problem.file): "), "\(problem)")
        #expect(!problem.description.contains("\n"))
        if breakage.strict {
            // A quality gate: the dataset loads, and validates without --strict.
            #expect(Dataset.validate(directory: directory).isValid)
            #expect(throws: Never.self) { try Dataset(directory: directory) }
        } else {
            // Loading refuses the same dataset with the same first problem.
            #expect(throws: problem) { try Dataset(directory: directory) }
        }
    }

    @Test func everyCategoryHasABreakage() {
        let all: Set = [
            "unreadable", "malformed", "invalidDate", "reversedInterval", "duplicateID", "unknownReference",
            "unresolvedGeometry", "invalidGeometry", "twoHolders", "wrongPreviousHolder", "tilingMismatch",
            "inconsistent", "placeOutsideUnit", "areaOutOfTolerance",
        ]
        #expect(Set(Self.breakages.map(\.category)) == all)
    }

    /// The case name; the switch has no default, so a new category fails to compile here until it
    /// gets a name, and then `everyCategoryHasABreakage` until it gets a breakage.
    static func category(of error: DatasetError) -> String {
        switch error {
        case .unreadable: "unreadable"
        case .malformed: "malformed"
        case .invalidDate: "invalidDate"
        case .reversedInterval: "reversedInterval"
        case .duplicateID: "duplicateID"
        case .unknownReference: "unknownReference"
        case .unresolvedGeometry: "unresolvedGeometry"
        case .invalidGeometry: "invalidGeometry"
        case .twoHolders: "twoHolders"
        case .wrongPreviousHolder: "wrongPreviousHolder"
        case .tilingMismatch: "tilingMismatch"
        case .inconsistent: "inconsistent"
        case .placeOutsideUnit: "placeOutsideUnit"
        case .areaOutOfTolerance: "areaOutOfTolerance"
        }
    }
}
