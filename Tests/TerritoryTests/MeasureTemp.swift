import Foundation
import Territory
import XCTest

final class MeasureTemp: XCTestCase {
    func testMeasure() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("geodata/data")
        var start = Date()
        let dataset = try Dataset(directory: url)
        print("MEASURE load+compile", Date().timeIntervalSince(start))
        start = Date()
        let atlas = Atlas(dataset: dataset)
        print("MEASURE atlas", Date().timeIntervalSince(start))
        start = Date()
        var n = 0
        for year in 1924...2025 {
            n += try atlas.snapshot(on: try Day(year: year, month: 6, day: 1)).holders.count
        }
        print("MEASURE 102 snapshots", Date().timeIntervalSince(start), n)
        start = Date()
        var qs: [ControlQuery] = []
        for i in 0..<100_000 {
            let x = 44.5 + Double(i % 317) / 317 * 3.5
            let y = 38.8 + Double((i / 317) % 300) / 300 * 2.2
            qs.append(ControlQuery(coordinate: Coordinate(x: x, y: y), date: Day(daysSince1970: 7000 + (i * 37) % 12000)))
        }
        let answers = try atlas.control(qs)
        print("MEASURE batch 100k distinct points", Date().timeIntervalSince(start), answers.count)
        start = Date()
        let place = try dataset.place(named: "Shusha").coordinate
        let same = (0..<100_000).map { ControlQuery(coordinate: place, date: Day(daysSince1970: -10000 + $0 % 30000)) }
        _ = try atlas.control(same)
        print("MEASURE batch 100k one point", Date().timeIntervalSince(start))
        start = Date()
        for q in qs.prefix(10000) { _ = try atlas.control(at: q.coordinate, on: q.date) }
        print("MEASURE single 10k", Date().timeIntervalSince(start))
        start = Date()
        let series = try atlas.series(from: try Day(iso: "1923-07-07"), to: try Day(iso: "2025-01-01"), step: .day)
        print("MEASURE daily series", Date().timeIntervalSince(start), series.rows.count)
        start = Date()
        let all = try atlas.geoJSONAllPeriods()
        print("MEASURE all periods geojson", Date().timeIntervalSince(start), all.count, atlas.periods().count)
        start = Date()
        _ = try atlas.diff(from: try Day(iso: "1991-01-01"), to: try Day(iso: "2024-01-01"))
        print("MEASURE diff", Date().timeIntervalSince(start))
        start = Date()
        _ = try atlas.corridorReport("Zangezur", on: try Day(iso: "2021-01-01"))
        print("MEASURE corridor report", Date().timeIntervalSince(start))
    }
}
