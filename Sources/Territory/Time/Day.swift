import Foundation

/// A calendar day (proleptic Gregorian), stored as the number of days since 1970-01-01.
///
/// Arithmetic is pure integer work, so comparing, striding and converting to year, month and day
/// never touch `Calendar`. Days print and encode as `YYYY-MM-DD`.
///
/// ```swift
/// let shusha = try Day(year: 2020, month: 11, day: 8)
/// shusha.adding(days: 2).description   // "2020-11-10"
/// try Day(iso: "2020-11-10") - shusha  // 2
/// ```
public struct Day: Sendable, Hashable, Comparable, Strideable, CustomStringConvertible, Codable {
    /// Days since 1970-01-01 (negative before it).
    public let daysSince1970: Int

    /// The day `daysSince1970` days after 1970-01-01.
    public init(daysSince1970: Int) {
        self.daysSince1970 = daysSince1970
    }

    /// The day with these calendar fields.
    ///
    /// - Throws: `DayError` when the year is outside 1...9999, the month outside 1...12 or the day
    ///   outside the month (`2023-02-30`).
    public init(year: Int, month: Int, day: Int) throws(DayError) {
        try self.init(year: year, month: month, day: day, text: Day.format(year: year, month: month, day: day))
    }

    /// Checks the fields, naming `text` (what the person wrote) in errors.
    init(year: Int, month: Int, day: Int, text: String) throws(DayError) {
        guard (1...9999).contains(year) else { throw .yearOutOfRange(text: text, year: year) }
        guard (1...12).contains(month) else { throw .monthOutOfRange(text: text, month: month) }
        let length = Day.daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            throw .dayOutOfRange(text: text, year: year, month: month, daysInMonth: length)
        }
        daysSince1970 = Day.daysFromCivil(year: year, month: month, day: day)
    }

    /// The year, month and day of the month.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let shifted = daysSince1970 + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The calendar year.
    public var year: Int { components.year }
    /// The month, 1...12.
    public var month: Int { components.month }
    /// The day of the month, 1...31.
    public var dayOfMonth: Int { components.day }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        return Day.format(year: year, month: month, day: day)
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> Day { Day(daysSince1970: daysSince1970 + days) }

    /// The same day of the month `months` months later, clamped to the end of a shorter month
    /// (2024-01-31 plus one month is 2024-02-29).
    public func adding(months: Int) -> Day {
        let (year, month, day) = components
        let total = year * 12 + (month - 1) + months
        let newYear = total.floorDivided(by: 12)
        let newMonth = total - newYear * 12 + 1
        let clamped = min(day, Day.daysIn(month: newMonth, year: newYear))
        return Day(daysSince1970: Day.daysFromCivil(year: newYear, month: newMonth, day: clamped))
    }

    /// The same day `years` years later, clamped like `adding(months:)` (29 February).
    public func adding(years: Int) -> Day { adding(months: 12 * years) }

    /// Today's date in UTC.
    public static func today() -> Day {
        Day(daysSince1970: Int(Date().timeIntervalSince1970.rounded(.down)).floorDivided(by: 86_400))
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSince1970 < rhs.daysSince1970 }

    /// The number of days from this day to `other`.
    public func distance(to other: Day) -> Int { other.daysSince1970 - daysSince1970 }

    /// The day `n` days later.
    public func advanced(by n: Int) -> Day { adding(days: n) }

    /// The number of days from `rhs` to `lhs`.
    public static func - (lhs: Day, rhs: Day) -> Int { lhs.daysSince1970 - rhs.daysSince1970 }

    /// Decodes a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string, as ``Day/init(iso:)`` parses it.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try Day(iso: text)
    }

    /// Encodes as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Whether `year` has 29 February.
    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in `month` of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days_from_civil; fields must already be valid.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func format(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(abs(value))
            return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension Int {
    /// Division rounding towards negative infinity.
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
