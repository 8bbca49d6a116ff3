import Foundation
import Territory

// Runs every workload through Territory, the C floor and each Python peer on the same inputs,
// then prints the table and writes the results file. Absolute times on a shared machine are noise;
// the ratios, measured in one run, are the result.

let options: Options
do {
    options = try Options(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

func log(_ message: String) { FileHandle.standardError.write(Data("· \(message)\n".utf8)) }

let today = Day.today()
let snapshotDay = try Day(iso: "2020-11-10")
let work = options.work
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

log("compiling the embedded dataset")
let dataset = try Dataset.embedded()
// A load takes the overlay from overlay.bin; validate always computes it with GEOS.
let load = try measure(runs: 3, warmUp: 0) { _ = try Dataset(directory: dataset.directory) }
let compile = measure(runs: 3, warmUp: 0) { _ = Dataset.validate(directory: dataset.directory) }

log("writing the shared inputs to \(work.path)")
let inputs = Inputs(dataset: dataset, count: options.points, through: today)
try inputs.writePoints(to: work.appendingPathComponent("points.bin"))
try inputs.writeAtoms(to: work.appendingPathComponent("atoms.bin"))
try Inputs.writeUnits(
    of: dataset, binary: work.appendingPathComponent("units.bin"),
    geoJSON: work.appendingPathComponent("units.geojson"))
if let territory = options.territory {
    try run(
        territory,
        [
            "export", "--all-periods", "--format", "geojson", "--out",
            work.appendingPathComponent("all-periods.geojson").path,
            "--force",
        ], output: nil)
} else {
    try Atlas(dataset: dataset).geoJSONAllPeriods().write(
        to: work.appendingPathComponent("all-periods.geojson"), atomically: true, encoding: .utf8)
}

var territory = Side(name: "Territory")
let workloads = TerritoryWorkloads(dataset: dataset, inputs: inputs, snapshotDay: snapshotDay, today: today)
let runs = options.runs
let bigRuns = max(1, runs / 2)
territory.timings["load"] = load.median
territory.timings["compile"] = compile.median
territory.timings["atlas"] = workloads.atlasConstruction(runs: runs).median
// W1 and W5 are compared with the C floor as ratios near 1, which minutes of drifting machine load
// would swamp: they run in rounds, each round timing Territory and then the floor (a child process
// doing the same work), and each side's result is the median over the rounds.
let pairedRounds = 3
let pairedRuns = max(runs, 9)
var floorPaired: [String: [Double]] = [:]
var floorPairedChecks: [String: Double] = [:]
var territoryPaired: [String: [Double]] = [:]
if options.wants("W1") || options.wants("W5") {
    let only = ["W1", "W5"].filter(options.wants).joined(separator: ",")
    for round in 1...(options.floor == nil ? 1 : pairedRounds) {
        log("\(only) round \(round)" + (options.floor == nil ? "" : ", then the C floor"))
        if options.wants("W1") {
            territoryPaired["W1", default: []].append(try workloads.snapshot(runs: pairedRuns).median)
            territoryPaired["W1-swiftgeos", default: []].append(
                try workloads.dissolveThroughSwiftGEOS(runs: pairedRuns).median)
        }
        if options.wants("W5") {
            let (distances, distanceSum) = try workloads.distances(runs: 3)
            let (areas, areaSum) = try workloads.unitAreas(runs: pairedRuns)
            territoryPaired["W5-distances", default: []].append(distances.median)
            territoryPaired["W5-areas", default: []].append(areas.median)
            territoryPaired["W5", default: []].append(distances.median + areas.median)
            territory.checks = ["w5_distance_sum_m": distanceSum, "w5_area_sum_km2": areaSum]
        }
        if let floor = options.floor {
            let side = Side(
                name: "C floor",
                json: try runJSON(
                    floor, [work.path, String(snapshotDay.daysSince1970), only, String(pairedRuns)], scratch: work))
            for (key, value) in side.timings { floorPaired[key, default: []].append(value) }
            floorPairedChecks = side.checks
            floorPaired["W1-swiftgeos"] = floorPaired["W1"]
        }
    }
    for (key, values) in territoryPaired { territory.timings[key] = median(values) }
}
if options.wants("W2") {
    log("W2 daily series")
    territory.timings["W2"] = try TerritoryWorkloads.series(of: dataset, through: today, runs: runs).median
}
if options.wants("W3") {
    log("W3 control of \(options.points) points")
    for size in [10_000, 100_000, 1_000_000] where size <= options.points {
        let (timing, counts) = try await workloads.control(
            count: size, tasks: 2, runs: size < 1_000_000 ? runs : bigRuns)
        territory.timings["W3@\(size)"] = timing.median
        if size == options.points { territory.counts = counts }
    }
    let (oneTask, _) = try await workloads.control(count: options.points, tasks: 1, runs: bigRuns)
    territory.timings["W3-1task"] = oneTask.median
    if let sized = territory.timings["W3@\(options.points)"] {
        territory.timings["W3"] = sized
    } else {
        let (timing, counts) = try await workloads.control(count: options.points, tasks: 2, runs: bigRuns)
        territory.timings["W3"] = timing.median
        territory.counts = counts
    }
}
if options.wants("W4") {
    log("W4 all-periods export")
    territory.timings["W4"] = try workloads.exportAllPeriods(runs: bigRuns).median
}
if options.wants("W6") {
    if let binary = options.territory {
        log("W6 cold start")
        territory.timings["W6"] = try TerritoryWorkloads.coldStart(territory: binary, runs: max(runs, 10)).median
    }
}

// W7: `territory classify` on an event CSV, end to end (a process: load, read, classify, write),
// with and without --front-distance; the peer does the same job with pandas and Shapely.
if options.wants("W7"), let binary = options.territory {
    log("W7 classify \(options.points) CSV rows")
    let events = work.appendingPathComponent("events.csv")
    try inputs.writeEventsCSV(to: events, count: options.points)
    let out = work.appendingPathComponent("events-classified.csv")
    var plain: [ChildRun] = []
    var front: [ChildRun] = []
    for _ in 0..<max(1, bigRuns) {
        plain.append(try runMeasured(binary, ["classify", events.path, "--out", out.path, "--force"]))
        front.append(
            try runMeasured(binary, ["classify", events.path, "--out", out.path, "--force", "--front-distance"]))
    }
    territory.timings["W7"] = median(plain.map(\.seconds))
    territory.timings["W7-front"] = median(front.map(\.seconds))
    territory.checks["w7_peak_rss_mb"] = Double(plain.map(\.peakRSSBytes).max()!) / 1e6
    territory.checks["w7_front_peak_rss_mb"] = Double(front.map(\.peakRSSBytes).max()!) / 1e6
    // Rows per de facto holder, for the agreement line.
    _ = try runMeasured(binary, ["classify", events.path, "--out", out.path, "--force", "--columns", "de_facto"])
    territory.checks.merge(try w7Counts(of: out), uniquingKeysWith: { $1 })
}

var scaling: [[String: Double]] = []
if options.wants("scaling") {
    log("W2 with events ×10 and ×100")
    for factor in [1, 10, 100] {
        let directory =
            factor == 1
            ? dataset.directory
            : try SyntheticEvents.copy(of: dataset, factor: factor, through: today, into: work)
        let scaled = try Dataset(directory: directory)
        let compiled = try measure(runs: 1, warmUp: 0) { _ = try Dataset(directory: directory) }
        let series = try TerritoryWorkloads.series(of: scaled, through: today, runs: runs)
        scaling.append([
            "factor": Double(factor), "events": Double(scaled.events.count),
            "states": Double(scaled.stateCount(layer: .deFacto)), "load_s": compiled.median,
            "series_s": series.median,
        ])
    }
}

var sides = [territory]
if let floor = options.floor {
    log("C floor (GEOS + PROJ)")
    var side = Side(
        name: "C floor",
        json: try runJSON(floor, [work.path, String(snapshotDay.daysSince1970), "W3", String(runs)], scratch: work))
    for (key, values) in floorPaired { side.timings[key] = median(values) }
    side.checks.merge(floorPairedChecks.filter { $0.value != 0 }) { _, paired in paired }
    side.counts = Dictionary(
        side.counts.map { key, value in
            (Int(key).flatMap { $0 >= 0 ? inputs.table.entities[$0] : nil } ?? "none", value)
        },
        uniquingKeysWith: +)
    sides.append(side)
}
for peer in options.peers {
    log("peer \(peer.name)")
    // With --only W7 the peer's W1-W5 script has nothing to do.
    let json =
        options.only == ["W7"]
        ? [:]
        : try runJSON(
            peer.python,
            [
                options.peerScript.path, "--work", work.path, "--date", snapshotDay.description, "--today",
                today.description,
                "--runs", String(runs),
            ], scratch: work)
    var side = Side(name: peer.name, json: json)
    if options.wants("W7") && options.territory != nil {
        log("W7 peer \(peer.name)")
        let script = options.peerScript.deletingLastPathComponent().appendingPathComponent("classify.py")
        let events = work.appendingPathComponent("events.csv")
        let out = work.appendingPathComponent("events-\(peer.name).csv")
        let ground = work.appendingPathComponent("all-periods.geojson")
        var peerRuns: [ChildRun] = []
        for _ in 0..<max(1, bigRuns) {
            peerRuns.append(try runMeasured(peer.python, [script.path, events.path, ground.path, out.path]))
        }
        side.timings["W7"] = median(peerRuns.map(\.seconds))
        side.checks["w7_peak_rss_mb"] = Double(peerRuns.map(\.peakRSSBytes).max()!) / 1e6
        side.checks.merge(try w7Counts(of: out), uniquingKeysWith: { $1 })
    }
    side.versions = Dictionary(uniqueKeysWithValues: side.versions.map { ("\(peer.name).\($0.key)", $0.value) })
    sides.append(side)
}

let report = Report(sides: sides, scaling: scaling, points: options.points, dataset: dataset)
print(report.table())
try report.write(to: options.out)
log("wrote \(options.out.path)")
