import Territory

/// Parses `LAT,LON` (degrees, WGS84) into a coordinate (x longitude, y latitude), or nil when the
/// text is not two numbers separated by a comma. Range checks are the library's. A leading minus
/// sign (U+2212, see `NegativePositions`) counts as a hyphen.
func parsePosition(_ text: String) -> Coordinate? {
    let parts = NegativePositions.original(text).split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2,
        let latitude = Double(parts[0].trimmingCharacters(in: .whitespaces)),
        let longitude = Double(parts[1].trimmingCharacters(in: .whitespaces))
    else { return nil }
    return Coordinate(x: longitude, y: latitude)
}

/// `--at` values: a position, or a usage error naming the expected form.
func parsePositionArgument(_ text: String) throws -> Coordinate {
    guard let position = parsePosition(text) else {
        throw PositionError(text: NegativePositions.original(text))
    }
    return position
}

/// A value that is not `LAT,LON`.
struct PositionError: Error, CustomStringConvertible {
    var text: String
    var description: String { "'\(text)' is not a position: expected LAT,LON in degrees, e.g. 39.815,46.752" }
}
