import Foundation
import Territory
import TerritoryRender
import TestSupport
import Testing

/// Many tasks querying one shared `Atlas` at once get exactly the answers another atlas gives when
/// asked one question at a time.
@Suite struct StressTests {
    static let taskCount = 8
    static let operationsPerTask = 10_000

    /// One question to an atlas. Each task draws its own sequence of them from a fixed pool.
    enum Operation: Hashable, Sendable {
        case control(Coordinate, Day)
        case heldArea(unit: String, holder: String, Day)
        case drawnArea(unit: String)
        case snapshot(Day)
        case export(Day)
    }

    /// What an operation answered, compared whole (shapes, areas and text included).
    enum Outcome: Hashable, Sendable {
        case control(ControlAnswer)
        case area(AreaAnswer)
        case snapshot(holders: [HolderGround], units: [UnitHolders], certainty: Certainty, validity: Interval)
        case export(String)
        case failure(QueryError)
    }

    @Test func concurrentTasksAnswerLikeASerialRun() async throws {
        let dataset = try Dataset.embedded()
        let pool = OperationPool(dataset: dataset)
        let sequences = (0..<Self.taskCount).map { pool.sequence(seed: UInt64($0 + 1), count: Self.operationsPerTask) }

        // The serial run: one atlas, each distinct operation once, in a fixed order.
        let serialAtlas = Atlas(dataset: dataset)
        var expected: [Operation: Outcome] = [:]
        for operation in sequences.joined() where expected[operation] == nil {
            expected[operation] = Self.run(operation, on: serialAtlas)
        }
        let reference = expected

        let atlas = Atlas(dataset: dataset)
        let mismatches = await withTaskGroup(of: [String].self) { group in
            for (task, sequence) in sequences.enumerated() {
                group.addTask {
                    var mismatches: [String] = []
                    for (index, operation) in sequence.enumerated()
                    where Self.run(operation, on: atlas) != reference[operation] {
                        mismatches.append("task \(task), operation \(index): \(operation)")
                    }
                    return mismatches
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) answers differ, first: \(mismatches.prefix(3))")
        #expect(sequences.allSatisfy { $0.count == Self.operationsPerTask })
        // The pool must reach every kind of question, or the test checks less than it says.
        let kinds = Set(sequences.joined().map(\.kind))
        #expect(kinds == ["control", "heldArea", "drawnArea", "snapshot", "export"])
    }

    static func run(_ operation: Operation, on atlas: Atlas) -> Outcome {
        do throws(QueryError) {
            switch operation {
            case .control(let coordinate, let day):
                return .control(try atlas.control(at: coordinate, on: day))
            case .heldArea(let unit, let holder, let day):
                return .area(try atlas.area(of: unit, heldBy: holder, on: day))
            case .drawnArea(let unit):
                return .area(try atlas.area(of: unit))
            case .snapshot(let day):
                let snapshot = try atlas.snapshot(on: day)
                return .snapshot(
                    holders: snapshot.holders, units: snapshot.units, certainty: snapshot.certainty,
                    validity: snapshot.validity)
            case .export(let day):
                return .export(try atlas.geoJSON(on: day))
            }
        } catch {
            return .failure(error)
        }
    }
}

extension StressTests.Operation {
    /// The case name, to check the mix.
    var kind: String {
        switch self {
        case .control: "control"
        case .heldArea: "heldArea"
        case .drawnArea: "drawnArea"
        case .snapshot: "snapshot"
        case .export: "export"
        }
    }
}

/// The questions the stress test draws from: days around the dataset's events, points across the
/// region, its units and entities. In a debug build a snapshot takes ~25 ms, an export ~100 ms, a
/// drawn unit's area ~1 ms and a point query or held area ~0.2 ms, so the mix (per mille: 3
/// snapshots, 1 export, 30 drawn areas, 300 held areas, 666 point queries) keeps the test near
/// 15 s on two cores while every kind of question runs dozens to thousands of times in all.
struct OperationPool: Sendable {
    let days: [Day]
    let points: [Coordinate]
    let units: [String]
    let holders: [String]

    init(dataset: Dataset) {
        let eventDays = Set(dataset.events.map(\.date)).sorted()
        // Every fourth event day and the day before it: both sides of a change.
        days = stride(from: 1, to: eventDays.count, by: 4).flatMap { [eventDays[$0].adding(days: -1), eventDays[$0]] }
        points =
            (0..<24).map { Coordinate(x: 44.5 + Double($0 % 6) * 0.5, y: 38.8 + Double($0 / 6) * 0.6) }
            + dataset.places.prefix(8).map(\.coordinate)
        units = dataset.units.prefix(12).map(\.id)
        holders = ["AZE", "ARM", "NKR"]
    }

    /// `count` operations drawn with a generator seeded by `seed`.
    func sequence(seed: UInt64, count: Int) -> [StressTests.Operation] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let day = days[random.next(below: days.count)]
            switch random.next(below: 1000) {
            case 0..<3: return .snapshot(day)
            case 3..<4: return .export(day)
            case 4..<34: return .drawnArea(unit: units[random.next(below: units.count)])
            case 34..<334:
                return .heldArea(
                    unit: units[random.next(below: units.count)], holder: holders[random.next(below: holders.count)],
                    day)
            default: return .control(points[random.next(below: points.count)], day)
            }
        }
    }
}
