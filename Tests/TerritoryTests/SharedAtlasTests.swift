import Foundation
import TestSupport
import Testing

@testable import Territory

/// One `Atlas` shared by many tasks at once answers exactly what an atlas asked one question at a
/// time answers: its GEOS objects live in per-thread caches, so no task sees another's.
@Suite struct SharedAtlasTests {
    /// One question; every kind the engine answers with GEOS or with its compiled tables.
    enum Question: Hashable, Sendable {
        case control(Coordinate, Day)
        case controlAtPlace(String, Day)
        case snapshot(Day, Layer)
        case heldArea(unit: String, holder: String, Day)
        case drawnArea(unit: String)
        case corridor(String, Day)
        case distance(from: String, to: String, Day)
        case distanceToBoundary(from: String, unit: String, Day)
        case diff(from: Day, to: Day)
        case series(from: Day, to: Day)

        var kind: String { String(describing: self).prefix { $0 != "(" }.description }
    }

    /// What a question answered, compared whole (shapes, areas, points and errors included).
    enum Answer: Hashable, Sendable {
        case control(ControlAnswer)
        case snapshot(holders: [HolderGround], units: [UnitHolders], corridors: [CorridorState], Certainty, Interval)
        case area(AreaAnswer)
        case corridor(CorridorReport)
        case distance(DistanceAnswer)
        case diff([Change])
        case series(holders: [String], rows: [SeriesRow])
        case failure(QueryError)

        var isFailure: Bool {
            if case .failure = self { return true }
            return false
        }
    }

    static let taskCount = 16

    /// Task `task`'s questions: a fixed mix drawn from days across the dataset's history, points
    /// over the region, places, units, holders and both corridors.
    static func questions(task: Int) throws -> [Question] {
        let days = try [
            "1988-03-01", "1992-05-09", "1993-08-23", "1994-05-12", "2001-01-01", "2020-10-06", "2020-11-10",
            "2021-06-01", "2022-09-14", "2023-09-20", "2024-01-01",
        ].map { try Day(iso: $0) }
        let places = ["Stepanakert", "Shusha", "Lachin", "Jabrayil", "Goris", "Agdam"]
        let units = ["Fuzuli", "Kalbajar", "Lachin", "Agdam", "Zangilan"]
        let holders = ["AZE", "ARM", "NKR"]
        var random = SplitMix64(seed: UInt64(task + 1))
        func pick<T>(_ values: [T]) -> T { values[random.next(below: values.count)] }
        var questions: [Question] = []
        for _ in 0..<3 {
            let point = Coordinate(
                x: 44.5 + Double(random.next(below: 300)) / 100, y: 38.8 + Double(random.next(below: 220)) / 100)
            questions.append(.control(point, pick(days)))
        }
        questions.append(.controlAtPlace(pick(places), pick(days)))
        questions.append(.snapshot(pick(days), task.isMultiple(of: 2) ? .deFacto : .deJure))
        questions.append(.heldArea(unit: pick(units), holder: pick(holders), pick(days)))
        questions.append(.drawnArea(unit: pick(units)))
        questions.append(.corridor(task.isMultiple(of: 2) ? "Lachin" : "Zangezur", pick(days)))
        questions.append(.distance(from: pick(places), to: pick(places), pick(days)))
        questions.append(.distanceToBoundary(from: pick(places), unit: pick(units), pick(days)))
        let from = pick(days)
        questions.append(.diff(from: from, to: from.adding(days: 400)))
        questions.append(.series(from: from, to: from.adding(days: 3000)))
        return questions
    }

    static func ask(_ question: Question, _ atlas: Atlas) -> Answer {
        do throws(QueryError) {
            switch question {
            case .control(let coordinate, let day):
                return .control(try atlas.control(at: coordinate, on: day))
            case .controlAtPlace(let place, let day):
                return .control(try atlas.control(atPlace: place, on: day))
            case .snapshot(let day, let layer):
                let snapshot = try atlas.snapshot(on: day, layer: layer)
                return .snapshot(
                    holders: snapshot.holders, units: snapshot.units, corridors: snapshot.corridors,
                    snapshot.certainty, snapshot.validity)
            case .heldArea(let unit, let holder, let day):
                return .area(try atlas.area(of: unit, heldBy: holder, on: day))
            case .drawnArea(let unit):
                return .area(try atlas.area(of: unit))
            case .corridor(let name, let day):
                return .corridor(try atlas.corridorReport(name, on: day))
            case .distance(let from, let to, let day):
                return .distance(try atlas.distance(from: .name(from), to: .name(to), on: day))
            case .distanceToBoundary(let from, let unit, let day):
                return .distance(try atlas.distance(from: .name(from), toBoundaryOf: unit, on: day))
            case .diff(let from, let to):
                return .diff(try atlas.diff(from: from, to: to).changes)
            case .series(let from, let to):
                let series = try atlas.series(from: from, to: to, step: .year)
                return .series(holders: series.holders, rows: series.rows)
            }
        } catch {
            return .failure(error)
        }
    }

    @Test("16 tasks on one shared atlas answer like a serial run")
    func sixteenTasksOnOneAtlasEqualASerialRun() async throws {
        let dataset = try Dataset.embedded()
        let questions = try (0..<Self.taskCount).map { try Self.questions(task: $0) }
        // The serial run asks everything, in order, of an atlas of its own.
        let serialAtlas = Atlas(dataset: dataset)
        let serial = questions.map { $0.map { Self.ask($0, serialAtlas) } }

        // A fresh atlas, so that the tasks also race to build its per-thread caches.
        let shared = Atlas(dataset: dataset)
        let concurrent = await withTaskGroup(of: (Int, [Answer]).self) { group in
            for (task, questions) in questions.enumerated() {
                group.addTask { (task, questions.map { Self.ask($0, shared) }) }
            }
            var answers = [[Answer]](repeating: [], count: Self.taskCount)
            for await (task, answers_) in group { answers[task] = answers_ }
            return answers
        }
        for task in 0..<Self.taskCount {
            for (index, question) in questions[task].enumerated() where concurrent[task][index] != serial[task][index] {
                Issue.record("task \(task), \(question): \(concurrent[task][index]) ≠ \(serial[task][index])")
            }
        }
        // Every kind of question must have been answered (not refused) somewhere, or the test
        // checks less than it says.
        let answered = Set(zip(questions.joined(), serial.joined()).filter { !$1.isFailure }.map { $0.0.kind })
        #expect(
            answered == [
                "control", "controlAtPlace", "snapshot", "heldArea", "drawnArea", "corridor", "distance",
                "distanceToBoundary", "diff", "series",
            ])
    }

    @Test("A thread keeps no GEOS cache of an atlas that is gone")
    func deadAtlasCachesAreDropped() throws {
        let dataset = try Dataset.embedded()
        let day = try Day(iso: "1994-05-12")
        let point = Coordinate(x: 46.75, y: 39.82)
        let counts = ThreadResult()
        let thread = Thread {
            do {
                var first: Atlas? = Atlas(dataset: dataset)
                weak let gone = first
                _ = try first!.control(at: point, on: day)
                let afterFirst = AtlasGeometries.countOnThisThread
                first = nil
                let second = Atlas(dataset: dataset)
                _ = try second.control(at: point, on: day)
                counts.set([afterFirst, AtlasGeometries.countOnThisThread, gone == nil ? 0 : 1])
            } catch {
                counts.set([])
            }
        }
        thread.start()
        // The thread finishes its work (and its caches go when it exits).
        counts.wait()
        // One cache for the first atlas, then one for the second only; the first atlas itself is
        // not kept alive by its cache.
        #expect(counts.values == [1, 1, 0])
    }
}

/// Values a thread hands back once, and a semaphore to wait for them.
private final class ThreadResult: @unchecked Sendable {
    // Sendable because `values` is written once by the thread before `done` is signalled, and
    // read only after `wait()` returns.
    private let done = DispatchSemaphore(value: 0)
    private(set) var values: [Int] = []

    func set(_ values: [Int]) {
        self.values = values
        done.signal()
    }

    func wait() { done.wait() }
}
