/// Why a question could not be answered.
///
/// ```swift
/// do { _ = try atlas.dataset.unit(named: "Lachn") } catch {
///     print(error)   // unknown unit 'Lachn'; did you mean 'Lachin District' (lachin)?
/// }
/// ```
public enum QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No record of the wanted kinds has this name; `suggestions` holds the closest records, each
    /// as `'English name' (id)`.
    case unknownName(name: String, kinds: [NameCategory], suggestions: [String])
    /// The day lies outside the days the dataset covers.
    case outsideRange(day: Day, range: Interval)
    /// Not a longitude/latitude position.
    case invalidCoordinate(Coordinate)
    /// A position in no unit of the dataset (Paris; a position given longitude first): `coverage`
    /// says where the dataset has ground, so the asker can see the mistake.
    case outsideCoverage(Coordinate, coverage: String)
    /// A range of days that ends before it starts.
    case reversedRange(from: Day, to: Day)
    /// The question does not apply, e.g. a corridor with no route on the day asked.
    case notApplicable(String)
    /// A geometry or geodesy computation failed (a GEOS or PROJ message).
    case geometry(String)

    /// One line a person can act on.
    public var description: String {
        switch self {
        case .unknownName(let name, let kinds, let suggestions):
            // One or two kinds are named ("unknown entity or group 'X'"); more are just a name.
            let kind = kinds.count <= 2 ? kinds.map(\.rawValue).joined(separator: " or ") : "name"
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?"
            return "unknown \(kind) '\(name)'\(hint)"
        case .outsideRange(let day, let range):
            return "\(day) is outside the dataset's range \(range)"
        case .invalidCoordinate(let coordinate):
            return "(\(coordinate.y), \(coordinate.x)) is not a position: latitude must be within -90...90 and "
                + "longitude within -180...180"
        case .outsideCoverage(let coordinate, let coverage):
            return "(\(coordinate.y), \(coordinate.x)) lies outside the dataset's coverage (\(coverage)); "
                + "give a position inside it, latitude first"
        case .reversedRange(let from, let to):
            return "the range ends (\(to)) before it starts (\(from))"
        case .notApplicable(let message), .geometry(let message):
            return message
        }
    }
}
