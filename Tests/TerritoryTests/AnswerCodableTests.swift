import Foundation
import Testing

@testable import Territory

/// The answers' JSON (``AnswerJSON``) read back: `decode(encode(x)) == x` for every answer the
/// embedded dataset gives on a spread of days (certain, uncertain, projected), with the fields the
/// JSON does not carry (shapes, periods, nearest points) set as decoding sets them, and decoding
/// then encoding gives the same bytes.
@Suite("Answers are Codable as the CLI prints them")
struct AnswerCodableTests {
    private let atlas: Atlas

    init() throws {
        atlas = try Atlas.embedded()
    }

    /// Days that give certain, uncertain (2020-10-06: sources disagree on Jabrayil) and projected
    /// (2099, after the last review) answers, and corridors with checkpoints (2023-06-01).
    static let days = [
        "1991-06-01", "1993-01-01", "1994-05-12", "2020-10-06", "2021-06-01", "2023-06-01", "2099-01-01",
    ]
    .map { try! Day(iso: $0) }

    /// `value` decoded from its JSON, after checking that re-encoding the decoded value gives the
    /// same bytes.
    private func roundTrip<Answer: Codable>(_ value: Answer) throws -> Answer {
        let data = try AnswerJSON.encode(value)
        let decoded = try AnswerJSON.decode(Answer.self, from: data)
        #expect(try AnswerJSON.encode(decoded) == data, "\(String(decoding: data, as: UTF8.self))")
        return decoded
    }

    @Test func controlAnswers() throws {
        var answers: [ControlAnswer] = []
        for day in Self.days {
            for place in ["Shusha", "Jabrayil", "Stepanakert", "Lachin", "Yerevan"] {
                answers.append(try atlas.control(atPlace: place, on: day))
            }
            answers.append(try atlas.control(at: Coordinate(x: 46.752, y: 39.815), on: day))
        }
        #expect(answers.contains { $0.certainty.word == "uncertain" })
        #expect(answers.contains { $0.certainty.word == "projected" })
        #expect(answers.contains { $0.place == nil && $0.district != nil && !$0.zones.isEmpty })
        for answer in answers { #expect(try roundTrip(answer) == answer) }
    }

    @Test func unitControlAnswers() throws {
        for day in Self.days {
            for unit in ["karabakh-region", "Fuzuli", "Jabrayil"] {
                guard let answer = try? atlas.control(ofUnit: unit, on: day) else { continue }
                #expect(try roundTrip(answer) == answer)
            }
        }
        let split = try atlas.control(ofUnit: "karabakh-region", on: try Day(iso: "2021-06-01"))
        #expect(split.deFacto.count > 1)
        #expect(split.areaKm2 == (try atlas.area(of: "karabakh-region")).areaKm2)
    }

    @Test func snapshots() throws {
        for day in Self.days {
            for layer in Layer.allCases {
                let snapshot = try atlas.snapshot(on: day, layer: layer)
                let decoded = try roundTrip(snapshot)
                #expect(decoded.date == snapshot.date && decoded.layer == snapshot.layer)
                #expect(decoded.validity == snapshot.validity)
                #expect(decoded.certainty == snapshot.certainty && decoded.reviewed == snapshot.reviewed)
                #expect(decoded.holders == snapshot.holders.map(withoutShape))
                #expect(decoded.units == snapshot.units)
                #expect(decoded.corridors == snapshot.corridors.map(asCarried))
            }
        }
    }

    @Test func controllerGrounds() throws {
        for day in Self.days {
            for controller in ["armenian-forces", "NKR", "AZE"] {
                var ground = try atlas.ground(heldBy: controller, on: day)
                let decoded = try roundTrip(ground)
                ground.shape = .multiPolygon([])
                #expect(decoded.controller == ground.controller && decoded.name == ground.name)
                #expect(decoded.date == ground.date && decoded.layer == ground.layer)
                #expect(decoded.areaKm2 == ground.areaKm2 && decoded.partCount == ground.partCount)
                #expect(decoded.members == ground.members && decoded.shape == ground.shape)
            }
        }
    }

    @Test func corridorReports() throws {
        var reports: [CorridorReport] = []
        for day in Self.days {
            for corridor in atlas.dataset.corridors { reports.append(try atlas.corridorReport(corridor.id, on: day)) }
        }
        #expect(reports.contains { !$0.checkpoints.isEmpty })
        #expect(reports.contains { !$0.controllers.isEmpty })
        #expect(reports.contains { $0.widthKm == nil })
        for report in reports {
            var carried = report
            carried.status = report.status.map { Corridor.StatusPeriod($0.status) }
            carried.route = Corridor.Route(report.route.id)
            carried.controllers = report.controllers.map {
                Corridor.Controller(entity: $0.entity, role: $0.role, period: .always)
            }
            carried.checkpoints = report.checkpoints.map {
                Corridor.Checkpoint(id: $0.id, place: $0.place, period: .always, by: $0.by)
            }
            carried.borderDistances = report.borderDistances.map(withoutPoints)
            carried.deFactoBorderDistances = report.deFactoBorderDistances.map(withoutPoints)
            #expect(try roundTrip(report) == carried)
        }
    }

    @Test func areaAnswers() throws {
        let day = try Day(iso: "1994-05-12")
        let answers = [
            try atlas.area(of: "Azerbaijan"),
            try atlas.area(of: "Azerbaijan", heldBy: "NKR", on: day),
            try atlas.area(of: "Azerbaijan", heldBy: "armenian-forces", on: day),
            try atlas.area(of: nil, heldBy: "armenian-forces", on: day),
            try atlas.area(of: nil, heldBy: "NKR", on: day, layer: .deJure),
            try atlas.area(of: "Fuzuli", holdersOn: day),
            try atlas.area(ofCorridor: "Lachin corridor", on: try Day(iso: "2021-06-01")),
        ]
        for answer in answers { #expect(try roundTrip(answer) == answer) }
        // A group's members are listed; an entity's (itself) are not, and read back as itself.
        let json = try JSONSerialization.jsonObject(with: try AnswerJSON.encode(answers[2])) as! [String: Any]
        #expect(json["members"] as? [String] == ["ARM", "NKR"])
        let entity = try JSONSerialization.jsonObject(with: try AnswerJSON.encode(answers[1])) as! [String: Any]
        #expect(entity["members"] is NSNull)
        #expect(answers[1].percentOfUnit == 100 * answers[1].areaKm2 / answers[1].unitAreaKm2!)
    }

    @Test func distanceAnswers() throws {
        let answers = [
            try atlas.distance(from: .name("Stepanakert"), to: .name("Shusha")),
            try atlas.distance(from: .coordinate(Coordinate(x: 46.752, y: 39.815)), to: .name("Lachin corridor")),
            try atlas.distance(from: .name("Stepanakert"), toBoundaryOf: "zone-1994"),
            try atlas.distance(from: .name("Armenia"), to: .name("Nakhchivan")),
        ]
        for answer in answers {
            let decoded = try roundTrip(answer)
            // The JSON gives kilometres: they come back to the bit, and the metres within one rounding.
            #expect(decoded.kilometers == answer.kilometers)
            #expect(abs(decoded.meters - answer.meters) <= answer.meters.ulp)
            var carried = answer
            carried.meters = decoded.meters
            #expect(decoded == carried)
        }
        #expect(answers[1].fromQuery == "39.815,46.752" && answers[2].toQuery == "zone-1994")
    }

    @Test("Metres read from kilometres give those kilometres back, for any length")
    func metresFromKilometres() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100_000 {
            let meters = Double.random(in: 0..<2e7, using: &generator)
            let kilometers = meters / 1000
            #expect(AnswerJSON.meters(kilometers: kilometers) / 1000 == kilometers)
        }
    }

    @Test func diffsAndSeries() throws {
        let diff = try atlas.diff(from: try Day(iso: "1991-01-01"), to: try Day(iso: "2021-01-01"))
        let decoded = try roundTrip(diff)
        #expect(decoded.from == diff.from && decoded.to == diff.to && decoded.layer == diff.layer)
        #expect(
            decoded.changes
                == diff.changes.map { change in
                    var carried = change
                    carried.shape = .multiPolygon([])
                    return carried
                })
        for step in SeriesStep.allCases where step != .day {
            let series = try atlas.series(
                from: try Day(iso: "1988-01-01"), to: try Day(iso: "2024-01-01"), step: step, layer: .deJure)
            let decoded = try roundTrip(series)
            #expect(decoded.layer == series.layer && decoded.step == series.step)
            #expect(decoded.holders == series.holders && decoded.rows == series.rows)
        }
    }

    @Test func eventsAndPlaces() throws {
        let events = try atlas.timeline(unit: nil, place: nil, from: nil, to: nil)
        #expect(events.contains { !$0.alternatives.isEmpty })
        #expect(try roundTrip(events) == events)
        let places = atlas.dataset.places.map { place in
            var carried = place
            carried.source = nil
            return carried
        }
        #expect(try roundTrip(places) == places)
        let near = try atlas.dataset.places(near: Coordinate(x: 46.36, y: 40.68), withinKm: nil, limit: 5)
        let decoded = try roundTrip(near)
        #expect(decoded.map(\.place.id) == near.map(\.place.id))
        #expect(decoded.map(\.kilometers) == near.map(\.kilometers) && decoded.map(\.azimuth) == near.map(\.azimuth))
    }

    @Test("The JSON is pretty, key-sorted, writes absent values as null and ends with a newline")
    func format() throws {
        let answer = try atlas.control(at: Coordinate(x: 46.752, y: 39.815), on: try Day(iso: "2021-06-01"))
        let text = try AnswerJSON.text(answer)
        #expect(text.hasPrefix("{\n  \"certainty\" : \"certain\",\n  \"corridors\" : [\n"))
        #expect(text.contains("\n  \"place\" : null,\n"))
        #expect(text.hasSuffix("\n}\n"))
    }

    @Test("Unknown certainty words and projected answers without a review day are refused")
    func badCertainty() throws {
        let answer = try atlas.control(atPlace: "Shusha", on: try Day(iso: "2099-01-01"))
        let text = try AnswerJSON.text(answer)
        #expect(text.contains("\"certainty\" : \"projected\""))
        for bad in [
            text.replacingOccurrences(of: "\"projected\"", with: "\"maybe\""),
            text.replacingOccurrences(of: "\"reviewed\" : \"", with: "\"reviewed\" : null, \"x\" : \""),
        ] {
            #expect(throws: DecodingError.self) { try AnswerJSON.decode(ControlAnswer.self, from: Data(bad.utf8)) }
        }
    }

    private func withoutShape(_ ground: HolderGround) -> HolderGround {
        var carried = ground
        carried.shape = .multiPolygon([])
        return carried
    }

    /// A corridor's state as its JSON carries it.
    private func asCarried(_ state: CorridorState) -> CorridorState {
        var carried = state
        carried.status = state.status.map { Corridor.StatusPeriod($0.status) }
        carried.route = state.route.map { Corridor.Route($0.id) }
        carried.routeShape = nil
        carried.checkpoints = []
        carried.controllers = []
        return carried
    }

    private func withoutPoints(_ distance: BorderDistance) -> BorderDistance {
        var carried = distance
        carried.routePoint = nil
        carried.borderPoint = nil
        return carried
    }
}
