import Foundation
import Territory
import Testing

/// `--format json` prints the library's answer through ``AnswerJSON``, byte for byte, so the HTTP
/// service (which encodes the same values with the same encoder) prints what the CLI prints.
@Suite struct AnswerJSONCommandTests {
    private let atlas: Atlas

    init() throws {
        atlas = try Atlas.embedded()
    }

    private func printed(_ arguments: String...) throws -> String {
        try printed(arguments)
    }

    private func printed(_ arguments: [String]) throws -> String {
        let run = try territory(arguments + ["--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return run.stdout
    }

    @Test func controlPrintsTheLibraryAnswer() throws {
        let day = try Day(iso: "2020-10-06")
        #expect(
            try printed("control", "--date", "2020-10-06", "--place", "Jabrayil")
                == AnswerJSON.text(try atlas.control(atPlace: "Jabrayil", on: day)))
        #expect(
            try printed("control", "--date", "2020-10-06", "--at", "39.815,46.752")
                == AnswerJSON.text(try atlas.control(at: Coordinate(x: 46.752, y: 39.815), on: day)))
        #expect(
            try printed("control", "--date", "2020-10-06", "--place", "karabakh-region")
                == AnswerJSON.text(try atlas.control(ofUnit: "karabakh-region", on: day)))
    }

    @Test func snapshotPrintsTheLibraryAnswer() throws {
        let day = try Day(iso: "2021-06-01")
        #expect(
            try printed("snapshot", "--date", "2021-06-01", "--layer", "de-jure")
                == AnswerJSON.text(try atlas.snapshot(on: day, layer: .deJure)))
        #expect(
            try printed("snapshot", "--date", "2021-06-01", "--controller", "armenian-forces")
                == AnswerJSON.text(try atlas.ground(heldBy: "armenian-forces", on: day)))
    }

    @Test func corridorPrintsTheLibraryAnswer() throws {
        #expect(
            try printed("corridor", "Lachin", "--date", "2023-06-01")
                == AnswerJSON.text(try atlas.corridorReport("Lachin", on: try Day(iso: "2023-06-01"))))
    }

    /// Every kind of `area` question, answered by the one library call the service makes too.
    @Test(arguments: [
        ("Azerbaijan", nil, nil), ("Azerbaijan", "1994-05-12", "armenian-forces"), ("Azerbaijan", "1994-05-12", "NKR"),
        ("Fuzuli", "1994-05-12", nil), ("armenian-forces", "1994-05-12", nil), ("Artsakh", "2021-06-01", nil),
        ("Lachin corridor", "2021-06-01", nil),
    ])
    func areaPrintsTheLibraryAnswer(name: String, date: String?, controller: String?) throws {
        var arguments = ["area", name]
        if let date { arguments += ["--date", date] }
        if let controller { arguments += ["--controller", controller] }
        let answer = try atlas.area(named: name, on: try date.map { try Day(iso: $0) }, heldBy: controller)
        #expect(try printed(arguments) == AnswerJSON.text(answer))
    }

    @Test func distancePrintsTheLibraryAnswer() throws {
        #expect(
            try printed("distance", "Stepanakert", "Shusha")
                == AnswerJSON.text(try atlas.distance(from: .name("Stepanakert"), to: .name("Shusha"))))
    }
}
