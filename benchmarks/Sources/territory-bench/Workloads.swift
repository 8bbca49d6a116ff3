import Foundation
import SwiftPROJ
import Territory
import TerritoryRender

/// The workloads run through Territory's public API, each timed as a median.
struct TerritoryWorkloads {
    let dataset: Dataset
    let inputs: Inputs
    let snapshotDay: Day
    let today: Day

    /// W1: the snapshot of one day (dissolved ground per holder, geodesic areas, units, corridors).
    func snapshot(runs: Int) throws -> Timing {
        let atlas = Atlas(dataset: dataset)
        return try measure(runs: runs) { _ = try atlas.snapshot(on: snapshotDay) }
    }

    /// W1's GEOS work through SwiftGEOS alone: the coverage union of each holder's faces on the
    /// snapshot day, read back as a `Shape` (what the snapshot does per holder).
    func dissolveThroughSwiftGEOS(runs: Int) throws -> Timing {
        let table = inputs.table
        let holders = table.holders[table.state(on: snapshotDay)]
        var byHolder: [Int32: [Geometry]] = [:]
        for (atom, faces) in table.faces.enumerated() where holders[atom] >= 0 {
            byHolder[holders[atom], default: []] += try faces.map { try Geometry(.polygon($0)) }
        }
        return try measure(runs: runs) {
            for faces in byHolder.values { _ = try Geometry.coverageUnion(faces).shape }
        }
    }

    /// W2: the daily de facto area series over the whole range, each run on a fresh atlas (whose
    /// construction is not timed: it is `atlasConstruction`).
    static func series(of dataset: Dataset, through today: Day, runs: Int) throws -> Timing {
        let clock = ContinuousClock()
        var times: [Double] = []
        for run in 0...runs {
            let atlas = Atlas(dataset: dataset)
            let start = clock.now
            _ = try atlas.series(from: dataset.info.range.from!, to: today, step: .day)
            if run > 0 { times.append(seconds(clock.now - start)) }
        }
        return Timing(median: median(times), runs: times)
    }

    /// How long `Atlas(dataset:)` takes (face order, unit order, change days, areas per state).
    func atlasConstruction(runs: Int) -> Timing {
        measure(runs: runs) { _ = Atlas(dataset: dataset) }
    }

    /// W3: the de facto holder of the first `count` questions, split over `tasks` tasks sharing one
    /// atlas (built inside the timing, so each thread also builds its GEOS objects). Returns the
    /// time and the count of answers per holder.
    func control(count: Int, tasks: Int, runs: Int) async throws -> (Timing, [String: Int]) {
        let queries = Array(inputs.queries.prefix(count))
        let dataset = dataset
        var counts: [String: Int] = [:]
        let timing = try await measure(runs: runs) {
            let chunk = (queries.count + tasks - 1) / tasks
            let atlas = Atlas(dataset: dataset)
            let holders = try await withThrowingTaskGroup(of: (Int, [String?]).self) { group in
                for task in 0..<tasks {
                    let slice = Array(
                        queries[min(task * chunk, queries.count)..<min((task + 1) * chunk, queries.count)])
                    group.addTask { (task, try atlas.control(slice).map(\.deFacto)) }
                }
                var parts = [[String?]](repeating: [], count: tasks)
                for try await (task, answers) in group { parts[task] = answers }
                return parts.flatMap { $0 }
            }
            counts = [:]
            for holder in holders { counts[holder ?? "none", default: 0] += 1 }
        }
        return (timing, counts)
    }

    /// W4: every period as one GeoJSON FeatureCollection.
    func exportAllPeriods(runs: Int) throws -> Timing {
        let atlas = Atlas(dataset: dataset)
        return try measure(runs: runs) { _ = try atlas.geoJSONAllPeriods() }
    }

    /// W5a: geodesic distances from each question's point to the next one's; returns the sum (m).
    func distances(runs: Int) throws -> (Timing, Double) {
        let points = inputs.queries.map(\.coordinate)
        var total = 0.0
        let timing = try measure(runs: runs) {
            // A local sum: adding to the captured `total` would make every addition a dynamic
            // exclusivity check (swift_beginAccess), timing the benchmark rather than Territory.
            var sum = 0.0
            for index in points.indices {
                sum += try Geodesic.wgs84.inverse(points[index], points[(index + 1) % points.count]).distance
            }
            total = sum
        }
        return (timing, total)
    }

    /// W5b: the geodesic area of every unit as drawn, by id; returns the sum (km²).
    func unitAreas(runs: Int) throws -> (Timing, Double) {
        let atlas = Atlas(dataset: dataset)
        var total = 0.0
        let timing = try measure(runs: runs) {
            total = 0
            for unit in dataset.units { total += try atlas.area(of: unit.id).areaKm2 }
        }
        return (timing, total)
    }

    /// W6: `territory snapshot --date 2020-11-10 --format json` as a whole process.
    static func coldStart(territory: URL, runs: Int) throws -> Timing {
        try measure(runs: runs) {
            try run(territory, ["snapshot", "--date", "2020-11-10", "--format", "json"], output: nil)
        }
    }
}
