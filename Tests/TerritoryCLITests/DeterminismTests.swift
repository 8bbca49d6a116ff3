import Foundation
import Territory
import Testing

/// Two processes give the same answer to the last bit. Swift seeds its hashing per process, so
/// anything summed in a Dictionary's order would differ in the last bits between runs; areas and
/// lengths are summed in a fixed order (ascending atom index) instead.
@Suite struct DeterminismTests {
    @Test(
        arguments: [
            ["snapshot", "--date", "2021-06-01", "--format", "json"],
            ["snapshot", "--date", "1994-05-12", "--layer", "de-jure", "--format", "json"],
            ["corridor", "Lachin", "--date", "2021-06-01", "--format", "json"],
            ["corridor", "Zangezur", "--date", "2021-06-01", "--format", "json"],
            ["series", "--from", "1988", "--to", "2024", "--step", "year", "--format", "json"],
            ["diff", "--from", "1991-01-01", "--to", "2021-01-01", "--format", "json"],
            ["area", "Fuzuli", "--date", "1994-05-12", "--format", "json"],
            ["control", "--date", "2020-10-06", "--place", "Jabrayil", "--format", "json"],
            ["export", "--date", "2021-06-01", "--format", "topojson"],
        ])
    func twoRunsPrintTheSameBytes(arguments: [String]) throws {
        let first = try territory(arguments)
        let second = try territory(arguments)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout, "\(arguments.joined(separator: " ")) printed different output")
    }

    @Test func theCommandLinePrintsTheLibrarysAreasBitForBit() throws {
        struct Printed: Decodable {
            struct Controller: Decodable {
                var id: String
                var area_km2: Double
            }
            var controllers: [Controller]
        }
        let run = try territory("snapshot", "--date", "1994-05-12", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        // JSONDecoder reads numbers exactly; JSONSerialization may be off in the last digit.
        let controllers = try JSONDecoder().decode(Printed.self, from: Data(run.stdout.utf8)).controllers
        let printed = Dictionary(uniqueKeysWithValues: controllers.map { ($0.id, $0.area_km2) })
        let snapshot = try Atlas.embedded().snapshot(on: Day(iso: "1994-05-12"))
        #expect(printed.count == snapshot.holders.count)
        for ground in snapshot.holders {
            #expect(printed[ground.holder]?.bitPattern == ground.areaKm2.bitPattern, "\(ground.holder)")
        }
    }
}
