import Foundation
import Territory
import Testing

/// Events name what they concern (issue 13, point 8) and the ground each transfer moves contains
/// the places it names (gate d). It goes through the engine's compiled atoms, so a place that the
/// overlay puts on the wrong side of a line fails here even when the polygons agree.
@Suite("Events and what they concern")
struct EventConcernsTests {
    @Test("gate (d): every place a transfer concerns lies in its subject and gets its new holder that day")
    func gateD() throws {
        let atlas = try Atlas.embedded()
        let places = Dictionary(uniqueKeysWithValues: atlas.dataset.places.map { ($0.id, $0) })
        var rows: [String] = []
        var failures: [String] = []
        for event in atlas.dataset.events where event.kind == .transfer {
            let subject = try #require(event.subject)
            for id in event.concerns.places {
                let place = try #require(places[id], "event \(event.id) names unknown place \(id)")
                let answer = try atlas.control(at: place.coordinate, on: event.date)
                let holder = event.layer == .deJure ? answer.deJure : answer.deFacto
                let inside = answer.units.contains(subject)
                let row =
                    "\(event.date)  \(event.id.padding(toLength: 28, withPad: " ", startingAt: 0)) "
                    + "\(subject.padding(toLength: 28, withPad: " ", startingAt: 0)) \(id.padding(toLength: 20, withPad: " ", startingAt: 0)) "
                    + "\(inside ? "inside" : "OUTSIDE")  \(holder ?? "nobody")"
                rows.append(row)
                if !inside || holder != event.to { failures.append(row) }
            }
        }
        print("gate (d): date  event  subject  place  inside  holder that day\n" + rows.joined(separator: "\n"))
        #expect(failures == [])
        // Every district seat the war of 2020 turns on is checked, not just a handful.
        #expect(rows.count >= 50)
    }

    @Test("concerns are loaded as the file gives them")
    func loaded() throws {
        let dataset = try Dataset.embedded()
        let hadrut = try #require(dataset.events.first { $0.id == "hadrut-2020" })
        #expect(hadrut.concerns.places == ["hadrut"])
        #expect(hadrut.concerns.units == ["khojavend"])
        let milestone = try #require(dataset.events.first { $0.id == "bishkek-ceasefire" })
        #expect(milestone.concerns == ControlEvent.Concerns())
    }

    @Test("timeline --place keeps the events that name the place, in date order")
    func timelineByPlace() throws {
        let atlas = try Atlas.embedded()
        #expect(try atlas.timeline(place: "Horadiz").map(\.id) == ["horadiz-1993", "horadiz-1994"])
        #expect(try atlas.timeline(place: "Hin Tagher").map(\.id) == ["khtsaberd-2020"])
        #expect(try atlas.timeline(place: "Aghband", from: try Day(iso: "2020-01-01")).map(\.id) == ["aghband-2020"])
        #expect(throws: QueryError.self) { try atlas.timeline(place: "Atlantis") }
    }

    @Test("timeline --unit keeps the events that list the unit or move ground in it")
    func timelineByUnit() throws {
        let atlas = try Atlas.embedded()
        let from = try Day(iso: "2020-01-01")
        #expect(
            try atlas.timeline(unit: "Zangilan", from: from).map(\.id) == [
                "zangilan-2020", "minjivan-2020", "aghband-2020", "zangilan-border-2020",
            ])
        let both = try atlas.timeline(unit: "fuzuli", place: "Horadiz")
        #expect(both.map(\.id) == ["horadiz-1993", "horadiz-1994"])
    }

    @Test("an unknown place in \"concerns\" is a load error naming the file, the event and the reference")
    func unknownPlace() throws {
        let problem = try #require(
            try Fixture.firstProblem(editing: "events.json") {
                $0.replacingOccurrences(
                    of: "\"id\": \"alpha-dj\",",
                    with: "\"id\": \"alpha-dj\", \"concerns\": {\"units\": [\"alpha\"], \"places\": [\"lachinn\"]},")
            })
        guard case .unknownReference = problem else {
            Issue.record("\(problem)")
            return
        }
        #expect(problem.file == "events.json")
        #expect(problem.id == "alpha-dj")
        #expect(problem.problem == "unknown place 'lachinn' in \"concerns.places\" (did you mean lachin?)")
    }

    @Test("an unknown unit in \"concerns\" is a load error, and so is a malformed object")
    func unknownUnitAndMalformed() throws {
        let unit = try #require(
            try Fixture.firstProblem(editing: "events.json") {
                $0.replacingOccurrences(
                    of: "\"id\": \"alpha-dj\",",
                    with: "\"id\": \"alpha-dj\", \"concerns\": {\"units\": [\"omega\"], \"places\": []},")
            })
        #expect(unit.id == "alpha-dj")
        #expect(unit.problem.hasPrefix("unknown unit 'omega' in \"concerns.units\""))
        let typo = try #require(
            try Fixture.firstProblem(editing: "events.json") {
                $0.replacingOccurrences(
                    of: "\"id\": \"alpha-dj\",", with: "\"id\": \"alpha-dj\", \"concerns\": {\"unit\": [\"alpha\"]},")
            })
        guard case .malformed = typo else {
            Issue.record("\(typo)")
            return
        }
        #expect(typo.id == "alpha-dj")
        #expect(typo.problem.contains("concerns"))
    }
}
