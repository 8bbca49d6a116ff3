/// One reason an answer may be wrong: the day asked lies in an event's precision window or
/// between the dates sources give for it, and the other reading gives another holder.
public struct Uncertainty: Sendable, Hashable {
    /// The event concerned.
    public var event: String
    /// The layer concerned.
    public var layer: Layer
    /// The holder the answer gives.
    public var holder: String?
    /// The holder under the other reading (`nil`: nobody).
    public var alternativeHolder: String?
    /// The ground concerned, km² (for a point answer, 0).
    public var areaKm2: Double
    /// The days this doubt covers.
    public var window: Interval
    /// Why, in words.
    public var reason: String
}

/// Whether an answer is certain, which doubts apply, or whether it is projected past the day the
/// dataset was last reviewed.
///
/// ```swift
/// let answer = try atlas.control(atPlace: "Jabrayil", on: try Day(iso: "2020-10-06"))
/// if case .uncertain(let doubts) = answer.certainty {
///     print(doubts[0].alternativeHolder ?? "nobody", doubts[0].reason)
///     // NKR  sources differ on the date of ...: 2020-10-04 (chosen) or 2020-10-09 (...)
/// }
/// ```
public enum Certainty: Sendable, Hashable {
    /// No doubt applies.
    case certain
    /// These doubts apply.
    case uncertain([Uncertainty])
    /// The day asked comes after `reviewed`, the last day the dataset was checked against the
    /// sources (``DatasetInfo/reviewed``): the answer carries the state of that day forward, and
    /// a later change would not be in it.
    ///
    /// ```swift
    /// let answer = try atlas.control(atPlace: "Shusha", on: try Day(iso: "2099-01-01"))
    /// answer.certainty.word       // "projected"
    /// answer.certainty.reviewed   // 2026-11-22
    /// ```
    case projected(reviewed: Day)

    /// `"certain"`, `"uncertain"` or `"projected"`.
    public var word: String {
        switch self {
        case .certain: return "certain"
        case .uncertain: return "uncertain"
        case .projected: return "projected"
        }
    }

    /// The day the dataset was last reviewed, when the answer is projected past it.
    public var reviewed: Day? {
        if case .projected(let reviewed) = self { return reviewed }
        return nil
    }

    /// The doubts (empty when certain).
    public var doubts: [Uncertainty] {
        if case .uncertain(let doubts) = self { return doubts }
        return []
    }

    init(_ doubts: [Uncertainty]) {
        self = doubts.isEmpty ? .certain : .uncertain(doubts)
    }

    /// The certainty of an answer about `day` with these doubts, given the day the dataset was
    /// last reviewed. Doubts come first: they name the other holder, which says more.
    init(_ doubts: [Uncertainty], on day: Day, reviewed: Day?) {
        if doubts.isEmpty, let reviewed, day > reviewed {
            self = .projected(reviewed: reviewed)
        } else {
            self.init(doubts)
        }
    }
}

extension Atlas {
    /// The doubts on `layer` that concern `atoms` (all when `nil`) on `day`, grouped by (event,
    /// holder, alternative); `areaKm2` is 0 when `forPoint`.
    func doubts(on day: Day, layer: Layer, atoms: Set<Int>? = nil, forPoint: Bool = false) -> [Uncertainty] {
        let timeline = dataset.timelines[layer]
        let holders = timeline.holders(on: day)
        var result: [Uncertainty] = []
        for doubt in timeline.doubts where doubt.window.contains(day) {
            let concerned = doubt.alternatives.filter {
                $0.holder != holders[$0.atom] && (atoms?.contains($0.atom) ?? true)
            }
            let alternativeOf = Dictionary(uniqueKeysWithValues: concerned.map { ($0.atom, $0.holder) })
            let groups = dataset.overlay.areasKm2(of: alternativeOf.keys) { [holders[$0], alternativeOf[$0]!] }
            for (pair, area) in groups.sorted(by: {
                ($0.value, $1.key[0], $1.key[1]) > ($1.value, $0.key[0], $0.key[1])
            }) {
                result.append(
                    Uncertainty(
                        event: dataset.events[doubt.event].id, layer: layer, holder: entityID(pair[0]),
                        alternativeHolder: entityID(pair[1]), areaKm2: forPoint ? 0 : area,
                        window: doubt.window, reason: doubt.reason))
            }
        }
        return result
    }
}
