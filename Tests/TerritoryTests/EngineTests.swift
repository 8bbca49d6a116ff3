import Foundation
import Territory
import TerritoryRender
import XCTest

/// Answers on the squares fixture, whose holdings are known by construction.
final class EngineTests: XCTestCase {
    private var atlas: Atlas!
    private let southZone = Coordinate(x: 1.5, y: 0.75)  // alpha ∩ south ∩ zone
    private let betaZone = Coordinate(x: 2.5, y: 1.0)  // beta ∩ zone
    private let north = Coordinate(x: 0.5, y: 1.5)  // alpha ∩ north, outside the zone

    override func setUp() {
        atlas = Atlas(dataset: Fixture.dataset)
    }

    private func deFacto(_ point: Coordinate, _ day: String) throws -> String? {
        try atlas.control(at: point, on: Fixture.day(day)).deFacto
    }

    func testThePainterModelLetsTheLastTransferWin() throws {
        XCTAssertNil(try deFacto(southZone, "1999-12-31"))
        XCTAssertEqual(try deFacto(southZone, "2009-01-01"), "A")
        XCTAssertEqual(try deFacto(southZone, "2012-01-01"), "R")
        // zone-to-b paints the whole zone, including the ground alpha had before R took it.
        XCTAssertEqual(try deFacto(southZone, "2015-07-01"), "B")
        XCTAssertEqual(try deFacto(north, "2015-07-01"), "R")
        let answer = try atlas.control(at: southZone, on: Fixture.day("2015-07-01"))
        XCTAssertEqual(answer.deJure, "A")
        XCTAssertEqual(answer.units, ["alpha", "south", "zone"])
    }

    func testAnEventDatedDIsInForceForAllOfD() throws {
        XCTAssertEqual(try deFacto(betaZone, "2010-03-09"), "B")
        XCTAssertEqual(try deFacto(betaZone, "2010-03-10"), "R")
        XCTAssertEqual(try deFacto(Coordinate(x: 3.3, y: 0.3), "2011-12-31"), "B")
        XCTAssertEqual(try deFacto(Coordinate(x: 3.3, y: 0.3), "2012-01-01"), "A")
    }

    func testAMonthPrecisionEventCountsFromTheFirstAndIsUncertainAllMonth() throws {
        let before = try atlas.control(at: north, on: Fixture.day("2005-05-31"))
        XCTAssertEqual(before.deFacto, "A")
        XCTAssertEqual(before.certainty, .certain)
        for day in ["2005-06-01", "2005-06-30"] {
            let answer = try atlas.control(at: north, on: Fixture.day(day))
            XCTAssertEqual(answer.deFacto, "R")
            let doubt = try XCTUnwrap(answer.certainty.doubts.first)
            XCTAssertEqual(doubt.event, "north-to-r")
            XCTAssertEqual(doubt.alternativeHolder, "A")
            XCTAssertEqual(doubt.layer, .deFacto)
            XCTAssertTrue(doubt.reason.contains("dated only to the month (2005-06)"), doubt.reason)
        }
        XCTAssertEqual(try atlas.control(at: north, on: Fixture.day("2005-07-01")).certainty, .certain)
    }

    func testAlternativeDatesMakeTheDaysBetweenUncertain() throws {
        // Later alternative: 2010-03-10 chosen, 2010-03-15 elsewhere; the old holder is the alternative.
        let later = try atlas.control(at: betaZone, on: Fixture.day("2010-03-14"))
        XCTAssertEqual(later.deFacto, "R")
        XCTAssertEqual(later.certainty.doubts.map(\.alternativeHolder), ["B"])
        XCTAssertEqual(
            later.certainty.doubts.first?.window,
            Interval(from: Fixture.day("2010-03-10"), to: Fixture.day("2010-03-15")))
        XCTAssertEqual(try atlas.control(at: betaZone, on: Fixture.day("2010-03-15")).certainty, .certain)
        // Earlier alternative: 2015-07-01 chosen, 2015-06-28 elsewhere; the new holder is the alternative.
        let earlier = try atlas.control(at: betaZone, on: Fixture.day("2015-06-28"))
        XCTAssertEqual(earlier.deFacto, "R")
        XCTAssertEqual(earlier.certainty.doubts.map(\.alternativeHolder), ["B"])
        XCTAssertEqual(try atlas.control(at: betaZone, on: Fixture.day("2015-06-27")).certainty, .certain)
        // A snapshot reports the doubtful ground with its area.
        let snapshot = try atlas.snapshot(on: Fixture.day("2010-03-12"))
        let doubts = snapshot.certainty.doubts
        XCTAssertEqual(Set(doubts.map(\.alternativeHolder)), ["A", "B"])
        let zone = try XCTUnwrap(snapshot.units.first { $0.unit == "zone" })
        XCTAssertEqual(doubts.reduce(0) { $0 + $1.areaKm2 }, zone.deFacto[0].areaKm2 * 0.75, accuracy: 1)
    }

    func testSnapshotAreasAddUpAndUnitsCutByTheZoneHaveParts() throws {
        let snapshot = try atlas.snapshot(on: Fixture.day("2010-06-01"))
        XCTAssertEqual(snapshot.holders.map(\.holder), ["R", "B", "A"])
        let alpha = try atlas.area(of: "alpha").areaKm2
        let beta = try atlas.area(of: "beta").areaKm2
        XCTAssertEqual(snapshot.holders.reduce(0) { $0 + $1.areaKm2 }, alpha + beta, accuracy: 1e-6 * alpha)
        XCTAssertEqual(snapshot.validity, Interval(from: Fixture.day("2010-03-10"), to: Fixture.day("2012-01-01")))
        let betaShares = try XCTUnwrap(snapshot.units.first { $0.unit == "beta" })
        XCTAssertEqual(betaShares.deFacto.map(\.holder), ["B", "R"])
        XCTAssertEqual(betaShares.deJure.map(\.holder), ["B"])
        XCTAssertEqual(betaShares.deFacto[1].areaKm2, beta / 4, accuracy: beta * 0.001)
        for ground in snapshot.holders {
            let measured = try XCTUnwrap(Geometry(ground.shape))
            XCTAssertTrue(measured.validity().isValid)
            XCTAssertEqual(ground.partCount, 1)
        }
        let corridor = try XCTUnwrap(snapshot.corridors.first)
        XCTAssertEqual(corridor.route?.id, "old")
        XCTAssertEqual(corridor.status?.status, .operational)
        XCTAssertEqual(try atlas.snapshot(on: Fixture.day("2013-01-01")).corridors.first?.route?.id, "new")
        XCTAssertEqual(
            try atlas.snapshot(on: Fixture.day("2013-01-01")).corridors.first?.checkpoints.map(\.id), ["gate-cp"])
    }

    func testAUnitsHoldersAreItsSnapshotRowWithoutASnapshot() throws {
        for day in ["2000-01-01", "2010-06-01", "2015-07-01"].map(Fixture.day) {
            for layer in Layer.allCases {
                let row = try atlas.snapshot(on: day, layer: layer).units
                for unit in ["alpha", "beta", "north", "south", "zone"] {
                    let shares = try atlas.holders(of: unit, on: day, layer: layer)
                    XCTAssertEqual(shares, row.first { $0.unit == unit }?.shares(layer), "\(unit) \(day) \(layer)")
                }
            }
        }
        let beta = try atlas.holders(of: "Beta", on: Fixture.day("2010-06-01"))
        XCTAssertEqual(beta.map(\.holder), ["B", "R"])
        // The hamlet exists from 1995 only.
        XCTAssertThrowsError(try atlas.holders(of: "hamlet", on: Fixture.day("1990-01-01"))) { error in
            guard case QueryError.notApplicable(let message) = error else { return XCTFail("\(error)") }
            // Its lifetime, and the unit that covers its ground that day (the fixture's hamlet lies in beta).
            XCTAssertTrue(message.contains("existed [1995-01-01, …), not on 1990-01-01"), message)
            XCTAssertTrue(message.contains("its ground lies in beta (all of it)"), message)
        }
    }

    func testDiffGivesAreaAndGroundPerPair() throws {
        let diff = try atlas.diff(from: Fixture.day("2009-01-01"), to: Fixture.day("2011-01-01"))
        XCTAssertEqual(diff.changes.map { "\($0.from ?? "-")>\($0.to ?? "-")" }, ["B>R", "A>R"])
        let snapshot = try atlas.snapshot(on: Fixture.day("2011-01-01"))
        let zone = try XCTUnwrap(snapshot.units.first { $0.unit == "zone" })
        XCTAssertEqual(diff.changes.reduce(0) { $0 + $1.areaKm2 }, zone.deFacto[0].areaKm2 * 0.75, accuracy: 1)
        let changed = try Geometry(diff.changes[0].shape)
        XCTAssertTrue(try changed.covers(Geometry(point: betaZone)))
        XCTAssertEqual(try atlas.diff(from: Fixture.day("2011-01-01"), to: Fixture.day("2011-12-31")).changes.count, 0)
    }

    func testSeriesEqualsPerDaySnapshots() throws {
        let from = Fixture.day("2005-05-25")
        let series = try atlas.series(from: from, to: Fixture.day("2015-07-05"), step: .month)
        XCTAssertEqual(series.rows.count, 122)
        let daily = try atlas.series(from: Fixture.day("2010-03-05"), to: Fixture.day("2010-03-20"), step: .day)
        for row in series.rows + daily.rows {
            let snapshot = try atlas.snapshot(on: row.date)
            let expected = Dictionary(uniqueKeysWithValues: snapshot.holders.map { ($0.holder, $0.areaKm2) })
            let holders = row.areasKm2.count == series.holders.count ? series.holders : daily.holders
            for (holder, area) in zip(holders, row.areasKm2) {
                XCTAssertEqual(area, expected[holder] ?? 0, accuracy: 1e-9, "\(holder) on \(row.date)")
            }
        }
        XCTAssertEqual(daily.rows.map(\.date.description).first, "2010-03-05")
        XCTAssertThrowsError(
            try atlas.series(from: Fixture.day("2010-01-02"), to: Fixture.day("2010-01-01"), step: .day))
    }

    func testBatchControlEqualsSingleControl() throws {
        var queries: [ControlQuery] = []
        for x in stride(from: 0.1, to: 4.0, by: 0.45) {
            for y in stride(from: 0.1, to: 2.0, by: 0.3) {
                for day in ["2000-01-01", "2005-06-15", "2010-03-12", "2012-01-01", "2015-06-29", "2020-01-01"] {
                    queries.append(ControlQuery(coordinate: Coordinate(x: x, y: y), date: Fixture.day(day)))
                }
            }
        }
        let batch = try atlas.control(queries)
        let single = try queries.map { try Atlas(dataset: Fixture.dataset).control(at: $0.coordinate, on: $0.date) }
        XCTAssertEqual(batch, single)
        // A position outside every unit is refused in a batch as it is alone, not answered "nobody".
        let outside = ControlQuery(coordinate: Coordinate(x: 10, y: 10), date: Fixture.day("2010-01-01"))
        XCTAssertThrowsError(try atlas.control(queries + [outside])) { error in
            guard case QueryError.outsideCoverage = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try atlas.control(at: outside.coordinate, on: outside.date))
    }

    func testControlAtAPlaceAndInTheCorridorStrip() throws {
        let answer = try atlas.control(atPlace: "Khankendi", on: Fixture.day("2005-07-01"))
        XCTAssertEqual(answer.place, "stepanakert")
        XCTAssertEqual(answer.deFacto, "R")
        // The old route runs along y = 1.25 and the strip is 10 km wide: 0.04° (4.4 km) away is in, 0.05° out.
        XCTAssertEqual(
            try atlas.control(at: Coordinate(x: 1.0, y: 1.29), on: Fixture.day("2010-01-01")).corridors, ["link"])
        XCTAssertEqual(try atlas.control(at: Coordinate(x: 1.0, y: 1.30), on: Fixture.day("2010-01-01")).corridors, [])
        XCTAssertThrowsError(try atlas.control(at: Coordinate(x: 200, y: 0), on: Fixture.day("2010-01-01")))
        XCTAssertThrowsError(try atlas.control(at: north, on: Fixture.day("1989-12-31"))) { error in
            XCTAssertEqual(
                (error as? QueryError)?.description, "1989-12-31 is outside the dataset's range [1990-01-01, …)")
        }
    }

    func testCorridorMeasures() throws {
        let report = try atlas.corridorReport("Link corridor", on: Fixture.day("2010-06-01"))
        XCTAssertEqual(report.route.id, "old")
        XCTAssertEqual(report.widthKm, 10)
        // 3° of longitude at 1.25° N on WGS 84: 3 × 111.296 km (GeographicLib).
        XCTAssertEqual(report.lengthKm, 333.88, accuracy: 0.05)
        XCTAssertEqual(report.segments.map(\.territory), ["A", "B"])
        XCTAssertEqual(report.segments.reduce(0) { $0 + $1.lengthKm }, report.lengthKm, accuracy: 1e-3)
        XCTAssertEqual(report.deFactoSegments.first?.territory, "R")
        XCTAssertEqual(report.deFactoSegments.first?.lengthKm ?? 0, report.lengthKm * 2.5 / 3, accuracy: 0.01)
        XCTAssertEqual(try XCTUnwrap(report.areaKm2), report.lengthKm * 10 + .pi * 25, accuracy: 5)
        XCTAssertEqual(report.controllers.map(\.entity), ["P"])
    }

    func testAreasAndDistances() throws {
        let alpha = try atlas.area(of: "alpha")
        XCTAssertEqual(alpha.officialAreaKm2, 49000)
        XCTAssertEqual(
            alpha.areaKm2, try atlas.area(of: "north").areaKm2 + atlas.area(of: "south").areaKm2, accuracy: 1e-6)
        let held = try atlas.area(of: "alpha", heldBy: "R", on: Fixture.day("2010-06-01"))
        XCTAssertEqual(held.areaKm2, alpha.areaKm2 * 0.625, accuracy: alpha.areaKm2 * 0.001)
        let everywhere = try atlas.area(of: nil, heldBy: "Republic of R", on: Fixture.day("2010-06-01"))
        XCTAssertEqual(
            everywhere.areaKm2, try atlas.snapshot(on: Fixture.day("2010-06-01")).holders[0].areaKm2, accuracy: 1e-6)

        let points = try atlas.distance(from: .name("Stepanakert"), to: .coordinate(Coordinate(x: 0.5, y: 0.5)))
        XCTAssertEqual(points.kilometers, 110.57, accuracy: 0.01)  // one degree of latitude near the equator
        let polygons = try atlas.distance(from: .name("hamlet"), to: .name("alpha"))
        XCTAssertEqual(polygons.fromPoint.x, 3.2, accuracy: 1e-6)
        XCTAssertEqual(polygons.toPoint.x, 2.0, accuracy: 1e-6)
        XCTAssertEqual(polygons.kilometers, 1.2 * 111.32, accuracy: 0.2)
        XCTAssertEqual(try atlas.distance(from: .name("north"), to: .name("zone")).meters, 0)
        let inside = try atlas.distance(from: .name("Mid Zone"), toBoundaryOf: "zone")
        XCTAssertEqual(inside.kilometers, 0.5 * 110.57, accuracy: 0.1)
    }

    func testGeoJSONExportFollowsRFC7946() throws {
        let text = try atlas.geoJSON(on: Fixture.day("2010-06-01"))
        let collection = try JSONValue(json: text)
        guard case .array(let features) = collection.member("features") else { return XCTFail("no features") }
        XCTAssertEqual(features.count, 5)  // A/A, R/A, R/B, B/B and the corridor
        for feature in features {
            guard case .object(let properties) = feature.member("properties") else { return XCTFail("no properties") }
            for key in ["controller", "de_jure", "units", "valid_from", "valid_to", "area_km2"] {
                XCTAssertNotNil(properties[key], key)
            }
            XCTAssertEqual(properties["valid_from"], .string("2010-03-10"))
            XCTAssertEqual(properties["valid_to"], .string("2012-01-01"))
        }
        let ground = features.filter { $0.member("geometry")?.member("type") == .string("Polygon") }
        XCTAssertEqual(ground.count, 4)
        for feature in ground {
            guard case .array(let rings) = feature.member("geometry")?.member("coordinates"),
                case .array(let exterior) = rings[0]
            else { return XCTFail("bad polygon") }
            let points = exterior.compactMap { point -> (Double, Double)? in
                guard case .array(let pair) = point, case .number(let x) = pair[0], case .number(let y) = pair[1] else {
                    return nil
                }
                return (x, y)
            }
            var twiceArea = 0.0
            for index in 0..<(points.count - 1) {
                twiceArea += points[index].0 * points[index + 1].1 - points[index + 1].0 * points[index].1
            }
            XCTAssertGreaterThan(twiceArea, 0, "exterior rings are counter-clockwise")
        }
        let all = try atlas.geoJSONAllPeriods()
        // Nothing is held before 2000, so the first periods have no ground features.
        XCTAssertFalse(all.contains("\"valid_from\":\"1990-01-01\""))
        XCTAssertTrue(all.contains("\"valid_from\":\"2000-01-01\""))
        XCTAssertTrue(all.contains("\"valid_from\":\"2015-07-01\",\"valid_to\":null"))
        // 1990, 1995 (hamlet drawn), 2000, 2005-06, 2010-01 (P controls the link), 2010-03-10, 2012, 2013, 2015-07.
        XCTAssertEqual(atlas.periods().count, 9)
    }

    func testTimelineFiltersByUnitAndDate() throws {
        XCTAssertEqual(try atlas.timeline(unit: "hamlet").map(\.id), ["beta-dj", "beta-df", "hamlet-to-a"])
        XCTAssertEqual(
            try atlas.timeline(from: Fixture.day("2010-03-10"), to: Fixture.day("2012-01-01")).map(\.id),
            ["zone-to-r", "truce", "hamlet-to-a"])
    }

    func testOneAtlasSharedByParallelTasksAgrees() async throws {
        let shared = Atlas(dataset: Fixture.dataset)
        let days = (0..<16).map { Fixture.day("2000-01-01").adding(days: $0 * 400) }
        let areas = try await withThrowingTaskGroup(of: (Day, [String]).self) { group in
            for day in days {
                group.addTask { (day, try shared.snapshot(on: day).holders.map { "\($0.holder) \($0.areaKm2)" }) }
            }
            var result: [Day: [String]] = [:]
            for try await (day, holders) in group { result[day] = holders }
            return result
        }
        for day in days {
            XCTAssertEqual(areas[day], try atlas.snapshot(on: day).holders.map { "\($0.holder) \($0.areaKm2)" })
        }
    }
}

extension JSONValue {
    fileprivate func member(_ key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }
}
