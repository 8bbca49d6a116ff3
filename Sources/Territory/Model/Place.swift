/// A named point of the gazetteer: a city, town, village, crossing, checkpoint or landmark.
///
/// ```swift
/// let place = try atlas.dataset.place(named: "Khankendi")
/// place.id           // "stepanakert"
/// place.coordinate   // Coordinate(x: 46.752, y: 39.815)
/// ```
public struct Place: Sendable, Hashable, Identifiable {
    /// The kinds of place.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A city.
        case city
        /// A town.
        case town
        /// A village.
        case village
        /// A border crossing.
        case crossing
        /// A checkpoint.
        case checkpoint
        /// Any other named point.
        case landmark
        /// A populated place imported from GeoNames (population 1,000 or more), not classed
        /// further: the source does not say whether it is a city, a town or a village.
        case settlement
    }

    /// Where a place's record comes from.
    public enum Origin: String, Sendable, Hashable, CaseIterable {
        /// `places.json`, edited by hand: its names, aliases and position win.
        case curated
        /// `gazetteer.json`, generated from GeoNames cities1000 (CC BY 4.0) by
        /// `geodata/tools/import_geonames`, less the rows that are a curated place.
        case gazetteer
    }

    /// Its id.
    public var id: String
    /// What it is.
    public var kind: Kind
    /// Its names.
    public var names: Names
    /// Where it is (x longitude, y latitude).
    public var coordinate: Coordinate
    /// The unit it belongs to, if stated.
    public var unit: String?
    /// Where the position comes from.
    public var source: String?
    /// Which file the record comes from.
    public var origin: Origin = .curated

    /// The English name.
    public var name: String { names.name }
}

/// What `dataset.json` says about the dataset.
public struct DatasetInfo: Sendable, Hashable {
    /// The dataset's name.
    public var name: String
    /// Its version.
    public var version: String
    /// The days it covers; questions outside them are refused.
    public var range: Interval
    /// What it holds.
    public var description: String?
    /// The last day its records were checked against the sources (`nil`: not stated). Answers for
    /// later days carry the state of that day forward, and say so: ``Certainty/projected(reviewed:)``.
    public var reviewed: Day?
    /// The terms the data may be reused under (the project's own work and what it carries from
    /// others), as `dataset.json` states them.
    public var license: String?
    /// Land drawn on maps for context that no record holds (Russia north of Azerbaijan).
    public var backdrop: [Backdrop]
}

/// Land a map draws for context only: no unit covers it, no event concerns it, and no question
/// about it is answered.
///
/// ```swift
/// atlas.dataset.info.backdrop.map(\.name)   // ["Russia"]
/// ```
public struct Backdrop: Sendable, Hashable {
    /// The English name of the country.
    public var name: String
    /// Its polygon (clipped to the region the dataset draws).
    public var geometry: GeometryRef
}
