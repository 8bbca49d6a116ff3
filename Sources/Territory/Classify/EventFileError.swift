/// Why an event file could not be classified. Each message names the problem and what to do.
///
/// ```swift
/// do { _ = try EventFile.classify(input, format: .csv, to: output, with: classifier, options: options) } catch {
///     print(error)   // e.g. "no latitude column in the header (id, place, when); pass --lat COLUMN or --at-col COLUMN"
/// }
/// ```
public enum EventFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input holds no header row (empty, or only a byte-order mark or blank lines).
    case empty
    /// A quoted field opened on `line` is never closed.
    case unclosedQuote(line: Int)
    /// A needed column is missing; `role` is latitude, longitude, date or position, `header` the
    /// header's first column names, comma-separated.
    case missingColumn(role: String, option: String, header: String)
    /// Two header columns have the name of a column the run needs; `positions` are their 1-based
    /// numbers, as text (`2 and 3`).
    case duplicateColumn(name: String, positions: String)
    /// The input already has a column the run would add.
    case addedColumnClash(name: String)
    /// The header is not UTF-8 text.
    case headerNotText(line: Int)
    /// A bad row under `strict` (the message names its line).
    case badRow(String)
    /// The GeoJSON input is not a FeatureCollection of Point features.
    case geoJSON(String)
    /// The GeoPackage input or output failed.
    case geoPackage(String)
    /// Reading or writing failed.
    case io(String)

    /// One line a person can act on.
    public var description: String {
        switch self {
        case .empty:
            return "the input has no header row (it is empty); give a CSV file whose first line names the columns"
        case .unclosedQuote(let line):
            return "line \(line): a quoted field opened here is never closed; close the quote (\") or remove it"
        case .missingColumn(let role, let option, let header):
            return "no \(role) column in the header (\(header)); pass \(option) COLUMN or --at-col COLUMN"
        case .duplicateColumn(let name, let positions):
            return "the header has '\(name)' more than once (columns \(positions)); "
                + "rename one so the column to read is unambiguous"
        case .addedColumnClash(let name):
            return "the input already has a column '\(name)' (a file classify wrote?); rename it, or choose other "
                + "columns with --columns"
        case .headerNotText(let line):
            return "line \(line): the header is not UTF-8 text; save the file as UTF-8"
        case .badRow(let message):
            return message
                + " (--strict stops at the first bad row; leave it out to mark bad rows in an 'error' column)"
        case .geoJSON(let message):
            return "GeoJSON input: \(message)"
        case .geoPackage(let message):
            return "GeoPackage: \(message)"
        case .io(let message):
            return message
        }
    }
}
