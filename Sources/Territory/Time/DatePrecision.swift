/// How precisely a date is known.
///
/// A month-precision date is stored as the 1st of its month and a year-precision date as 1 January;
/// the event counts from that day, and the rest of the month or year is its uncertainty window.
public enum DatePrecision: String, Sendable, Hashable, CaseIterable, Codable {
    /// Known to the day.
    case day
    /// Known to the month.
    case month
    /// Known to the year.
    case year

    /// The days a date of this precision may stand for, starting at `start`:
    /// `[start, start + 1 day/month/year)`.
    ///
    /// ```swift
    /// DatePrecision.month.window(startingAt: try Day(iso: "1992-06-01")).description
    /// // "[1992-06-01, 1992-07-01)"
    /// ```
    public func window(startingAt start: Day) -> Interval {
        switch self {
        case .day: return Interval(from: start, to: start.adding(days: 1))
        case .month: return Interval(from: start, to: start.adding(months: 1))
        case .year: return Interval(from: start, to: start.adding(years: 1))
        }
    }
}

/// A day together with how precisely it was given: `1992-06` is 1992-06-01 with month precision.
///
/// ```swift
/// let june = try Day.parse("1992-06")
/// june.day.description   // "1992-06-01"
/// june.precision         // .month
/// june.window.to         // 1992-07-01
/// ```
public struct DatedDay: Sendable, Hashable {
    /// The first day the text stands for.
    public var day: Day
    /// How precisely the text gave it.
    public var precision: DatePrecision

    /// A day with its precision.
    public init(day: Day, precision: DatePrecision) {
        self.day = day
        self.precision = precision
    }

    /// Every day the text stands for.
    public var window: Interval { precision.window(startingAt: day) }
}

extension Day {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, returning the first day meant and the precision.
    ///
    /// ```swift
    /// try Day.parse("2020").precision           // .year
    /// try Day.parse("2023-02-30")               // throws: "2023-02-30: February 2023 has 28 days"
    /// ```
    /// - Throws: `DayError` naming the text and what is wrong with it.
    public static func parse(_ text: String) throws(DayError) -> DatedDay {
        let expected = "YYYY, YYYY-MM or YYYY-MM-DD"
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(fields.count) else { throw .malformed(text: text, expected: expected) }
        var numbers: [Int] = []
        for (field, width) in zip(fields, widths) {
            guard field.utf8.count == width, field.utf8.allSatisfy({ (48...57).contains($0) }), let number = Int(field)
            else { throw .malformed(text: text, expected: expected) }
            numbers.append(number)
        }
        let precision: DatePrecision = [.year, .month, .day][numbers.count - 1]
        let day = try Day(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : 1, day: numbers.count > 2 ? numbers[2] : 1,
            text: text)
        return DatedDay(day: day, precision: precision)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` to the first day meant: the same parser as
    /// ``Day/parse(_:)`` (and the command line's `--date`), without the precision.
    ///
    /// ```swift
    /// try Day(iso: "2020-11-10").description   // "2020-11-10"
    /// try Day(iso: "2021").description         // "2021-01-01", as `territory control --date 2021`
    /// ```
    /// - Throws: `DayError.malformed` for any other form, or the range errors of `init(year:month:day:)`.
    public init(iso text: String) throws(DayError) {
        self = try Day.parse(text).day
    }

    /// Parses exactly `YYYY-MM-DD`, the only form dataset files and exports write (a month or a
    /// year there is an event's `precision`, not a shorter date).
    init(exactly text: String) throws(DayError) {
        let parsed = try Day.parse(text)
        guard parsed.precision == .day else { throw .malformed(text: text, expected: "YYYY-MM-DD") }
        self = parsed.day
    }
}
