/// Who can hold sovereignty or control: a state, an unrecognised state, a Soviet republic, a union
/// or a peacekeeping force.
///
/// ```swift
/// let nkr = try atlas.dataset.entity(named: "Artsakh")
/// nkr.id          // "NKR"
/// nkr.lifetime    // [1991-09-02, 2024-01-01)
/// ```
public struct Entity: Sendable, Hashable, Identifiable {
    /// The kinds of entity.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A recognised state.
        case state
        /// A state recognised by no UN member.
        case unrecognisedState = "unrecognised-state"
        /// A union republic of the USSR.
        case sovietRepublic = "soviet-republic"
        /// A union of republics (the USSR).
        case union
        /// A peacekeeping contingent: it controls but holds no sovereignty.
        case peacekeepingForce = "peacekeeping-force"
    }

    /// Upper-case id such as `ARM`, `NKR`, `RUS-PK`.
    public var id: String
    /// What it is.
    public var kind: Kind
    /// Its names.
    public var names: Names
    /// When it existed.
    public var lifetime: Interval
    /// Where the facts come from.
    public var source: String?
    /// Remarks.
    public var note: String?

    /// The English name.
    public var name: String { names.name }
}
