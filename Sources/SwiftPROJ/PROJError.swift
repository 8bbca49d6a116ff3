import SwiftGEOS

/// A failure of a coordinate transformation or a geodesic computation, with a message a person can act on.
///
/// PROJ's own words (its log line and its error-code text) are kept in the associated `reason`;
/// `description` adds what to do about it.
public enum PROJError: Error, Sendable, Equatable, CustomStringConvertible {
    /// PROJ does not know the CRS, or cannot parse its definition.
    case invalidCRS(definition: String, reason: String)
    /// PROJ knows both CRSs but found no operation between them.
    case noTransformation(source: String, target: String, reason: String)
    /// A coordinate could not be transformed (outside the projection's domain, for instance).
    case transformFailed(index: Int, coordinate: Coordinate, reason: String)
    /// A coordinate is unusable as input: NaN, infinite, or a latitude beyond ±90°.
    case invalidCoordinate(Coordinate, reason: String)
    /// An argument other than a coordinate is outside what the operation accepts.
    case invalidArgument(String)
    /// A geometry's structure is unusable: unclosed rings, rings with too few points, empty input.
    case invalidGeometry(String)
    /// GEOS failed while building or operating on a geometry.
    case geometry(GEOSError)

    /// The message followed by what to do about it.
    public var description: String {
        switch self {
        case .invalidCRS(let definition, let reason):
            return "Unknown or invalid CRS \"\(definition)\": \(reason). Use an EPSG code present in PROJ's "
                + "proj.db (for example CRS.epsg(4326)), a PROJ string ending in +type=crs, or WKT."
        case .noTransformation(let source, let target, let reason):
            return "No transformation from \"\(source)\" to \"\(target)\": \(reason). Check that the two CRSs "
                + "describe the same body and that proj-data is installed."
        case .transformFailed(let index, let coordinate, let reason):
            return "Coordinate \(index) (x \(coordinate.x), y \(coordinate.y)) could not be transformed: "
                + "\(reason). Check that it lies inside the target CRS's area of use and is in the source "
                + "CRS's axis order (longitude/easting first)."
        case .invalidCoordinate(let coordinate, let reason):
            return "Invalid coordinate (x \(coordinate.x), y \(coordinate.y)): \(reason)."
        case .invalidArgument(let message):
            return "Invalid argument: \(message)."
        case .invalidGeometry(let message):
            return "Invalid geometry: \(message)."
        case .geometry(let error):
            return error.description
        }
    }
}
