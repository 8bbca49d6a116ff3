/// A side: entities whose ground counts together, each for a stated period, such as
/// `armenian-forces` = the Republic of Armenia and the NKR.
///
/// A group holds nothing itself: on a day, its ground is the ground of the members that count on
/// that day. `area --controller armenian-forces` and `snapshot --controller` accept a group.
///
/// ```swift
/// let side = try atlas.dataset.group(named: "Armenian forces")
/// side.members(on: try Day(iso: "2021-01-01"))   // ["ARM", "NKR"]
/// ```
public struct EntityGroup: Sendable, Hashable, Identifiable {
    /// One entity of a group and the days it counts.
    public struct Member: Sendable, Hashable {
        /// The entity id.
        public var entity: String
        /// The days it counts as part of the group.
        public var period: Interval
        /// Why it counts then, or does not otherwise.
        public var note: String?
    }

    /// Lower-case slug such as `armenian-forces`.
    public var id: String
    /// Its names.
    public var names: Names
    /// The members, in file order.
    public var members: [Member]
    /// Where the grouping comes from.
    public var source: String?
    /// What it includes and leaves out, and why.
    public var note: String?

    /// The English name.
    public var name: String { names.name }

    /// The ids of the members that count on `day`, in file order.
    public func members(on day: Day) -> [String] {
        members.filter { $0.period.contains(day) }.map(\.entity)
    }
}
