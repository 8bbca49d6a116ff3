import Foundation
import Territory

/// A copy of a dataset with `factor` times as many de facto transfers: the extra ones give
/// existing subjects back and forth between two entities on pairs of consecutive new dates,
/// with no stated `from`, so the copy still compiles.
enum SyntheticEvents {
    static func copy(of dataset: Dataset, factor: Int, through today: Day, into directory: URL) throws -> URL {
        let target = directory.appendingPathComponent("events-x\(factor)")
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: dataset.directory, to: target)
        let eventsURL = target.appendingPathComponent("events.json")
        var root = try JSONSerialization.jsonObject(with: try Data(contentsOf: eventsURL)) as! [String: Any]
        var events = root["events"] as! [[String: Any]]
        let transfers = dataset.events.filter { $0.kind == .transfer && $0.layer == .deFacto }
        let subjects = Array(Set(transfers.compactMap(\.subject))).sorted()
        var taken = Set(dataset.events.map(\.date))
        var generator = SplitMix64(seed: Inputs.seed &+ UInt64(factor))
        let first = dataset.info.range.from!.daysSince1970 + 1
        let template = events.first { ($0["layer"] as? String) == "de-facto" && ($0["kind"] as? String) == "transfer" }!
        var added = 0
        while added < transfers.count * (factor - 1) {
            let day = Day(daysSince1970: Int.random(in: first..<(today.daysSince1970 - 1), using: &generator))
            let next = day.adding(days: 1)
            guard !taken.contains(day), !taken.contains(next) else { continue }
            taken.formUnion([day, next])
            let subject = subjects.randomElement(using: &generator)!
            for (date, holder) in [(day, "ARM"), (next, "AZE")] {
                var event = template
                event["id"] = "synthetic-\(added)"
                event["name"] = "synthetic transfer \(added)"
                event["date"] = date.description
                event["precision"] = "day"
                event["subject"] = subject
                event["from"] = NSNull()
                event["to"] = holder
                event["alternatives"] = [Any]()
                events.append(event)
                added += 1
            }
        }
        root["events"] = events
        try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted]).write(to: eventsURL)
        return target
    }
}
