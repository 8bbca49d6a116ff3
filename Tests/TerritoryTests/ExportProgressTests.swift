import Foundation
import Territory
import TerritoryRender
import Testing

/// The progress the all-periods exports report: once per period, in order, ending at the total.
@Suite struct ExportProgressTests {
    /// The calls a progress closure received.
    private struct Calls {
        var reports: [(done: Int, total: Int)] = []

        /// Checks one report per period: counts 1, 2, … total, and the total never changes.
        func expectOnePerPeriod(of atlas: Atlas, sourceLocation: SourceLocation = #_sourceLocation) {
            let total = atlas.periods().count
            #expect(total > 1, "the fixture should have several periods", sourceLocation: sourceLocation)
            #expect(reports.map(\.done) == Array(1...total), sourceLocation: sourceLocation)
            #expect(reports.allSatisfy { $0.total == total }, sourceLocation: sourceLocation)
            #expect(reports.last.map { $0 == (total, total) } == true, sourceLocation: sourceLocation)
        }
    }

    @Test func geoJSONReportsEveryPeriodUpToTheTotal() throws {
        let atlas = Atlas(dataset: Fixture.dataset)
        var calls = Calls()
        let reported = try atlas.geoJSONAllPeriods { calls.reports.append(($0, $1)) }
        calls.expectOnePerPeriod(of: atlas)
        // Reporting progress changes nothing in the output.
        #expect(reported == (try atlas.geoJSONAllPeriods()))
    }

    @Test func tableExportsReportThroughTheSameLoop() throws {
        let atlas = Atlas(dataset: Fixture.dataset)
        var sql = Calls()
        _ = try atlas.postGISScript(on: nil) { sql.reports.append(($0, $1)) }
        sql.expectOnePerPeriod(of: atlas)
        var package = Calls()
        _ = try atlas.geoPackage(on: nil) { package.reports.append(($0, $1)) }
        package.expectOnePerPeriod(of: atlas)
    }

    @Test func oneDayReportsNothing() throws {
        let atlas = Atlas(dataset: Fixture.dataset)
        var calls = Calls()
        _ = try atlas.exportTables(on: Fixture.day("2000-01-01"), ground: .byHolder) {
            calls.reports.append(($0, $1))
        }
        #expect(calls.reports.isEmpty)
    }
}
