/// Why an export could not be made.
///
/// ```swift
/// do { _ = try atlas.geoPackage(on: nil) } catch {
///     print(error)   // e.g. "SQLite failed creating table units: out of memory"
/// }
/// ```
public enum ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The question behind the export failed (a day outside the dataset, a geometry computation).
    case query(QueryError)
    /// SQLite refused a step of building a GeoPackage; `step` says which, `message` is SQLite's.
    case database(step: String, message: String)

    /// One line a person can act on.
    public var description: String {
        switch self {
        case .query(let error):
            return error.description
        case .database(let step, let message):
            return "SQLite failed \(step): \(message)"
        }
    }
}
