import Foundation
import Territory
import TerritoryRender
import Testing

/// `export --format gpkg`: an OGC GeoPackage 1.3 that GDAL lists with the right layers, counts and
/// extents, and whose features read back (through SQLite) as exported.
@Suite struct ExportGeoPackageTests {
    /// The GeoPackage of every period, written by the CLI into a fresh directory.
    private func writeAllPeriods() throws -> (directory: TemporaryDirectory, path: String) {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("territory.gpkg").path
        let run = try territory("export", "--all-periods", "--format", "gpkg", "--out", path)
        try #require(run.status == 0, "stderr: \(run.stderr)")
        return (directory, path)
    }

    /// The GeoJSON export's features, the source of the GeoPackage's control periods and corridors.
    private func geoJSONFeatures() throws -> (ground: [Feature], corridors: [Feature]) {
        let features = try FeatureCollection(geoJSON: try Atlas.embedded().geoJSONAllPeriods()).features
        return (
            features.filter { $0.properties["corridor"] == nil }, features.filter { $0.properties["corridor"] != nil }
        )
    }

    @Test(.enabled(if: OGRInfo.enabled)) func gdalListsTheLayersWithTheirCountsAndExtents() throws {
        let dataset = try Dataset.embedded()
        let (ground, corridors) = try geoJSONFeatures()
        let written = try writeAllPeriods()
        let layers = try OGRInfo.summary(of: written.path)
        let expected: [String: (count: Int, geometry: String)] = [
            "control_periods": (ground.count, "Multi Polygon"), "units": (dataset.units.count, "Multi Polygon"),
            "corridors": (corridors.count, "Multi Line String"), "places": (dataset.places.count, "Point"),
            "events": (dataset.events.count, "None"), "entities": (dataset.entities.count, "None"),
        ]
        #expect(Set(layers.keys) == Set(expected.keys))
        for (name, (count, geometry)) in expected {
            #expect(layers[name]?.featureCount == count, "\(name)")
            #expect(layers[name]?.geometry == geometry, "\(name)")
        }
        let longitudes = dataset.places.map(\.coordinate.x)
        let latitudes = dataset.places.map(\.coordinate.y)
        let extent = try #require(layers["places"]?.extent)
        let bounds = [longitudes.min()!, latitudes.min()!, longitudes.max()!, latitudes.max()!]
        #expect(zip(extent, bounds).allSatisfy { abs($0 - $1) < 1e-6 }, "\(extent) vs \(bounds)")
        let envelopes = ground.compactMap { $0.geometry?.envelope }
        let groundBounds = [
            envelopes.map(\.minX).min()!, envelopes.map(\.minY).min()!, envelopes.map(\.maxX).max()!,
            envelopes.map(\.maxY).max()!,
        ]
        let groundExtent = try #require(layers["control_periods"]?.extent)
        #expect(
            zip(groundExtent, groundBounds).allSatisfy { abs($0 - $1) < 1e-6 }, "\(groundExtent) vs \(groundBounds)")
        #expect(layers["control_periods"]?.fields["valid_from"] == "Date")
        #expect(layers["control_periods"]?.fields["valid_to"] == "Date")
        #expect(layers["events"]?.fields["date"] == "Date")
        #expect(layers["corridors"]?.fields["status"] == "String")
    }

    @Test func headerAndMetadataTablesFollowGeoPackage13() throws {
        let written = try writeAllPeriods()
        let file = try SQLiteFile(path: written.path)
        #expect(try file.rows("PRAGMA application_id")[0][0] as? String == "\(0x4750_4B47)")
        #expect(try file.rows("PRAGMA user_version")[0][0] as? String == "10300")
        let srs = try file.rows("SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id").map { $0[0] as? String }
        #expect(srs == ["-1", "0", "4326"])
        let contents = try file.rows("SELECT table_name, data_type, srs_id FROM gpkg_contents ORDER BY table_name")
        #expect(
            contents.map { $0.compactMap { $0 as? String } }.map { $0.joined(separator: " ") } == [
                "control_periods features 4326", "corridors features 4326", "entities attributes", "events attributes",
                "places features 4326", "units features 4326",
            ])
        let geometryColumns = try file.rows(
            "SELECT table_name || ' ' || column_name || ' ' || geometry_type_name || ' ' || srs_id || z || m "
                + "FROM gpkg_geometry_columns ORDER BY table_name")
        #expect(
            geometryColumns.map { $0[0] as? String } == [
                "control_periods geom MULTIPOLYGON 432600", "corridors geom MULTILINESTRING 432600",
                "places geom POINT 432600", "units geom MULTIPOLYGON 432600",
            ])
        for table in ["control_periods", "corridors", "places", "units"] {
            let registered = try file.rows(
                "SELECT count(*) FROM gpkg_extensions WHERE table_name = '\(table)' AND column_name = 'geom' "
                    + "AND extension_name = 'gpkg_rtree_index'")
            #expect(registered[0][0] as? String == "1", "\(table)")
            let indexed = try file.rows("SELECT count(*) FROM rtree_\(table)_geom")[0][0] as? String
            let rows = try file.rows("SELECT count(*) FROM \(table) WHERE geom IS NOT NULL")[0][0] as? String
            #expect(indexed == rows, "\(table): \(indexed ?? "?") in the R-tree, \(rows ?? "?") rows")
        }
    }

    @Test func featuresReadBackAsExported() throws {
        let written = try writeAllPeriods()
        let file = try SQLiteFile(path: written.path)
        let (ground, corridors) = try geoJSONFeatures()
        // Corridor controllers as the GeoJSON (and `territory corridor`) give them, guarantors included.
        let corridorRows = try file.rows("SELECT feature_id, controller, role, all_roles FROM corridors ORDER BY fid")
        #expect(
            corridorRows.map { $0.map { $0 as? String } }
                == corridors.map {
                    [
                        $0.id, $0.properties["controller"]?.text, $0.properties["role"]?.text,
                        $0.properties["all_roles"]?.text,
                    ]
                })
        #expect(corridorRows.contains { $0[1] as? String == "RUS-PK" && $0[2] as? String == "guarantor" })
        let rows = try file.rows(
            "SELECT geom, feature_id, controller, de_jure, valid_from, valid_to, units FROM control_periods ORDER BY fid"
        )
        try #require(rows.count == ground.count)
        for (row, feature) in zip(rows, ground) {
            let blob = try #require(row[0] as? Data)
            let (envelope, geometry) = try decode(blob)
            let source = try #require(feature.geometry)
            #expect(geometry.shape == .multiPolygon(source.shape.polygons), "\(feature.id ?? "?")")
            #expect(envelope == source.envelope)
            #expect(row[1] as? String == feature.id)
            #expect(row[2] as? String == feature.properties["controller"]?.text)
            #expect(row[3] as? String == feature.properties["de_jure"]?.text)
            #expect(row[4] as? String == feature.properties["valid_from"]?.text)
            #expect(row[5] as? String == feature.properties["valid_to"]?.text)
        }
        let places = try file.rows("SELECT id, geom FROM places ORDER BY fid")
        let dataset = try Dataset.embedded()
        #expect(places.map { $0[0] as? String } == dataset.places.map(\.id))
        for (row, place) in zip(places, dataset.places) {
            #expect(try decode(try #require(row[1] as? Data)).geometry.shape == .point(place.coordinate), "\(place.id)")
        }
        let events = try file.rows("SELECT id, date FROM events ORDER BY fid")
        #expect(events.map { $0.compactMap { $0 as? String } } == dataset.events.map { [$0.id, $0.date.description] })
    }

    @Test func oneDayKeepsOnlyWhatIsInForceThatDay() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("day.gpkg").path
        let run = try territory("export", "--date", "1994-05-12", "--format", "gpkg", "--out", path)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let file = try SQLiteFile(path: path)
        let periods = try file.rows("SELECT DISTINCT valid_from, valid_to FROM control_periods")
        #expect(periods.map { $0.map { $0 as? String } } == [["1994-05-12", "1995-11-07"]])
        let day = try Day(iso: "1994-05-12")
        let units = try file.rows("SELECT id FROM units ORDER BY fid").compactMap { $0[0] as? String }
        #expect(units == (try Dataset.embedded()).units.filter { $0.lifetime.contains(day) }.map(\.id))
    }

    /// A GeoPackage binary geometry: checks the header (GP, version 0, little-endian with an
    /// [minx, maxx, miny, maxy] envelope, SRS 4326) and reads the envelope and the WKB.
    private func decode(_ blob: Data) throws -> (envelope: Envelope, geometry: Geometry) {
        let bytes = [UInt8](blob)
        try #require(bytes.count > 40 && Array(bytes[0..<4]) == [0x47, 0x50, 0, 0b11], "header \(bytes.prefix(4))")
        let srs = bytes[4..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(srs == 4326)
        let doubles = (0..<4).map { index in
            Double(bitPattern: bytes[(8 + 8 * index)..<(16 + 8 * index)].reversed().reduce(0) { $0 << 8 | UInt64($1) })
        }
        let envelope = Envelope(minX: doubles[0], minY: doubles[2], maxX: doubles[1], maxY: doubles[3])
        return (envelope, try Geometry(wkb: Data(bytes[40...])))
    }
}
