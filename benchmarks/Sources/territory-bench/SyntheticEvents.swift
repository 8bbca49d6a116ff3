import Foundation
import Territory

/// A copy of a dataset with `factor` times as many de facto transfers. The extra ones come in
/// pairs on two consecutive new days inside one period: a unit wholly held by X goes to another
/// entity, then back to X, so every later event still finds the holders it states.
enum SyntheticEvents {
    static func copy(of dataset: Dataset, factor: Int, through today: Day, into directory: URL) throws -> URL {
        let target = directory.appendingPathComponent("events-x\(factor)")
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: dataset.directory, to: target)
        let eventsURL = target.appendingPathComponent("events.json")
        var root = try JSONSerialization.jsonObject(with: try Data(contentsOf: eventsURL)) as! [String: Any]
        var events = root["events"] as! [[String: Any]]
        let template = events.first { ($0["layer"] as? String) == "de-facto" && ($0["kind"] as? String) == "transfer" }!
        let transfers = dataset.events.filter { $0.kind == .transfer && $0.layer == .deFacto }.count
        let atlas = Atlas(dataset: dataset)
        let periods = atlas.periods()
        var wholeUnits: [Int: [(unit: String, holder: String)]] = [:]
        var taken = Set(dataset.events.map(\.date))
        var generator = SplitMix64(seed: Inputs.seed &+ UInt64(factor))
        let first = dataset.info.range.from!.daysSince1970
        var added = 0
        while added < transfers * (factor - 1) {
            let day = Day(daysSince1970: Int.random(in: first..<(today.daysSince1970 - 1), using: &generator))
            let next = day.adding(days: 1)
            guard !taken.contains(day), !taken.contains(next),
                let period = periods.firstIndex(where: { $0.contains(day) }), periods[period].contains(next)
            else { continue }
            if wholeUnits[period] == nil {
                wholeUnits[period] = try atlas.snapshot(on: day).units.compactMap { unit in
                    guard unit.deFacto.count == 1, let holder = unit.deFacto[0].holder else { return nil }
                    return (unit.unit, holder)
                }
            }
            guard let (unit, holder) = wholeUnits[period]!.randomElement(using: &generator) else { continue }
            taken.formUnion([day, next])
            let other = holder == "ARM" ? "AZE" : "ARM"
            for (date, from, to) in [(day, holder, other), (next, other, holder)] {
                var event = template
                event["id"] = "synthetic-\(added)"
                event["name"] = "synthetic transfer \(added)"
                event["date"] = date.description
                event["precision"] = "day"
                event["subject"] = unit
                event["from"] = from
                event["to"] = to
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
