/// Why a text is not a calendar day.
public enum DayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or not `YYYY-MM-DD` where only that is allowed).
    case malformed(text: String, expected: String)
    /// The year is outside 1...9999.
    case yearOutOfRange(text: String, year: Int)
    /// The month is outside 1...12.
    case monthOutOfRange(text: String, month: Int)
    /// The day is outside the month.
    case dayOutOfRange(text: String, year: Int, month: Int, daysInMonth: Int)

    /// One line naming the text and the problem, e.g. `2023-02-30: February 2023 has 28 days`.
    public var description: String {
        switch self {
        case .malformed(let text, let expected):
            return "'\(text)' is not a date: expected \(expected)"
        case .yearOutOfRange(let text, let year):
            return "\(text): year \(year) is outside 0001...9999"
        case .monthOutOfRange(let text, let month):
            return "\(text): month \(month) is outside 01...12"
        case .dayOutOfRange(let text, let year, let month, let length):
            return "\(text): \(DayError.monthNames[month - 1]) \(year) has \(length) days"
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
