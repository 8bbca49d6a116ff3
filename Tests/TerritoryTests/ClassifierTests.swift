import Foundation
import SwiftPROJ
import Territory
import TestSupport
import Testing

/// `Classifier` (a compiled grid and answer table, no GEOS) against `Atlas.control(at:on:)` (GEOS
/// point-in-polygon per question, holders replayed per day): an independent path over the same
/// dataset. Counts of units are never hard-coded, so the dataset can grow.
@Suite struct ClassifierTests {
    static let dataset = try! Dataset.embedded()
    static let classifier = Classifier(dataset: dataset)

    /// Seeded random questions over the dataset's ground and a margin around it, on random days of its range.
    static func queries(count: Int, seed: UInt64) -> [ControlQuery] {
        var random = SplitMix64(seed: seed)
        let range = dataset.info.range
        let first = range.from!.daysSince1970
        let last = (range.to ?? Day.today()).daysSince1970 - 1
        // The ground lies within 38–42.5°N, 43–51°E; the margin is outside every unit.
        return (0..<count).map { _ in
            let x = 43 + Double(random.next(below: 8_000_000)) / 1_000_000
            let y = 38 + Double(random.next(below: 4_500_000)) / 1_000_000
            return ControlQuery(
                coordinate: Coordinate(x: x, y: y),
                date: Day(daysSince1970: first + random.next(below: last - first + 1)))
        }
    }

    @Test func answersLikeTheAtlasOnSeededRandomQuestions() throws {
        let atlas = Atlas(dataset: Self.dataset)
        var mismatches: [String] = []
        var held = 0
        let places = Self.dataset.places.map {
            ControlQuery(coordinate: $0.coordinate, date: try! Day(iso: "2020-11-20"))
        }
        for query in Self.queries(count: 20_000, seed: 14) + places {
            // Outside the coverage both refuse (the margin of the random box lies outside every unit).
            guard let expected = try? atlas.control(at: query.coordinate, on: query.date) else {
                #expect((try? Self.classifier.classify(query.coordinate, on: query.date)) == nil, "\(query)")
                continue
            }
            let answer = try Self.classifier.classify(query.coordinate, on: query.date)
            let doubts = expected.certainty.doubts
            let alternative = (doubts.first { $0.layer == .deFacto } ?? doubts.first)?.alternativeHolder
            let zones = expected.units.filter { Self.dataset.unit(id: $0)?.kind == .zone }
            if answer.deFacto != expected.deFacto || answer.deJure != expected.deJure
                || answer.district != expected.district || answer.zones != zones
                || answer.certaintyWord != expected.certainty.word || answer.alternative != alternative
                || answer.deFactoName != expected.deFacto.flatMap({ Self.dataset.entity(id: $0)?.name })
            {
                mismatches.append("\(query): \(answer) vs \(expected)")
            }
            if answer.deFacto != nil { held += 1 }
            // The event that set the holder: a de facto transfer to that holder, on or before the day.
            if let id = answer.event {
                let event = try #require(Self.dataset.event(id: id))
                #expect(event.layer == .deFacto && event.to == answer.deFacto && event.date <= query.date, "\(query)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(3))")
        // The sample must reach held ground, or the comparison says little.
        #expect(held > 1_000)
    }

    @Test func streamingKeepsOrderAndMatchesSingleCalls() throws {
        var queries = Self.queries(count: 50_000, seed: 7)
        // Bad questions in the stream come back as the errors single calls throw, in place.
        queries[10] = ControlQuery(coordinate: Coordinate(x: 46, y: 95), date: queries[10].date)
        queries[20] = ControlQuery(coordinate: queries[20].coordinate, date: try Day(iso: "1800-01-01"))
        let streamed = Array(Self.classifier.classify(queries, batchSize: 1_000))
        #expect(streamed.count == queries.count)
        for (query, result) in zip(queries, streamed) {
            let single = Result { () throws(QueryError) in
                try Self.classifier.classify(query.coordinate, on: query.date)
            }
            #expect(result == single, "\(query)")
        }
        #expect((try? streamed[10].get()) == nil)
        #expect((try? streamed[20].get()) == nil)
    }

    /// `frontKm` against SwiftPROJ's geodesic distance to the union of every atom another holder held
    /// that day (GEOS geometry, geodesic edges). Tolerance 1% + 50 m: the classifier picks the nearest
    /// edge in a local plane and measures geodesically to the point it picked (see `FrontDistance`).
    @Test func frontDistanceMatchesTheGeodesicDistanceToOtherHolders() throws {
        let measuring = Classifier(dataset: Self.dataset, frontDistance: true)
        let table = Self.dataset.atomTable(layer: .deFacto)
        var checked = 0
        for query in Self.queries(count: 3_000, seed: 3) {
            // A position outside the coverage has no answer (checked in the test above).
            guard let answer = try? measuring.classify(query.coordinate, on: query.date),
                let holder = answer.deFacto, let km = answer.frontKm
            else { continue }
            if answer.isUncertain {
                #expect(km == 0)
                continue
            }
            guard checked < 40 else { continue }
            let holders = table.holders[table.state(on: query.date)]
            let others = table.faces.indices.filter { holders[$0] >= 0 && table.entities[Int(holders[$0])] != holder }
            guard !others.isEmpty else { continue }
            let union = try Geometry.unaryUnion(
                others.flatMap { try table.faces[$0].map { try Geometry(.polygon($0)) } })
            let expected = try Geodesic.wgs84.distance(from: query.coordinate, to: union).meters / 1000
            #expect(abs(km - expected) <= 0.01 * expected + 0.05, "\(query): \(km) km vs \(expected) km")
            checked += 1
        }
        #expect(checked == 40)
    }
}
