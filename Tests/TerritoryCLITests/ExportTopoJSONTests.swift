import Foundation
import Territory
import Testing

/// `export --format topojson`, read back by GDAL's TopoJSON driver: the GeoJSON export's features
/// in two layers, decoding to the GeoJSON's very rings, and smaller for sharing its borders.
@Suite struct ExportTopoJSONTests {
    /// The GeoJSON export of every period, one kind.
    private func geoJSON(_ kind: String) throws -> [Feature] {
        let run = try territory("export", "--all-periods", "--features", kind)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return try FeatureCollection(geoJSON: run.stdout).features
    }

    @Test(.enabled(if: OGRInfo.enabled)) func gdalReadsBothLayersWithTheGeoJSONsFeatures() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("all.topojson").path
        let run = try territory("export", "--all-periods", "--format", "topojson", "--out", path)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let layers = try OGRInfo.summary(of: path)
        #expect(Set(layers.keys) == ["ground", "corridors"])
        #expect(layers["ground"]?.featureCount == (try geoJSON("ground")).count)
        #expect(layers["ground"]?.geometry == "Polygon")
        #expect(layers["corridors"]?.featureCount == (try geoJSON("corridors")).count)
        #expect(layers["corridors"]?.geometry == "Line String")
        #expect(layers["ground"]?.fields["units"] == "String" && layers["ground"]?.fields["valid_from"] == "Date")
        #expect(layers["corridors"]?.fields["role"] == "String")
    }

    /// GDAL joins the arcs back into rings (`ogr2ogr` to GeoJSON); each must be the GeoJSON
    /// export's ring, vertex for vertex (the same decimal text, so the same doubles), allowing
    /// only another starting vertex. Properties must match too.
    @Test(.enabled(if: OGRInfo.enabled)) func arcsDecodeToTheGeoJSONsRingsExactly() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("all.topojson").path
        let run = try territory("export", "--all-periods", "--format", "topojson", "--out", path)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        for kind in ["ground", "corridors"] {
            let decodedPath = directory.url.appendingPathComponent("\(kind).geojson").path
            _ = try OGRInfo.convert(["-f", "GeoJSON", decodedPath, path, kind])
            let decoded = try FeatureCollection(geoJSON: Data(contentsOf: URL(fileURLWithPath: decodedPath))).features
            let byID = Dictionary(uniqueKeysWithValues: decoded.map { ($0.properties["id"]?.text ?? "?", $0) })
            let expected = try geoJSON(kind)
            #expect(decoded.count == expected.count)
            for feature in expected {
                let id = try #require(feature.id)
                let other = try #require(byID[id], "\(id) is missing from the TopoJSON")
                #expect(
                    canonical(try #require(other.geometry).shape) == canonical(try #require(feature.geometry).shape),
                    "\(id)")
                for (key, value) in feature.properties {
                    #expect(other.properties[key] ?? .null == value, "\(id): \(key)")
                }
            }
        }
    }

    @Test(.enabled(if: OGRInfo.enabled)) func quantisedFileReadsBackSmaller() throws {
        let directory = try TemporaryDirectory()
        let exact = directory.url.appendingPathComponent("exact.topojson").path
        let quantised = directory.url.appendingPathComponent("quantised.topojson").path
        #expect(try territory("export", "--all-periods", "--format", "topojson", "--out", exact).status == 0)
        let run = try territory(
            "export", "--all-periods", "--format", "topojson", "--quantization", "100000", "--out", quantised)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let layers = try OGRInfo.summary(of: quantised)
        let exactLayers = try OGRInfo.summary(of: exact)
        #expect(layers["ground"]?.featureCount == exactLayers["ground"]?.featureCount)
        #expect(layers["corridors"]?.featureCount == exactLayers["corridors"]?.featureCount)
        // 1e5 steps over 7.6 degrees of longitude: a step is under 9 m, so the extent moves by less.
        let (a, b) = (try #require(layers["ground"]?.extent), try #require(exactLayers["ground"]?.extent))
        #expect(a.count == 4 && zip(a, b).allSatisfy { abs($0 - $1) < 1e-4 }, "\(a) vs \(b)")
        let size = { (path: String) in try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0 }
        #expect(try size(quantised) < size(exact))
    }

    @Test func quantizationNeedsTopoJSONAndTwoSteps() throws {
        expectFailure(
            try territory("export", "--date", "2021", "--format", "topojson", "--quantization", "1"), status: 64,
            mentioning: "--quantization")
        expectFailure(
            try territory("export", "--date", "2021", "--quantization", "1000"), status: 64, mentioning: "topojson")
        expectFailure(
            try territory("export", "--date", "2021", "--format", "topojson", "--features", "ground"), status: 64,
            mentioning: "--features")
    }

    /// Polygons' rings as vertex lists starting at their least vertex (lines as they are).
    private func canonical(_ shape: Shape) -> [[Coordinate]] {
        switch shape {
        case .polygon(let polygon):
            return ([polygon.exterior] + polygon.holes).map { ring in
                let points = Array(ring.dropLast())
                guard
                    let start = points.indices.min(by: { (points[$0].x, points[$0].y) < (points[$1].x, points[$1].y) })
                else { return [] }
                return Array(points[start...] + points[..<start])
            }
        case .lineString(let line):
            return [line]
        default:
            return []
        }
    }
}
