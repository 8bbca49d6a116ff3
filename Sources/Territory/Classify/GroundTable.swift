/// Every distinct classification of a piece of ground (an atom) over a stretch of days in which
/// none of its fields changes, compiled once: a row's answer is then an array look-up.
struct GroundTable: Sendable {
    /// The days on which some field may change, ascending; segment `k` starts at `days[k - 1]`.
    let days: [Day]
    /// `index[atom * (days.count + 1) + segment]` into `answers`.
    let index: [Int32]
    /// The distinct answers; the last one is the answer for positions outside every atom.
    let answers: [Classification]
    /// The de facto state (timeline index) of each segment, for the front distance.
    let deFactoState: [Int]

    init(dataset: Dataset) {
        let days = Atlas.answerDays(of: dataset, changeDays: Atlas.changeDays(of: dataset))
        self.days = days
        let segments = days.count + 1
        let order = Atlas.unitOrder(of: dataset)
        let deFacto = dataset.timelines.deFacto
        let deJure = dataset.timelines.deJure
        let transfers = Self.transfers(of: dataset, timeline: deFacto)
        // A day inside each segment: its first day, or the day before the first change.
        let representative = (0..<segments).map { $0 == 0 ? days.first.map { $0.adding(days: -1) } : days[$0 - 1] }
        deFactoState = representative.map { $0.map { deFacto.state(on: $0) } ?? 0 }

        struct Key: Hashable {
            var deFacto, deJure, district, alternative, event: Int32
            var zones: [Int]
            var uncertain: Bool
        }
        var answerOf: [Key: Int32] = [:]
        var answers: [Classification] = []
        func entity(_ index: Int32) -> String? { index < 0 ? nil : dataset.entities[Int(index)].id }
        var index = [Int32](repeating: 0, count: dataset.overlay.atoms.count * segments)
        for (atom, content) in dataset.overlay.atoms.enumerated() {
            let memberSet = Set(content.units)
            let members = order.filter { memberSet.contains($0) }
            for segment in 0..<segments {
                guard let day = representative[segment] else { continue }
                let units = members.filter { dataset.units[$0].lifetime.contains(day) }
                let deFactoState = deFacto.state(on: day)
                let holder = deFacto.holders[deFactoState][atom]
                let doubts = [deFacto, deJure].map { timeline in
                    let holders = timeline.holders(on: day)
                    return timeline.doubts.filter { $0.window.contains(day) }.flatMap { doubt in
                        doubt.alternatives.filter { $0.atom == atom && $0.holder != holders[atom] }.map(\.holder)
                    }
                }
                let key = Key(
                    deFacto: holder, deJure: deJure.holders(on: day)[atom],
                    district: Int32(units.last { dataset.units[$0].kind.isFirstLevel } ?? -1),
                    alternative: (doubts[0] + doubts[1]).first ?? -1,
                    event: transfers[deFactoState][atom],
                    zones: units.filter { dataset.units[$0].kind == .zone },
                    uncertain: !(doubts[0].isEmpty && doubts[1].isEmpty))
                if let known = answerOf[key] {
                    index[atom * segments + segment] = known
                    continue
                }
                let id = Int32(answers.count)
                answerOf[key] = id
                index[atom * segments + segment] = id
                answers.append(
                    Classification(
                        deFacto: entity(key.deFacto),
                        deFactoName: entity(key.deFacto).flatMap { dataset.entity(id: $0)?.name },
                        deJure: entity(key.deJure),
                        district: key.district < 0 ? nil : dataset.units[Int(key.district)].id,
                        zones: key.zones.map { dataset.units[$0].id }, isUncertain: key.uncertain,
                        alternative: entity(key.alternative),
                        event: key.event < 0 ? nil : dataset.events[Int(key.event)].id,
                        frontKm: nil, ground: Int(id)))
            }
        }
        answers.append(
            Classification(
                deFacto: nil, deFactoName: nil, deJure: nil, district: nil, zones: [], isUncertain: false,
                alternative: nil, event: nil, frontKm: nil, ground: answers.count))
        self.index = index
        self.answers = answers
    }

    /// The segment holding `day`.
    @inline(__always)
    func segment(of day: Day) -> Int { days.countOnOrBefore(day) }

    /// The answer index for `atom` (nil: outside every atom) in `segment`.
    @inline(__always)
    func answer(atom: Int?, segment: Int) -> Int {
        guard let atom else { return answers.count - 1 }
        return Int(index[atom * (days.count + 1) + segment])
    }

    /// `result[state][atom]`: the index of the latest transfer of `timeline`'s layer that covered
    /// the atom by that state, or -1. Replays the transfers in the order the timeline was built:
    /// by date, then file order.
    private static func transfers(of dataset: Dataset, timeline: Timeline) -> [[Int32]] {
        let unitIndex = Dictionary(uniqueKeysWithValues: dataset.units.enumerated().map { ($1.id, $0) })
        let order = dataset.events.indices.filter {
            dataset.events[$0].kind == .transfer && dataset.events[$0].layer == .deFacto
        }.sorted { (dataset.events[$0].date, $0) < (dataset.events[$1].date, $1) }
        var latest = [Int32](repeating: -1, count: dataset.overlay.atoms.count)
        var result = [latest]
        var position = 0
        for start in timeline.starts {
            while position < order.count, dataset.events[order[position]].date <= start {
                let event = dataset.events[order[position]]
                if let subject = event.subject.flatMap({ unitIndex[$0] }), event.to != nil {
                    for atom in dataset.overlay.unitAtoms[subject] { latest[atom] = Int32(order[position]) }
                }
                position += 1
            }
            result.append(latest)
        }
        return result
    }
}
