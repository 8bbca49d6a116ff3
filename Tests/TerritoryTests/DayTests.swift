import Foundation
import Territory
import Testing

@Suite("Calendar days")
struct DayTests {
    @Test("YYYY, YYYY-MM and YYYY-MM-DD parse to the first day meant, with their precision")
    func parsesThreeForms() throws {
        let year = try Day.parse("1992")
        #expect(year.day.description == "1992-01-01")
        #expect(year.precision == .year)
        #expect(year.window.to?.description == "1993-01-01")
        let month = try Day.parse("1992-06")
        #expect(month.day.description == "1992-06-01")
        #expect(month.precision == .month)
        #expect(month.window.to?.description == "1992-07-01")
        let day = try Day.parse("2020-11-08")
        #expect(day.precision == .day)
        #expect(day.window.to?.description == "2020-11-09")
    }

    @Test("impossible dates name the problem")
    func rejectsImpossibleDates() throws {
        #expect(throws: DayError.dayOutOfRange(text: "2023-02-30", year: 2023, month: 2, daysInMonth: 28)) {
            try Day.parse("2023-02-30")
        }
        #expect(
            "\(DayError.dayOutOfRange(text: "2023-02-30", year: 2023, month: 2, daysInMonth: 28))"
                == "2023-02-30: February 2023 has 28 days")
        #expect(throws: DayError.monthOutOfRange(text: "2023-13", month: 13)) { try Day.parse("2023-13") }
        for text in ["", "2023/01/01", "23-01-01", "2023-1-01", "2023-01-01T00", "２０２３"] {
            #expect(throws: DayError.self) { try Day.parse(text) }
        }
        // One parser for the library and the command line: a year or a month means its first day.
        #expect(try Day(iso: "2023-01") == Day.parse("2023-01").day)
        #expect(try Day(iso: "2023").description == "2023-01-01")
        #expect(throws: DayError.malformed(text: "2023/01", expected: "YYYY, YYYY-MM or YYYY-MM-DD")) {
            try Day(iso: "2023/01")
        }
        #expect((try? Day.parse("2024-02-29")) != nil)
        #expect((try? Day.parse("2100-02-29")) == nil)
    }

    @Test("components agree with Foundation's Gregorian calendar from 1800 to 2200")
    func agreesWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for offset in stride(from: -62_000, through: 84_000, by: 97) {
            let day = Day(daysSince1970: offset)
            let date = Date(timeIntervalSince1970: Double(offset) * 86_400)
            let expected = calendar.dateComponents([.year, .month, .day], from: date)
            #expect(day.year == expected.year && day.month == expected.month && day.dayOfMonth == expected.day)
            #expect(try Day(year: day.year, month: day.month, day: day.dayOfMonth) == day)
        }
        #expect(try Day(iso: "1970-01-01").daysSince1970 == 0)
    }

    @Test("arithmetic: strides, month ends, order")
    func arithmetic() throws {
        let start = try Day(iso: "2024-01-31")
        #expect(start.adding(months: 1).description == "2024-02-29")
        #expect(start.adding(months: 13).description == "2025-02-28")
        #expect(start.adding(months: -2).description == "2023-11-30")
        #expect(try Day(iso: "2024-02-29").adding(years: 1).description == "2025-02-28")
        let days = Array(stride(from: try Day(iso: "2020-12-30"), through: try Day(iso: "2021-01-02"), by: 1))
        #expect(days.map(\.description) == ["2020-12-30", "2020-12-31", "2021-01-01", "2021-01-02"])
        #expect(try Day(iso: "2020-11-10") - Day(iso: "2020-11-08") == 2)
        #expect(try Day(iso: "1991-11-25") < Day(iso: "1991-11-26"))
    }

    @Test("intervals are half-open")
    func halfOpenIntervals() throws {
        let nkao = Interval(from: try Day(iso: "1923-07-07"), to: try Day(iso: "1991-11-26"))
        #expect(nkao.contains(try Day(iso: "1923-07-07")))
        #expect(nkao.contains(try Day(iso: "1991-11-25")))
        #expect(!nkao.contains(try Day(iso: "1991-11-26")))
        #expect(Interval.always.contains(Day(daysSince1970: -100_000)))
        #expect(nkao.description == "[1923-07-07, 1991-11-26)")
    }
}
