import Foundation
import Testing

/// More bad command lines than FailureTests: impossible dates, unknown names, positions out of
/// range or not numbers. Each fails with its status, one line naming the problem, and no output.
@Suite struct BadInputArgumentTests {
    static let cases: [FailureTests.Case] = [
        // Impossible dates.
        .init(arguments: ["snapshot", "--date", "2023-00-10"], status: 64, fragments: ["month 0 is outside 01...12"]),
        .init(arguments: ["snapshot", "--date", "0000-06-01"], status: 64, fragments: ["year 0 is outside"]),
        .init(arguments: ["snapshot", "--date", "2021-02-29"], status: 64, fragments: ["February 2021 has 28 days"]),
        .init(arguments: ["snapshot", "--date", "2024-04-31"], status: 64, fragments: ["April 2024 has 30 days"]),
        .init(arguments: ["snapshot", "--date", "1994-05-12T00:00"], status: 64, fragments: ["is not a date"]),
        .init(arguments: ["timeline", "--from", "2020-13-01"], status: 64, fragments: ["month 13"]),
        .init(
            arguments: ["series", "--from", "1990", "--to", "2000-02-30", "--step", "year"], status: 64,
            fragments: ["February 2000 has 29 days"]),
        .init(
            arguments: ["corridor", "Lachin", "--date", "1900"], status: 64, fragments: ["outside the dataset's range"]),
        // Unknown names.
        .init(
            arguments: ["area", "Azerbaijan", "--date", "1994", "--controller", "Atlantis"], status: 64,
            fragments: ["unknown entity or group 'Atlantis'"]),
        .init(arguments: ["control", "--date", "1994", "--place", ""], status: 64, fragments: ["unknown place ''"]),
        .init(arguments: ["area", ""], status: 64, fragments: ["unknown unit ''"]),
        .init(arguments: ["distance", "Atlantis", "Shusha"], status: 64, fragments: ["Atlantis"]),
        // Positions out of range, infinite or not a number.
        .init(arguments: ["control", "--date", "1994", "--at", "inf,46"], status: 64, fragments: ["not a position"]),
        .init(arguments: ["control", "--date", "1994", "--at", "1e400,46"], status: 64, fragments: ["not a position"]),
        .init(arguments: ["control", "--date", "1994", "--at", "39.8,nan"], status: 64, fragments: ["not a position"]),
        .init(arguments: ["control", "--date", "1994", "--at=-90.5,46"], status: 64, fragments: ["latitude must be"]),
        .init(arguments: ["control", "--date", "1994", "--at=39.8,-180.01"], status: 64, fragments: ["longitude"]),
        .init(arguments: ["control", "--date", "1994", "--at", ","], status: 64, fragments: ["LAT,LON"]),
        .init(arguments: ["control", "--date", "1994", "--at", "39.8,46.7,0"], status: 64, fragments: ["LAT,LON"]),
        .init(arguments: ["distance", "Shusha", "nan,46"], status: 64, fragments: ["not a position"]),
        // A dataset directory that is not one.
        .init(arguments: ["units", "--data", "/etc/hostname"], status: 66, fragments: ["no dataset directory"]),
        .init(
            arguments: ["snapshot", "--date", "1994", "--data", ""], status: 64,
            fragments: ["--data is an empty path", "embedded dataset"]),
        .init(arguments: ["validate", "--data", ""], status: 64, fragments: ["--data is an empty path"]),
    ]

    @Test(arguments: cases)
    func badArgumentFailsWithOneLine(_ failure: FailureTests.Case) throws {
        let run = try territory(failure.arguments)
        expectFailure(run, status: failure.status)
        for fragment in failure.fragments {
            #expect(run.stderr.contains(fragment), "stderr lacks '\(fragment)': \(run.stderr)")
        }
    }
}
