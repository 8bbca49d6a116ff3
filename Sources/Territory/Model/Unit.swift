/// A piece of ground with a stable id: a country, an autonomous republic, an oblast, a district,
/// a province, an enclave or exclave, a village, or a zone (such as the ground inside a ceasefire
/// line).
///
/// ```swift
/// let lachin = try atlas.dataset.unit(named: "Laçın")
/// lachin.id                 // "lachin"
/// lachin.officialAreaKm2    // 1835
/// ```
public struct Unit: Sendable, Hashable, Identifiable {
    /// The kinds of unit.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A state's territory.
        case country
        /// An autonomous republic (Nakhchivan).
        case autonomousRepublic = "autonomous-republic"
        /// An autonomous oblast (the NKAO).
        case oblast
        /// A district (rayon).
        case district
        /// A province (marz).
        case province
        /// A city with the status of a first-level unit (Ganja, Sumgait, Khankendi …).
        case city
        /// A capital city with the status of a first-level unit (Baku, Yerevan).
        case capital
        /// Ground of one state surrounded by another.
        case enclave
        /// Ground of a state cut off from its main part.
        case exclave
        /// A village's ground.
        case village
        /// A zone drawn for events: a line of contact, a corridor strip, positions.
        case zone

        /// Whether units of this kind are the first-level administrative division a position is
        /// reported in (a rayon, a city, a marz), as opposed to countries, exclaves and drawn zones.
        public var isFirstLevel: Bool {
            switch self {
            case .district, .province, .city, .capital: true
            default: false
            }
        }
    }

    /// Lower-case slug such as `lachin`.
    public var id: String
    /// What it is.
    public var kind: Kind
    /// Its names.
    public var names: Names
    /// The unit it lies in, if any.
    public var parent: String?
    /// Its ISO 3166-2 code, if it has one.
    public var iso3166_2: String?
    /// When it existed as drawn.
    public var lifetime: Interval
    /// Where its geometry is.
    public var geometry: GeometryRef
    /// The area published for it, in km².
    public var officialAreaKm2: Double?
    /// Which vintage or source the official area refers to.
    public var officialAreaNote: String?
    /// Why the outline cannot come within the area tolerance of the official figure (see
    /// ``QualityGates``), or `nil` when it must.
    public var areaExemption: String?
    /// Where the facts come from.
    public var source: String?
    /// Remarks.
    public var note: String?
    /// Whether the dataset draws only part of it (a neighbouring country clipped to the region):
    /// maps then say "part shown" next to the ground of whoever holds it.
    public var isPartial: Bool = false

    /// The English name.
    public var name: String { names.name }
}

/// A claim that some units cover a parent with no gaps or overlaps (checked when loading).
public struct Tiling: Sendable, Hashable, Identifiable {
    /// Its id.
    public var id: String
    /// The unit covered.
    public var parent: String
    /// The units that cover it.
    public var children: [String]
    /// Remarks.
    public var note: String?
}
