/// A dated change on a timeline: a transfer of a unit's ground from one holder to another on one
/// layer, or a milestone that changes no holding.
///
/// A transfer dated D is in force for all of D. A month-precision event is dated the 1st of the
/// month and counts from it; the rest of the month is its uncertainty window.
///
/// ```swift
/// let shusha = atlas.dataset.event(id: "shusha-2020")!
/// shusha.date                       // 2020-11-08
/// shusha.alternatives.map(\.date)   // [2020-11-07] (seed 002)
/// shusha.concerns.places            // ["shusha"]
/// ```
public struct ControlEvent: Sendable, Hashable, Identifiable {
    /// Whether the event moves ground.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Ground changes hands.
        case transfer
        /// Something happened that changes no holding.
        case milestone
    }

    /// What an event concerns: the first-level units its ground lies in and the places its note
    /// names. For a transfer every place lies inside the ground it moves (gate (d), checked by the
    /// tests of the embedded dataset); ids are checked when the dataset loads.
    public struct Concerns: Sendable, Hashable {
        /// Unit ids (districts, provinces, exclaves, villages).
        public var units: [String]
        /// Place ids.
        public var places: [String]

        /// Concerns listing `units` and `places` (both empty by default).
        public init(units: [String] = [], places: [String] = []) {
            self.units = units
            self.places = places
        }
    }

    /// Another date a source gives for the same event.
    public struct AlternativeDate: Sendable, Hashable {
        /// The other date.
        public var date: Day
        /// Who gives it.
        public var source: String?
        /// Remarks.
        public var note: String?
    }

    /// Its id.
    public var id: String
    /// A short title.
    public var name: String?
    /// The chosen date (the 1st of the month or year for a coarser precision).
    public var date: Day
    /// How precisely the date is known.
    public var precision: DatePrecision
    /// Transfer or milestone.
    public var kind: Kind
    /// The layer a transfer changes (`nil` for milestones).
    public var layer: Layer?
    /// The unit whose ground changes hands (`nil` for milestones).
    public var subject: String?
    /// The entity that held it before, if stated.
    public var from: String?
    /// The entity that holds it afterwards (`nil` for milestones).
    public var to: String?
    /// Other dates sources give.
    public var alternatives: [AlternativeDate]
    /// Where the facts come from.
    public var source: String?
    /// Remarks.
    public var note: String?
    /// The units and places the event concerns (empty when the file lists none).
    public var concerns = Concerns()

    /// The days the chosen date may stand for (one day for day precision).
    public var window: Interval { precision.window(startingAt: date) }
}
