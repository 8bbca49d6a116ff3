/// A failure reported by GEOS or found while checking input, with a message a person can act on.
///
/// The associated string holds the precise message (GEOS's own words when GEOS raised it);
/// `description` adds what to do about it.
public enum GEOSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Malformed WKT, WKB, hex WKB or GeoJSON.
    case parse(String)
    /// GEOS could not compute a consistent topology, usually because an input is invalid.
    case topology(String)
    /// An argument is outside what the operation accepts (a negative tolerance, a wrong geometry type).
    case invalidArgument(String)
    /// A geometry's coordinates or structure are unusable: NaN or infinite values, unclosed rings,
    /// rings or lines with too few points.
    case invalidGeometry(String)
    /// GEOS failed for another reason.
    case operationFailed(String)

    /// Classifies a GEOS message by the exception name GEOS puts in front of it.
    init(geosMessage message: String, notice: String? = nil) {
        let full = notice.map { "\(message) (GEOS notice: \($0))" } ?? message
        if message.hasPrefix("ParseException") {
            self = .parse(full)
        } else if message.hasPrefix("TopologyException") {
            self = .topology(full)
        } else if message.hasPrefix("IllegalArgumentException") {
            self = .invalidArgument(full)
        } else {
            self = .operationFailed(full)
        }
    }

    /// The precise message, without advice.
    public var message: String {
        switch self {
        case .parse(let message), .topology(let message), .invalidArgument(let message),
            .invalidGeometry(let message), .operationFailed(let message):
            return message
        }
    }

    /// The message followed by what to do about it.
    public var description: String {
        switch self {
        case .parse(let message):
            return "Cannot parse geometry input: \(message). Check the text or bytes at the position given."
        case .topology(let message):
            return "GEOS topology error: \(message). An input is probably invalid: check validity() and repair "
                + "it with makeValid(), or pass a gridSize to snap the operation to a precision grid."
        case .invalidArgument(let message):
            return "Invalid argument: \(message). Change the argument to one the operation accepts."
        case .invalidGeometry(let message):
            return "Invalid geometry: \(message). Fix the coordinates at the place named before building the geometry."
        case .operationFailed(let message):
            return "GEOS operation failed: \(message)."
        }
    }
}
