import Foundation
import Territory
import Testing

/// Bad input: every failure is one line on stderr, nothing on stdout, and a sysexits status.
@Suite struct FailureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var fragments: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usage: Int32 = 64

    static let cases: [Case] = [
        Case(arguments: ["snapshot", "--date", "2023-02-30"], status: usage, fragments: ["February 2023 has 28 days"]),
        Case(
            arguments: ["snapshot", "--date", "1994-5-12"], status: usage, fragments: ["YYYY, YYYY-MM or YYYY-MM-DD"]),
        Case(arguments: ["snapshot", "--date", "1900-01-01"], status: usage, fragments: ["1900-01-01", "1923-07-07"]),
        Case(arguments: ["snapshot"], status: usage, fragments: ["--date", "territory snapshot --help"]),
        Case(arguments: ["snapshot", "--date", "1994", "--format", "csv"], status: usage, fragments: ["csv"]),
        Case(arguments: ["snapshot", "--date", "1994", "--layer", "de-facta"], status: usage, fragments: ["de-facta"]),
        Case(
            arguments: ["control", "--date", "1994", "--place", "Stepanakertt"], status: usage,
            fragments: ["Stepanakertt", "did you mean", "Stepanakert"]),
        Case(arguments: ["control", "--date", "1994", "--at", "91,46"], status: usage, fragments: ["latitude"]),
        Case(arguments: ["control", "--date", "1994", "--at", "39,181"], status: usage, fragments: ["longitude"]),
        Case(arguments: ["control", "--date", "1994", "--at", "nan,46"], status: usage, fragments: ["not a position"]),
        Case(arguments: ["control", "--date", "1994", "--at", "39.8"], status: usage, fragments: ["LAT,LON"]),
        Case(arguments: ["control", "--date", "1994"], status: usage, fragments: ["--at", "--place"]),
        Case(arguments: ["area", "Lachn"], status: usage, fragments: ["Lachn", "did you mean", "Lachin"]),
        Case(arguments: ["area", "Azerbaijan", "--controller", "NKR"], status: usage, fragments: ["--date"]),
        Case(arguments: ["distance", "Shusha", "Atlantis"], status: usage, fragments: ["Atlantis"]),
        Case(arguments: ["distance", "Shusha", "95,46"], status: usage, fragments: ["latitude"]),
        Case(arguments: ["corridor", "Panama canal"], status: usage, fragments: ["Panama canal"]),
        Case(arguments: ["timeline", "--unit", "Narnia"], status: usage, fragments: ["Narnia"]),
        Case(
            arguments: ["series", "--from", "2000", "--to", "1990", "--step", "year"], status: usage,
            fragments: ["before it starts"]),
        Case(
            arguments: ["series", "--from", "1990", "--to", "2000", "--step", "week"], status: usage,
            fragments: ["week"]),
        Case(arguments: ["diff", "--from", "1990", "--to", "2023-13-01"], status: usage, fragments: ["month 13"]),
        Case(arguments: ["export", "--format", "geojson"], status: usage, fragments: ["--date"]),
        Case(arguments: ["frobnicate"], status: usage, fragments: ["frobnicate"]),
        Case(arguments: ["places", "--data", "/nonexistent/dataset"], status: 66, fragments: ["/nonexistent/dataset"]),
    ]

    @Test(arguments: cases)
    func badInputFailsWithOneLine(_ failure: Case) throws {
        let run = try territory(failure.arguments)
        expectFailure(run, status: failure.status)
        for fragment in failure.fragments {
            // Suggestions may be spelled as ids or names: compare without case.
            #expect(
                run.stderr.lowercased().contains(fragment.lowercased()), "stderr lacks '\(fragment)': \(run.stderr)")
        }
    }

    @Test func helpListsEveryCommandAndTheExitCodes() throws {
        let run = try territory("--help")
        #expect(run.status == 0)
        for command in [
            "snapshot", "control", "area", "distance", "export", "timeline", "diff", "series", "corridor", "places",
            "units", "validate",
        ] {
            #expect(run.stdout.contains("  \(command) "), "help lacks \(command)")
        }
        for code in ["64", "65", "66", "73"] { #expect(run.stdout.contains("  \(code)  ")) }
    }
}
