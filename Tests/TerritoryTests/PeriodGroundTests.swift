import Foundation
import Territory
import Testing

@testable import TerritoryRender

/// The period model every renderer takes (`Atlas.periodGrounds`), on the embedded dataset.
@Suite struct PeriodGroundTests {
    /// Computed for all periods at once (sharing dissolves between periods) or for one period
    /// alone, the model is the same, value for value.
    @Test func allPeriodsAtOnceEqualEachPeriodAlone() throws {
        let atlas = try Atlas.embedded()
        let all = try atlas.periodGrounds()
        #expect(all.count == atlas.periods().count)
        // Every 7th period and the last: each alone costs a full dissolve, so not all of them.
        let sampled = Array(stride(from: 0, to: all.count, by: 7)) + [all.count - 1]
        for index in sampled {
            let alone = try atlas.periodGround(containing: try #require(all[index].period.from))
            #expect(alone == all[index], "period \(all[index].period)")
        }
    }

    /// Two independent measures of each holding agree: the compiled areas of its atoms, summed,
    /// and the geodesic areas of its dissolved polygons (within 1e-6 relative: the same ground,
    /// measured in two orders of summation), and every piece's units are among the holding's.
    @Test func piecesAddUpToTheirHolding() throws {
        let atlas = try Atlas.embedded()
        let period = try atlas.periodGround(containing: try Day(iso: "2021-01-01"))
        #expect(period.holdings.count > 3)
        for holding in period.holdings {
            let pieces = holding.pieces.reduce(0) { $0 + $1.areaKm2 }
            #expect(abs(pieces - holding.areaKm2) <= 1e-6 * holding.areaKm2, "\(holding.deFacto ?? "-")")
            #expect(Set(holding.pieces.flatMap(\.units)).isSubset(of: Set(holding.touchedUnits)))
            #expect(holding.pieces.map(\.number) == Array(1...holding.pieces.count))
        }
        #expect(period.routes.allSatisfy { $0.lengthKm > 0 })
    }

    /// Each layer's holders in the model are, value for value, the snapshot's of any day of the
    /// period (what `territory snapshot` prints); the ground the model says the other layer gives
    /// someone else is the pairs' ground with differing holders, grouped by the other holder:
    /// equal others, areas within 1e-9 relative (the same atoms summed in two groupings) and, in
    /// every 7th period, shapes whose symmetric difference with GEOS's union of the pairs' shapes
    /// is below 1e-9 of the area (rounding in GEOS's overlay of equal shapes).
    @Test func eachLayersHoldersAreTheSnapshotsAndTheDifferingGroundThePairs() throws {
        let atlas = try Atlas.embedded()
        for (index, period) in try atlas.periodGrounds().enumerated() {
            let day = try #require(period.period.from)
            for layer in Layer.allCases {
                #expect(period.layers[layer].holders == (try atlas.snapshot(on: day, layer: layer).holders), "\(day)")
                var pairs: [String?: [PeriodGround.Holding]] = [:]
                for holding in period.holdings {
                    let (shown, other) =
                        layer == .deFacto ? (holding.deFacto, holding.deJure) : (holding.deJure, holding.deFacto)
                    if shown != nil && shown != other { pairs[other, default: []].append(holding) }
                }
                let differing = period.layers[layer].differing
                #expect(Set(differing.map(\.other)) == Set(pairs.keys), "\(day) \(layer)")
                #expect(differing.map(\.areaKm2) == differing.map(\.areaKm2).sorted(by: >))
                for ground in differing {
                    let holdings = pairs[ground.other] ?? []
                    let area = holdings.reduce(0) { $0 + $1.areaKm2 }
                    #expect(abs(area - ground.areaKm2) <= 1e-9 * area, "\(day) \(layer) \(ground.other ?? "-")")
                    guard index % 7 == 0 else { continue }
                    let union = try Geometry.unaryUnion(holdings.map { try Geometry($0.shape) })
                    let difference = try Geometry(ground.shape).symmetricDifference(union).area
                    #expect(difference <= 1e-9 * union.area, "\(day) \(layer): \(difference) of \(union.area)")
                }
            }
        }
    }

    /// The viewer's page is the resource file with the data and the title put in its marks.
    @Test func theViewerPageIsTheResourceFileFilledIn() throws {
        let template = try ViewerPage.template
        #expect(template.components(separatedBy: "/*DATA*/").count == 2)
        #expect(template.contains("<!--TITLE-->"))
        let atlas = try Atlas(directory: Fixture.directory)
        let page = try atlas.viewerPage(today: Fixture.day("2000-01-01"))
        let head = try #require(template.components(separatedBy: "<!--TITLE-->").first)
        #expect(page.hasPrefix(head))
        #expect(page.hasSuffix(try #require(template.components(separatedBy: "/*DATA*/").last)))
        #expect(!page.contains("/*DATA*/") && !page.contains("<!--TITLE-->"))
    }
}
