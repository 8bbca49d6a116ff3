import Foundation
import Territory
import TerritoryRender
import Testing

/// `export` as GeoJSON: valid geometries with RFC 7946 winding, every period with ISO validity
/// dates, one geometry type per file (ground, or corridors), corridor controllers as `territory
/// corridor` gives them, and a file GDAL reads with the expected features and fields.
@Suite struct ExportGeoJSONTests {
    @Test func everyPeriodIsWrittenWithValidGeometryAndCounterClockwiseExteriors() throws {
        let run = try territory("export", "--all-periods")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let collection = try FeatureCollection(geoJSON: run.stdout)
        let atlas = try Atlas.embedded()

        var periods: Set<[String?]> = []
        for feature in collection.features {
            let geometry = try #require(feature.geometry, "feature \(feature.id ?? "?") has no geometry")
            guard case .polygon = geometry.shape else {
                Issue.record("\(feature.id ?? "?"): the ground file holds a \(geometry.shape), not a polygon")
                continue
            }
            let validity = geometry.validity()
            #expect(validity.isValid, "\(feature.id ?? "?"): \(validity.reason ?? "")")
            for polygon in geometry.shape.polygons {
                #expect(signedArea(polygon.exterior) > 0, "\(feature.id ?? "?"): exterior ring is clockwise")
                for hole in polygon.holes {
                    #expect(signedArea(hole) < 0, "\(feature.id ?? "?"): hole is counter-clockwise")
                }
            }
            let from = feature.properties["valid_from"]
            let to = feature.properties["valid_to"]
            #expect(
                isISODate(from) && (isISODate(to) || to == .null), "\(feature.id ?? "?"): \(from as Any) \(to as Any)")
            periods.insert([from?.text, to?.text])
        }
        // Every period of the dataset has ground, and only those periods appear; the last is open.
        let expected = Set(atlas.periods().map { [$0.from?.description, $0.to?.description] })
        #expect(periods == expected)
        #expect(periods.contains { $0[1] == nil })

        #expect(!collection.features.contains { $0.properties["corridor"] != nil })

        let lines = try territory("export", "--all-periods", "--features", "corridors")
        #expect(lines.status == 0, "stderr: \(lines.stderr)")
        let corridors = try FeatureCollection(geoJSON: lines.stdout).features
        for feature in corridors {
            guard case .lineString = feature.geometry?.shape else {
                Issue.record("\(feature.id ?? "?"): the corridors file holds a non-line")
                continue
            }
        }
        let statuses = Set(corridors.compactMap { $0.properties["status"]?.text })
        #expect(statuses.contains("operational") && statuses.contains("blockaded"), "\(statuses)")
        #expect(Set(corridors.compactMap { $0.properties["valid_from"]?.text }).count > 5)
    }

    /// Every corridor feature names the roles `territory corridor` lists on its first day: a
    /// guarantor as such (Lachin under the Russian peacekeepers), none for a proposed route.
    @Test func corridorControllersAgreeWithTheCorridorCommand() throws {
        let run = try territory("export", "--all-periods", "--features", "corridors")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let features = try FeatureCollection(geoJSON: run.stdout).features
        try #require(features.count > 10)
        var checked: Set<String> = []
        for feature in features {
            let corridor = try #require(feature.properties["corridor"]?.text)
            let day = try #require(feature.properties["valid_from"]?.text)
            let printed = try territory("corridor", corridor, "--date", day, "--format", "json")
            #expect(printed.status == 0, "stderr: \(printed.stderr)")
            let roles = (try printed.json()["controllers"] as? [[String: Any]] ?? []).map {
                "\($0["entity"] as? String ?? "?") (\($0["role"] as? String ?? "?"))"
            }
            let exported = feature.properties["all_roles"]?.text
            #expect(exported == (roles.isEmpty ? nil : roles.joined(separator: ", ")), "\(feature.id ?? "?")")
            #expect(roles.isEmpty == (feature.properties["controller"] == .null), "\(feature.id ?? "?")")
            checked.insert(
                "\(corridor) \(feature.properties["controller"]?.text ?? "-") \(feature.properties["role"]?.text ?? "-")"
            )
        }
        // The two cases the exports once got wrong, and the handover of 2023-04-23.
        #expect(checked.contains("lachin RUS-PK guarantor"), "\(checked)")
        #expect(checked.contains("lachin AZE controller"), "\(checked)")
        #expect(checked.contains("zangezur - -"), "\(checked)")
        #expect(!checked.contains { $0.hasPrefix("zangezur RUS") }, "\(checked)")
    }

    @Test(.enabled(if: OGRInfo.enabled)) func gdalReadsTheFileWithItsFeaturesAndFields() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("all.geojson").path
        let run = try territory("export", "--all-periods", "--out", path)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let atlas = try Atlas.embedded()
        let expected = try FeatureCollection(geoJSON: try atlas.geoJSONAllPeriods(kinds: [.ground])).features.count

        let layer = try #require(try OGRInfo.summary(of: path)["all"])
        #expect(layer.featureCount == expected)
        #expect(layer.geometry == "Polygon")
        #expect(layer.fields["valid_from"] == "Date" && layer.fields["valid_to"] == "Date")
        #expect(layer.fields["area_km2"] == "Real")
        // Lists are joined text: GDAL would read an array as a StringList, which FlatGeobuf and
        // Shapefiles cannot store.
        for field in ["controller", "de_jure", "units"] {
            #expect(layer.fields[field] == "String", "\(field): \(layer.fields)")
        }
        #expect(layer.fields["corridor"] == nil)
        let extent = try #require(layer.extent)
        #expect(extent.count == 4 && (43...51).contains(extent[0]) && (37...43).contains(extent[1]))

        let linesPath = directory.url.appendingPathComponent("corridors.geojson").path
        let lines = try territory("export", "--all-periods", "--features", "corridors", "--out", linesPath)
        #expect(lines.status == 0, "stderr: \(lines.stderr)")
        let corridors = try #require(try OGRInfo.summary(of: linesPath)["corridors"])
        let expectedLines = try FeatureCollection(geoJSON: try atlas.geoJSONAllPeriods(kinds: [.corridors])).features
        #expect(corridors.featureCount == expectedLines.count)
        #expect(corridors.geometry == "Line String")
        for field in ["corridor", "status", "controller", "role", "all_roles", "units"] {
            #expect(corridors.fields[field] == "String", "\(field): \(corridors.fields)")
        }
        #expect(corridors.fields["length_km"] == "Real")
    }

    /// Twice the signed area of a ring (shoelace): positive when counter-clockwise.
    private func signedArea(_ ring: [Coordinate]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y }
    }

    private func isISODate(_ value: JSONValue?) -> Bool {
        guard let text = value?.text else { return false }
        return (try? Day(iso: text))?.description == text
    }
}

extension JSONValue {
    /// The string, if this is one.
    var text: String? {
        if case .string(let string) = self { string } else { nil }
    }
}

extension Shape {
    /// The polygons of a polygonal shape.
    var polygons: [Territory.Polygon] {
        switch self {
        case .polygon(let polygon): [polygon]
        case .multiPolygon(let polygons): polygons
        case .geometryCollection(let shapes): shapes.flatMap(\.polygons)
        default: []
        }
    }
}
