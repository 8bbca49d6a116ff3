/// A problem in a dataset directory. Every case names the file, the record (unit, event, feature,
/// ... id; `nil` for the file as a whole) and what is wrong, in words a person can act on.
///
/// ```swift
/// do { _ = try Dataset(directory: url) } catch {
///     print(error)   // events.json: 'shusha-1992': unknown entity 'NKRR' in "to" (did you mean NKR?)
/// }
/// ```
public enum DatasetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file or the directory is missing or cannot be read.
    case unreadable(file: String, id: String?, problem: String)
    /// Not JSON, an unknown or missing key, a value of the wrong type or outside the allowed words.
    case malformed(file: String, id: String?, problem: String)
    /// A date that is not a real `YYYY-MM-DD` day, or does not fit its precision.
    case invalidDate(file: String, id: String?, problem: String)
    /// An interval that ends before (or when) it starts.
    case reversedInterval(file: String, id: String?, problem: String)
    /// Two records of one kind share an id.
    case duplicateID(file: String, id: String?, problem: String)
    /// A reference to a unit, entity, place or tiling that does not exist.
    case unknownReference(file: String, id: String?, problem: String)
    /// A `FILE#ID` geometry reference that leads nowhere, or to the wrong kind of geometry.
    case unresolvedGeometry(file: String, id: String?, problem: String)
    /// A geometry GEOS finds invalid (with its reason and location).
    case invalidGeometry(file: String, id: String?, problem: String)
    /// Two transfers on one day and layer give overlapping ground to different holders.
    case twoHolders(file: String, id: String?, problem: String)
    /// A transfer's `from` did not hold any of the subject's ground just before it.
    case wrongPreviousHolder(file: String, id: String?, problem: String)
    /// A tiling's children do not cover its parent within the tolerance.
    case tilingMismatch(file: String, id: String?, problem: String)
    /// Fields that contradict each other (a transfer without subject, a milestone with one, ...).
    case inconsistent(file: String, id: String?, problem: String)
    /// A place lies outside the unit it names, or outside one of that unit's parents (a quality
    /// gate: `Dataset.validate(directory:strict:)` with `strict`).
    case placeOutsideUnit(file: String, id: String?, problem: String)
    /// A unit's area is further from its official figure than its kind allows, without an
    /// exemption (a quality gate, as above).
    case areaOutOfTolerance(file: String, id: String?, problem: String)

    /// The file the problem is in, relative to the dataset directory.
    public var file: String { parts.file }
    /// The id of the record (unit, event, feature, ...) the problem is in, if it is in one.
    public var id: String? { parts.id }
    /// What is wrong.
    public var problem: String { parts.problem }

    /// `FILE: 'ID': PROBLEM`.
    public var description: String {
        let (file, id, problem) = parts
        return "\(file): " + (id.map { "'\($0)': " } ?? "") + problem
    }

    private var parts: (file: String, id: String?, problem: String) {
        switch self {
        case .unreadable(let file, let id, let problem), .malformed(let file, let id, let problem),
            .invalidDate(let file, let id, let problem), .reversedInterval(let file, let id, let problem),
            .duplicateID(let file, let id, let problem), .unknownReference(let file, let id, let problem),
            .unresolvedGeometry(let file, let id, let problem), .invalidGeometry(let file, let id, let problem),
            .twoHolders(let file, let id, let problem), .wrongPreviousHolder(let file, let id, let problem),
            .tilingMismatch(let file, let id, let problem), .inconsistent(let file, let id, let problem),
            .placeOutsideUnit(let file, let id, let problem), .areaOutOfTolerance(let file, let id, let problem):
            return (file, id, problem)
        }
    }
}
