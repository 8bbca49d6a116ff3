import Foundation
import Territory
import TerritoryRender
import Testing

/// `export --format postgis-sql` without a database (scripts/postgis-test loads it into a real
/// PostGIS): the schema it promises, parts that never overlap in time, and answers that agree
/// with `control` when evaluated with GEOS.
@Suite struct ExportPostGISTests {
    @Test func scriptCreatesTypedTablesIndexesAndTheExclusionConstraint() throws {
        let run = try territory("export", "--all-periods", "--format", "postgis-sql")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let script = run.stdout
        for fragment in [
            "BEGIN;", "CREATE EXTENSION IF NOT EXISTS postgis;", "CREATE EXTENSION IF NOT EXISTS btree_gist;",
            "CREATE TABLE territory.control_periods (", "geom geometry(MultiPolygon, 4326)", "valid daterange NOT NULL",
            "EXCLUDE USING gist (part_id WITH =, valid WITH &&)",
            "CREATE INDEX ON territory.control_periods USING gist (geom);",
            "CREATE INDEX ON territory.control_periods USING gist (valid);", "geom geometry(MultiLineString, 4326)",
            "geom geometry(Point, 4326)", "CREATE TABLE territory.events (", "COMMIT;",
        ] {
            #expect(script.contains(fragment), "missing: \(fragment)")
        }
        #expect(script.contains("daterange('1923-07-07', '"), "no period from the dataset's start")
        #expect(script.contains(", NULL, '[)')"), "no open-ended period")
    }

    @Test func partsHaveOneHolderAtATimeAndAgreeWithControl() throws {
        let atlas = try Atlas.embedded()
        let table = try #require(try atlas.exportTables(on: nil, ground: .byPart).first)
        #expect(table.name == "control_periods" && table.exclusiveKey == "part_id")
        let part = try #require(table.columns.firstIndex { $0.name == "part_id" })
        let controller = try #require(table.columns.firstIndex { $0.name == "controller" })
        let valid = try #require(table.columns.firstIndex { $0.name == "valid" })

        var byPart: [Int: [(period: Interval, row: ExportTable.Row)]] = [:]
        for row in table.rows {
            guard case .integer(let id) = row.values[part], case .period(let period) = row.values[valid] else {
                Issue.record("part_id or valid is not typed as promised: \(row.values)")
                continue
            }
            byPart[id, default: []].append((period, row))
        }
        #expect(byPart.count == atlas.dataset.atomCount)
        var geometries: [Int: Geometry] = [:]
        for (id, rows) in byPart {
            let sorted = rows.sorted {
                ($0.period.from?.daysSince1970 ?? .min) < ($1.period.from?.daysSince1970 ?? .min)
            }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                #expect(earlier.period.to != nil && earlier.period.to! <= later.period.from!, "part \(id) overlaps")
                #expect(earlier.row.values != later.row.values, "part \(id) repeats a row")
            }
            let geometry = try Geometry(try #require(rows[0].row.shape))
            #expect(geometry.validity().isValid, "part \(id): \(geometry.validity().reason ?? "")")
            geometries[id] = geometry
        }

        // What a database answers (the row whose part covers the point and whose period holds the
        // day) is what `control` answers, at every place on days around every transfer.
        let days = Set(
            atlas.dataset.events.filter { $0.kind == .transfer }.flatMap { [$0.date, $0.date.adding(days: -1)] }
        )
        .sorted().filter { atlas.dataset.info.range.contains($0) }
        let prepared = geometries.mapValues { PreparedGeometry($0) }
        var compared = 0
        for place in atlas.dataset.places {
            let parts = try Set(prepared.filter { try $0.value.covers(place.coordinate) }.keys)
            // A few border towns lie just outside the Natural Earth outlines (1-2 km accuracy):
            // no part covers them and `control` refuses them as outside the coverage.
            if parts.isEmpty {
                #expect(throws: QueryError.self) { try atlas.control(at: place.coordinate, on: days[0]) }
                continue
            }
            for day in stride(from: 0, to: days.count, by: 7).map({ days[$0] }) {
                let answers = parts.flatMap { id in
                    byPart[id]!.filter { $0.period.contains(day) }.map { row -> String? in
                        if case .text(let holder) = row.row.values[controller] { holder } else { nil }
                    }
                }
                let expected = try atlas.control(at: place.coordinate, on: day).deFacto
                #expect(answers.count <= 1 || Set(answers).count == 1, "\(place.id) on \(day): \(answers)")
                #expect((answers.first ?? nil) == expected, "\(place.id) on \(day)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }

    @Test func textsAreQuotedAsSQLLiterals() throws {
        let table = ExportTable(
            name: "notes", description: "It's a test.", geometryKind: nil,
            columns: [.init("note", .text), .init("tags", .texts), .init("day", .date)],
            rows: [
                .init(
                    values: [.text(#"O'Brien \n "quoted""#), .texts(["a'b", "c"]), .date(try Day(iso: "2020-09-27"))],
                    shape: nil)
            ])
        let script = try PostGIS.script([table])
        #expect(script.contains(#"'O''Brien \n "quoted"'"#))
        #expect(script.contains("ARRAY['a''b', 'c']::text[]"))
        #expect(script.contains("DATE '2020-09-27'"))
        #expect(script.contains("COMMENT ON TABLE territory.notes IS 'It''s a test.';"))
        #expect(script.contains("SET standard_conforming_strings = on;"))
    }

    @Test func unreachableDatabaseFailsWithUnavailable() throws {
        // Port 1 on the loopback refuses connections; without psql installed the error says so.
        let run = try territory("export", "--date", "2021-01-01", "--postgres", "postgresql://nobody@127.0.0.1:1/none")
        #expect(run.status == 69, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        let last = run.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("territory: error: psql"), "stderr: \(run.stderr)")
    }
}
