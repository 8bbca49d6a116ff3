/// A transport corridor, existing (Lachin) or proposed (Zangezur): its route versions, width, status
/// over time, checkpoints and who guarantees or controls it.
///
/// ```swift
/// let lachin = try atlas.dataset.corridor(named: "Lachin corridor")
/// lachin.widthMeters                                      // Optional(5000.0)
/// lachin.status(on: try Day(iso: "2023-01-01"))?.status   // .blockaded
/// ```
public struct Corridor: Sendable, Hashable, Identifiable {
    /// Whether the corridor exists on the ground.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// In use at some time.
        case existing
        /// Only proposed.
        case proposed
    }

    /// The states a corridor can be in.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Proposed, not built or not agreed.
        case proposed
        /// Open to traffic.
        case operational
        /// Blocked.
        case blockaded
        /// Passable through a checkpoint.
        case checkpoint
        /// Closed.
        case closed
    }

    /// One version of the route, in force over a period.
    public struct Route: Sendable, Hashable, Identifiable {
        /// Its id.
        public var id: String
        /// When this route was the corridor's.
        public var lifetime: Interval
        /// Its line.
        public var geometry: GeometryRef
    }

    /// A status over a period.
    public struct StatusPeriod: Sendable, Hashable {
        /// When it held.
        public var period: Interval
        /// The status.
        public var status: Status
        /// Where the facts come from.
        public var source: String?
        /// Remarks.
        public var note: String?
    }

    /// A checkpoint at a place over a period.
    public struct Checkpoint: Sendable, Hashable, Identifiable {
        /// Its id.
        public var id: String
        /// The gazetteer place it stands at.
        public var place: String
        /// When it stood.
        public var period: Interval
        /// Who ran it.
        public var by: String
    }

    /// Who guarantees, controls or guards the corridor over a period.
    public struct Controller: Sendable, Hashable {
        /// The roles an entity can have.
        public enum Role: String, Sendable, Hashable, CaseIterable {
            /// Guarantees passage.
            case guarantor
            /// Controls the corridor.
            case controller
            /// Guards it (the 2020 statement's border guards).
            case borderGuard = "border-guard"
        }

        /// The entity.
        public var entity: String
        /// Its role.
        public var role: Role
        /// When.
        public var period: Interval
        /// Where the facts come from.
        public var source: String?
    }

    /// Its id.
    public var id: String
    /// Existing or proposed.
    public var kind: Kind
    /// Its names.
    public var names: Names
    /// The strip's width in metres (the route buffered by half of it on each side); `nil` when no
    /// width is defined (a proposed route), and then the corridor has no strip.
    public var widthMeters: Double?
    /// Route versions.
    public var routes: [Route]
    /// Status periods.
    public var status: [StatusPeriod]
    /// Checkpoints.
    public var checkpoints: [Checkpoint]
    /// Guarantors, controllers and guards.
    public var controllers: [Controller]
    /// Where the facts come from.
    public var source: String?
    /// Remarks.
    public var note: String?

    /// The English name.
    public var name: String { names.name }

    /// The route in force on `day`, if any.
    public func route(on day: Day) -> Route? { routeIndex(on: day).map { routes[$0] } }

    /// The index in `routes` of the route in use on `day`, if any.
    public func routeIndex(on day: Day) -> Int? { routes.firstIndex { $0.lifetime.contains(day) } }

    /// The status period containing `day`, if any.
    public func status(on day: Day) -> StatusPeriod? { status.first { $0.period.contains(day) } }

    /// Who guarantees, controls or guards the corridor on `day`, in file order: the roles in
    /// force, and none while the corridor is only proposed (nobody holds a route that is not
    /// built; a role an agreement assigns to it stays in `controllers` with its period).
    ///
    /// ```swift
    /// lachin.controllers(on: try Day(iso: "2021-06-01")).map(\.entity)     // ["RUS-PK"] (guarantor)
    /// zangezur.controllers(on: try Day(iso: "2021-06-01")).map(\.entity)   // [] (proposed)
    /// ```
    public func controllers(on day: Day) -> [Controller] {
        guard status(on: day)?.status != .proposed else { return [] }
        return controllers.filter { $0.period.contains(day) }
    }

    /// The one of `controllers(on:)` a single column names: a controller before a border guard
    /// before a guarantor, the first listed among equals; `nil` when there is none.
    public func principalController(on day: Day) -> Controller? {
        let inForce = controllers(on: day)
        let precedence: [Controller.Role] = [.controller, .borderGuard, .guarantor]
        return precedence.lazy.compactMap { role in inForce.first { $0.role == role } }.first
    }
}
