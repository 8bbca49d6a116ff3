import Foundation
import Territory
import Testing

/// `export` as GeoJSON: valid geometries with RFC 7946 winding, every period with ISO validity
/// dates, and a file GDAL reads with the expected features and fields.
@Suite struct ExportGeoJSONTests {
    @Test func everyPeriodIsWrittenWithValidGeometryAndCounterClockwiseExteriors() throws {
        let run = try territory("export", "--all-periods")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let collection = try FeatureCollection(geoJSON: run.stdout)
        let atlas = try Atlas.embedded()

        var periods: Set<[String?]> = []
        for feature in collection.features {
            let geometry = try #require(feature.geometry, "feature \(feature.id ?? "?") has no geometry")
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

        let corridors = collection.features.filter { $0.properties["corridor"] != nil }
        let statuses = Set(corridors.compactMap { $0.properties["status"]?.text })
        #expect(statuses.contains("operational") && statuses.contains("blockaded"), "\(statuses)")
        #expect(Set(corridors.compactMap { $0.properties["valid_from"]?.text }).count > 5)
    }

    @Test(.enabled(if: OGRInfo.enabled)) func gdalReadsTheFileWithItsFeaturesAndFields() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("all.geojson").path
        let run = try territory("export", "--all-periods", "--out", path)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let expected = try FeatureCollection(geoJSON: try Atlas.embedded().geoJSONAllPeriods()).features.count

        let layer = try #require(try OGRInfo.summary(of: path)["all"])
        #expect(layer.featureCount == expected)
        #expect(layer.fields["valid_from"] == "Date" && layer.fields["valid_to"] == "Date")
        #expect(layer.fields["area_km2"] == "Real" && layer.fields["length_km"] == "Real")
        for field in ["controller", "de_jure", "corridor", "status"] {
            #expect(layer.fields[field] == "String", "\(field): \(layer.fields)")
        }
        #expect(layer.fields["units"] == "StringList")
        let extent = try #require(layer.extent)
        #expect(extent.count == 4 && (43...51).contains(extent[0]) && (37...43).contains(extent[1]))
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
