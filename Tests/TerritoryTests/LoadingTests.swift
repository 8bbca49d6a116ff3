import Foundation
import Territory
import XCTest

/// Each category of bad input is reported with its file, record id and problem, and nothing
/// partial loads.
final class LoadingTests: XCTestCase {
    func testTheFixtureLoadsAndTilesItsParent() throws {
        let report = Dataset.validate(directory: Fixture.directory)
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.counts.units, 6)
        XCTAssertEqual(report.counts.events, 9)
        XCTAssertEqual(report.counts.deFactoStates, 6)  // before 2000, 2000, 2005-06, 2010-03, 2012, 2015-07
        XCTAssertEqual(report.counts.deJureStates, 2)
        XCTAssertTrue(report.notes.contains { $0.hasPrefix("tiling 'alpha-districts'") && $0.contains("gap 0.0 km²") })
    }

    func testMalformedJSONNamesTheFileAndPosition() throws {
        let problem = try XCTUnwrap(Fixture.firstProblem(editing: "events.json") { String($0.dropLast(40)) })
        guard case .malformed = problem else { return XCTFail("\(problem)") }
        XCTAssertEqual(problem.file, "events.json")
        XCTAssertTrue(problem.problem.contains("not valid JSON"), problem.description)
        XCTAssertTrue(problem.problem.contains("line"), problem.description)
    }

    func testUnknownKeysAndWrongTypesAreErrors() throws {
        let typo = try XCTUnwrap(
            Fixture.firstProblem(editing: "entities.json") {
                $0.replacingOccurrences(of: "\"to\": \"2020-01-01\"", with: "\"til\": \"2020-01-01\"")
            })
        XCTAssertEqual(typo, .malformed(file: "entities.json", id: "R", problem: typo.problem))
        XCTAssertTrue(typo.problem.contains("unknown key \"til\""), typo.description)

        let type = try XCTUnwrap(
            Fixture.firstProblem(editing: "corridors.json") {
                $0.replacingOccurrences(of: "\"width_m\": 10000", with: "\"width_m\": \"10 km\"")
            })
        XCTAssertEqual(type.file, "corridors.json")
        XCTAssertEqual(type.id, "link")
        XCTAssertTrue(type.problem.contains("\"width_m\" must be a number"), type.description)

        let word = try XCTUnwrap(
            Fixture.firstProblem(editing: "units.json") {
                $0.replacingOccurrences(of: "\"kind\": \"village\"", with: "\"kind\": \"hamlet\"")
            })
        XCTAssertEqual(word.id, "hamlet")
        XCTAssertTrue(word.problem.contains("allowed: "), word.description)
    }

    func testUnknownReferenceSuggestsTheClosestID() throws {
        let problem = try XCTUnwrap(
            Fixture.firstProblem(editing: "events.json") {
                $0.replacingOccurrences(of: "\"to\": \"R\"", with: "\"to\": \"RR\"")
            })
        guard case .unknownReference = problem else { return XCTFail("\(problem)") }
        XCTAssertEqual(problem.file, "events.json")
        XCTAssertEqual(problem.id, "north-to-r")
        XCTAssertEqual(problem.problem, "unknown entity 'RR' in \"to\" (did you mean R?)")
    }

    func testTwoHoldersOnOneDayAreRejected() throws {
        let clash = """
            {"id": "north-to-b", "date": "2005-06-01", "precision": "month", "kind": "transfer", "layer": "de-facto",
             "subject": "north", "from": "A", "to": "B"},
            """
        let problem = try XCTUnwrap(
            Fixture.firstProblem(editing: "events.json") {
                $0.replacingOccurrences(of: "\"events\": [", with: "\"events\": [" + clash)
            })
        guard case .twoHolders = problem else { return XCTFail("\(problem)") }
        XCTAssertEqual(problem.file, "events.json")
        XCTAssertEqual(problem.id, "north-to-r")
        XCTAssertTrue(problem.problem.contains("two holders at once"), problem.description)
        XCTAssertTrue(problem.problem.contains("'north-to-b'"), problem.description)
    }

    func testAnIntervalEndingBeforeItStartsIsRejected() throws {
        let problem = try XCTUnwrap(
            Fixture.firstProblem(editing: "entities.json") {
                $0.replacingOccurrences(of: "\"2020-01-01\"", with: "\"2004-12-31\"")
            })
        XCTAssertEqual(
            problem,
            .reversedInterval(
                file: "entities.json", id: "R",
                problem: "interval ends before it starts: \"from\" is 2005-01-01 but \"to\" is 2004-12-31 "
                    + "(intervals are [from, to), so \"to\" must be later)"))
    }

    func testAnInvalidGeometryGivesGEOSReasonAndLocation() throws {
        let problem = try XCTUnwrap(
            Fixture.firstProblem(editing: "units.geojson") { text in
                // Swap two corners of the zone: a bow tie.
                text.replacingOccurrences(
                    of:
                        "\"coordinates\": [\n     [\n      [\n       1,\n       0.5\n      ],\n      [\n       3,\n       0.5\n      ],",
                    with:
                        "\"coordinates\": [\n     [\n      [\n       1,\n       0.5\n      ],\n      [\n       3,\n       1.5\n      ],"
                ).replacingOccurrences(
                    of: "[\n       3,\n       1.5\n      ],\n      [\n       1,\n       1.5\n      ]",
                    with: "[\n       3,\n       0.5\n      ],\n      [\n       1,\n       1.5\n      ]")
            })
        guard case .invalidGeometry = problem else { return XCTFail("\(problem)") }
        XCTAssertEqual(problem.file, "units.geojson")
        XCTAssertEqual(problem.id, "zone")
        XCTAssertTrue(problem.problem.contains("Self-intersection at (2.0, 1.0)"), problem.description)
        XCTAssertTrue(problem.problem.contains("used by unit 'zone'"), problem.description)
    }

    func testImpossibleDatesAndGeometryReferences() throws {
        let date = try XCTUnwrap(
            Fixture.firstProblem(editing: "events.json") {
                $0.replacingOccurrences(of: "2012-01-01", with: "2012-02-30")
            })
        XCTAssertEqual(
            date,
            .invalidDate(
                file: "events.json", id: "hamlet-to-a", problem: "\"date\": 2012-02-30: February 2012 has 29 days"))

        let reference = try XCTUnwrap(
            Fixture.firstProblem(editing: "units.json") { $0.replacingOccurrences(of: "#hamlet\"", with: "#hamlett\"") }
        )
        guard case .unresolvedGeometry = reference else { return XCTFail("\(reference)") }
        XCTAssertEqual(reference.id, "hamlet")
        XCTAssertTrue(
            reference.problem.contains("has no feature 'hamlett' (did you mean hamlet?)"), reference.description)
    }

    func testAWrongPreviousHolderIsRejected() throws {
        let problem = try XCTUnwrap(
            Fixture.firstProblem(editing: "events.json") {
                $0.replacingOccurrences(
                    of: "\"subject\": \"hamlet\",\n   \"from\": \"B\"",
                    with: "\"subject\": \"hamlet\",\n   \"from\": \"R\"")
            })
        guard case .wrongPreviousHolder = problem else { return XCTFail("\(problem)") }
        XCTAssertEqual(problem.id, "hamlet-to-a")
        XCTAssertTrue(
            problem.problem.contains("\"from\" is R but just before 2012-01-01 the subject 'hamlet' was held by B"))
    }

    func testATilingWithAGapIsRejected() throws {
        let problem = try XCTUnwrap(
            Fixture.firstProblem(editing: "units.json") {
                $0.replacingOccurrences(of: "\"north\",\n    \"south\"", with: "\"north\"")
            })
        guard case .tilingMismatch = problem else { return XCTFail("\(problem)") }
        XCTAssertEqual(problem.id, "alpha-districts")
        XCTAssertTrue(problem.problem.contains("gap 24618 km²"), problem.description)
    }

    func testValidateListsEveryProblemAndLoadingLoadsNothing() throws {
        let url = try Fixture.copy(editing: "places.json") {
            $0.replacingOccurrences(of: "\"unit\": \"north\"", with: "\"unit\": \"nort\"")
                .replacingOccurrences(of: "\"unit\": \"zone\"", with: "\"unit\": \"zon\"")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        let report = Dataset.validate(directory: url)
        XCTAssertEqual(report.problems.map(\.id), ["stepanakert", "midzone"])
        XCTAssertFalse(report.isValid)
        XCTAssertThrowsError(try Dataset(directory: url)) { error in
            XCTAssertEqual(error as? DatasetError, report.problems.first)
        }
    }

    func testAMissingDirectoryIsUnreadable() {
        let report = Dataset.validate(directory: URL(fileURLWithPath: "/nonexistent/dataset"))
        guard case .unreadable = report.problems.first else { return XCTFail("\(report.problems)") }
    }
}
