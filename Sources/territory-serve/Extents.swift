import Territory

/// A longitude/latitude box, as OGC API `bbox` gives it: west, south, east, north (CRS84).
struct BoundingBox: Sendable, Hashable {
    var west: Double
    var south: Double
    var east: Double
    var north: Double

    /// The box around every coordinate of `shape`; `nil` for an empty shape.
    init?(of shape: Shape) {
        let envelope = shape.envelope
        guard !envelope.isNull else { return nil }
        self.init(west: envelope.minX, south: envelope.minY, east: envelope.maxX, north: envelope.maxY)
    }

    init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// Parses `bbox=W,S,E,N` (or the 6-number form with heights, which are ignored).
    ///
    /// - Throws: a 400 `Problem` naming what is wrong.
    init(parameter text: String) throws(Problem) {
        let fields = text.split(separator: ",", omittingEmptySubsequences: false).map {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
        let example = "bbox=46.5,39.5,47.2,40.2 (west,south,east,north in degrees)"
        guard fields.count == 4 || fields.count == 6, fields.allSatisfy({ $0?.isFinite == true }) else {
            throw .badRequest("bbox '\(text.prefix(80))' is not four numbers, e.g. \(example)")
        }
        let numbers = fields.map { $0! }
        let half = numbers.count / 2
        self.init(west: numbers[0], south: numbers[1], east: numbers[half], north: numbers[half + 1])
        guard (-180...180).contains(west), (-180...180).contains(east), (-90...90).contains(south),
            (-90...90).contains(north)
        else {
            throw .badRequest("bbox '\(text.prefix(80))' leaves -180...180 or -90...90 degrees, e.g. \(example)")
        }
        guard south <= north else {
            throw .badRequest("bbox '\(text.prefix(80))' has its south edge above its north edge, e.g. \(example)")
        }
    }

    /// Whether the boxes share a point; a query box with west > east crosses the antimeridian.
    func intersects(_ other: BoundingBox) -> Bool {
        guard south <= other.north, other.south <= north else { return false }
        if west > east {
            return other.east >= west || other.west <= east
        }
        return west <= other.east && other.west <= east
    }

    /// `[west, south, east, north]`.
    var json: JSONValue { .array([west, south, east, north].map { .number($0) }) }
}

/// An OGC API `datetime` filter: an instant (the state on that day) or a closed interval of days
/// (the periods that overlap it), either end open (`..` or empty).
///
/// Times of day are accepted, as clients such as QGIS send them, and dropped: the dataset counts in
/// days, and the date is taken as written (no time zone conversion).
struct TimeFilter: Sendable, Hashable {
    /// The first day, inclusive; `nil` when open.
    var first: Day?
    /// The last day, inclusive; `nil` when open.
    var last: Day?

    /// Parses the parameter's text.
    ///
    /// - Throws: a 400 `Problem` naming the date and why it is not one.
    init(parameter text: String) throws(Problem) {
        let ends = text.split(separator: "/", omittingEmptySubsequences: false)
        switch ends.count {
        case 1:
            guard let day = try Self.day(ends[0], in: text) else {
                throw .badRequest("datetime '..' names no day; give a date such as 2021-01-01 or an interval A/B")
            }
            first = day
            last = day
        case 2:
            first = try Self.day(ends[0], in: text)
            last = try Self.day(ends[1], in: text)
            if let first, let last, last < first {
                throw .badRequest("datetime '\(text)' ends (\(last)) before it starts (\(first))")
            }
        default:
            throw .badRequest(
                "datetime '\(text.prefix(80))' is not a date or an interval A/B, e.g. 2021-01-01/2021-12-31")
        }
    }

    /// One end: `YYYY-MM-DD`, optionally followed by an RFC 3339 time; `..` or empty is open.
    private static func day(_ end: Substring, in text: String) throws(Problem) -> Day? {
        if end.isEmpty || end == ".." { return nil }
        let date = end.prefix(10)
        let time = end.dropFirst(10)
        let timeCharacters = Set("0123456789:.TtZz+-")
        guard time.isEmpty || ((time.first == "T" || time.first == "t") && time.allSatisfy(timeCharacters.contains))
        else {
            throw .badRequest(
                "datetime '\(text.prefix(80))': '\(end.prefix(40))' is not a date (YYYY-MM-DD, optionally with a time)")
        }
        do {
            return try Day(iso: String(date))
        } catch {
            throw .badRequest("datetime: \(error)")
        }
    }

    /// Whether the filter shares a day with the half-open period `[from, to)`.
    func overlaps(_ period: Interval) -> Bool {
        if let last, let from = period.from, from > last { return false }
        if let first, let to = period.to, to <= first { return false }
        return true
    }
}
