/// One layer's holders of every atom in every state. A state lasts from one transfer date to the
/// next; state 0 is the time before the first transfer, when nobody holds anything.
struct Timeline: Sendable {
    /// `starts[k]` is the first day of state `k + 1`.
    var starts: [Day]
    /// `holders[state][atom]`: entity index, or -1 for nobody.
    var holders: [[Int32]]
    /// The windows in which a holding is uncertain.
    var doubts: [Doubt]

    /// The state in force on `day` (binary search over the transfer dates).
    func state(on day: Day) -> Int { starts.countOnOrBefore(day) }

    /// The holder of every atom on `day`, indexed by atom: entity index, or -1 for nobody.
    func holders(on day: Day) -> [Int32] { holders[state(on: day)] }

    /// The days state `state` lasts.
    func period(of state: Int) -> Interval {
        Interval(from: state > 0 ? starts[state - 1] : nil, to: state < starts.count ? starts[state] : nil)
    }
}

/// Each layer's timeline.
typealias Timelines = Layered<Timeline>

/// Days on which some atoms may have had another holder than the timeline says: the rest of a
/// month- or year-precision event's window, or the days between an event's chosen date and a date
/// another source gives.
struct Doubt: Sendable {
    /// The event's index in the dataset's events.
    var event: Int
    /// The days concerned.
    var window: Interval
    /// The atoms concerned, with the holder they would have if the other reading were right.
    var alternatives: [(atom: Int, holder: Int32)]
    /// Why, in words.
    var reason: String
}

/// Replays each layer's transfers over the atoms, checking that no two transfers of one day give
/// the same ground to different holders and that every stated `from` held the ground just before.
enum TimelineBuilder {
    static func build(
        layer: Layer, events: [ControlEvent], overlay: Overlay, unitIndex: [String: Int], entityIndex: [String: Int],
        entityIDs: [String], problems: inout [DatasetError]
    ) -> Timeline {
        let order = events.indices.filter { events[$0].kind == .transfer && events[$0].layer == layer }
            .sorted { (events[$0].date, $0) < (events[$1].date, $1) }
        var holders = [Int32](repeating: -1, count: overlay.atoms.count)
        var timeline = Timeline(starts: [], holders: [holders], doubts: [])
        var position = 0
        while position < order.count {
            let date = events[order[position]].date
            var givenToday: [Int: (event: Int, holder: Int32)] = [:]
            // Transfers of one day are simultaneous: each is checked against the holders of the day before.
            let dayBefore = holders
            while position < order.count, events[order[position]].date == date {
                let index = order[position]
                let event = events[index]
                position += 1
                guard let subject = event.subject.flatMap({ unitIndex[$0] }),
                    let to = event.to.flatMap({ entityIndex[$0] })
                else { continue }
                let atoms = overlay.unitAtoms[subject]
                let before = atoms.map { dayBefore[$0] }
                let clashing = atoms.filter { givenToday[$0].map { $0.holder != Int32(to) } ?? false }
                if let first = clashing.first, let earlier = givenToday[first] {
                    let area = overlay.areaKm2(of: clashing)
                    problems.append(twoHolders(event, earlier: events[earlier.event], sharedKm2: area))
                }
                check(
                    from: event, atoms: atoms, before: before, overlay: overlay, entityIDs: entityIDs, entityIndex,
                    &problems)
                for atom in atoms {
                    holders[atom] = Int32(to)
                    givenToday[atom] = (index, Int32(to))
                }
                timeline.doubts += doubts(of: event, index: index, atoms: atoms, before: before, to: Int32(to))
            }
            timeline.starts.append(date)
            timeline.holders.append(holders)
        }
        return timeline
    }

    private static func check(
        from event: ControlEvent, atoms: [Int], before: [Int32], overlay: Overlay, entityIDs: [String],
        _ entityIndex: [String: Int], _ problems: inout [DatasetError]
    ) {
        guard let from = event.from, let fromIndex = entityIndex[from], !before.contains(Int32(fromIndex)) else {
            return
        }
        let holderOf = Dictionary(uniqueKeysWithValues: zip(atoms, before))
        let held = overlay.areasKm2(of: atoms) { holderOf[$0]! }
        let list = held.sorted { $0.value > $1.value }.map { holder, area in
            "\(holder < 0 ? "nobody" : entityIDs[Int(holder)]) \(formatKm2(area))"
        }
        problems.append(
            .wrongPreviousHolder(
                file: DatasetFiles.events, id: event.id,
                problem:
                    "\"from\" is \(from) but just before \(event.date) the subject '\(event.subject ?? "")' was held by "
                    + "\(list.joined(separator: ", ")); fix \"from\" or the earlier transfers on the \(event.layer?.rawValue ?? "") layer"
            ))
    }

    private static func twoHolders(_ event: ControlEvent, earlier: ControlEvent, sharedKm2: Double) -> DatasetError {
        .twoHolders(
            file: DatasetFiles.events, id: event.id,
            problem: "on \(event.date) the \(event.layer?.rawValue ?? "") layer would have two holders at once: "
                + "'\(earlier.id)' gives ground of '\(earlier.subject ?? "")' to \(earlier.to ?? ""), and this event gives "
                + "\(formatKm2(sharedKm2)) of the same ground (subject '\(event.subject ?? "")') to \(event.to ?? ""); "
                + "date them apart or make the subjects disjoint")
    }

    private static func doubts(of event: ControlEvent, index: Int, atoms: [Int], before: [Int32], to: Int32) -> [Doubt]
    {
        let title = event.name.map { "\($0) (\(event.id))" } ?? event.id
        var doubts: [Doubt] = []
        let undone = Array(zip(atoms, before)).filter { $0.1 != to }.map { (atom: $0.0, holder: $0.1) }
        if event.precision != .day, !undone.isEmpty {
            let (year, month, _) = event.date.components
            let known =
                event.precision == .month ? String(Day.format(year: year, month: month, day: 1).dropLast(3)) : "\(year)"
            doubts.append(
                Doubt(
                    event: index, window: event.window, alternatives: undone,
                    reason: "\(title) is dated only to the \(event.precision.rawValue) (\(known)); it counts from "
                        + "\(event.date) but may have happened later"))
        }
        for alternative in event.alternatives {
            let source = alternative.source.map { " (\($0))" } ?? ""
            let reason =
                "sources differ on the date of \(title): \(event.date) (chosen) or \(alternative.date)\(source)"
            if alternative.date > event.date, !undone.isEmpty {
                doubts.append(
                    Doubt(
                        event: index, window: Interval(from: event.date, to: alternative.date), alternatives: undone,
                        reason: reason))
            } else if alternative.date < event.date {
                let done = atoms.map { (atom: $0, holder: to) }
                doubts.append(
                    Doubt(
                        event: index, window: Interval(from: alternative.date, to: event.date), alternatives: done,
                        reason: reason))
            }
        }
        return doubts
    }
}

/// An area for messages: `12.3 km²`.
func formatKm2(_ km2: Double) -> String {
    km2 >= 100 ? "\(Int(km2.rounded())) km²" : "\((km2 * 10).rounded() / 10) km²"
}
