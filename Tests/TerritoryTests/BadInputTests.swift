import Foundation
import Territory
import Testing

/// Bad input to the library: impossible dates, unknown names, positions out of range or NaN,
/// empty, truncated and mistyped GeoJSON, WKT, WKB and boundary files (`replacingBoundaries`).
/// Each throws its typed error, whose one-line description names the problem.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// The error the input must throw, or nil when it does not throw.
        var error: @Sendable () -> (any Error)?
        var isExpectedType: @Sendable (any Error) -> Bool
        var fragment: String
        var testDescription: String { name }
    }

    static func day(_ name: String, _ text: String, _ fragment: String) -> Case {
        Case(
            name: name, error: { catching { () throws(DayError) in _ = try Day(iso: text) } },
            isExpectedType: { $0 is DayError }, fragment: fragment)
    }

    static func query(
        _ name: String, _ fragment: String, _ body: @escaping @Sendable (Atlas) throws(QueryError) -> Void
    )
        -> Case
    {
        Case(
            name: name, error: { catching { () throws(QueryError) in try body(Atlas(dataset: Fixture.dataset)) } },
            isExpectedType: { $0 is QueryError }, fragment: fragment)
    }

    static func geometry(_ name: String, _ fragment: String, _ body: @escaping @Sendable () throws(GEOSError) -> Void)
        -> Case
    {
        Case(name: name, error: { catching(body) }, isExpectedType: { $0 is GEOSError }, fragment: fragment)
    }

    /// `replacingBoundaries` given a boundary file holding `bytes`.
    static func boundaryFile(_ name: String, _ bytes: [UInt8], _ fragment: String) -> Case {
        Case(
            name: name,
            error: {
                let url = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "bad-\(UUID().uuidString).geojson")
                defer { try? FileManager.default.removeItem(at: url) }
                do {
                    try Data(bytes).write(to: url)
                } catch {
                    return error
                }
                return catching { () throws(DatasetError) in _ = try Fixture.dataset.replacingBoundaries(from: url) }
            },
            isExpectedType: { $0 is DatasetError }, fragment: fragment)
    }

    static let cases: [Case] = [
        day("February 29 of a common year", "2023-02-29", "February 2023 has 28 days"),
        day("month 13", "2023-13-01", "month 13 is outside 01...12"),
        day("day 0", "2023-01-00", "January 2023 has 31 days"),
        day("year 0", "0000-01-01", "year 0 is outside"),
        day("a date without zero padding", "1994-5-12", "'1994-5-12' is not a date"),
        day("a week date", "1994-W19", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        query("a day before the dataset", "outside the dataset's range") { atlas throws(QueryError) in
            _ = try atlas.snapshot(on: Fixture.day("1900-01-01"))
        },
        query("an unknown unit", "unknown unit 'Narnia'") { atlas throws(QueryError) in
            _ = try atlas.area(of: "Narnia")
        },
        query("an unknown holder", "unknown entity or group 'Atlantis'") { atlas throws(QueryError) in
            _ = try atlas.area(of: nil, heldBy: "Atlantis", on: Fixture.day("2010-01-01"))
        },
        query("an unknown place", "unknown place 'Shangri-La'") { atlas throws(QueryError) in
            _ = try atlas.control(atPlace: "Shangri-La", on: Fixture.day("2010-01-01"))
        },
        query("a NaN latitude", "not a position") { atlas throws(QueryError) in
            _ = try atlas.control(at: Coordinate(x: 1, y: .nan), on: Fixture.day("2010-01-01"))
        },
        query("an infinite longitude", "not a position") { atlas throws(QueryError) in
            _ = try atlas.control(at: Coordinate(x: .infinity, y: 1), on: Fixture.day("2010-01-01"))
        },
        query("a latitude beyond the pole", "latitude must be within -90...90") { atlas throws(QueryError) in
            _ = try atlas.control(at: Coordinate(x: 1, y: 90.5), on: Fixture.day("2010-01-01"))
        },
        query("a NaN distance end", "not a position") { atlas throws(QueryError) in
            _ = try atlas.distance(from: .coordinate(Coordinate(x: .nan, y: 1)), to: .name("Stepanakert"))
        },
        query("a series that ends before it starts", "before it starts") { atlas throws(QueryError) in
            _ = try atlas.series(from: Fixture.day("2010-01-01"), to: Fixture.day("2005-01-01"), step: .year)
        },
        geometry("empty GeoJSON", "unexpected end of input") { () throws(GEOSError) in
            _ = try Geometry(geoJSON: "")
        },
        geometry("truncated GeoJSON", "line 1") { () throws(GEOSError) in
            _ = try Geometry(geoJSON: #"{"type": "Polygon", "coordinates": [[[0, 0], [1, 0"#)
        },
        geometry("an empty FeatureCollection text", "unexpected end of input") { () throws(GEOSError) in
            _ = try FeatureCollection(geoJSON: Data())
        },
        geometry("features as an object", "no \"features\" array") { () throws(GEOSError) in
            _ = try FeatureCollection(geoJSON: #"{"type": "FeatureCollection", "features": {}}"#)
        },
        geometry("coordinates as a string", "not an array") { () throws(GEOSError) in
            _ = try Geometry(geoJSON: #"{"type": "LineString", "coordinates": "0 0, 1 1"}"#)
        },
        geometry("a position of strings", "not a position") { () throws(GEOSError) in
            _ = try Geometry(geoJSON: #"{"type": "Point", "coordinates": ["46.7", "39.8"]}"#)
        },
        geometry("a geometry that is an array", "not a JSON object") { () throws(GEOSError) in
            _ = try Geometry(geoJSON: "[1, 2]")
        },
        geometry("a Feature without geometry", "no \"geometry\" member") { () throws(GEOSError) in
            _ = try Feature(geoJSON: #"{"type": "Feature", "properties": {}}"#)
        },
        geometry("an infinite GeoJSON coordinate", "finite") { () throws(GEOSError) in
            _ = try Geometry(geoJSON: #"{"type": "Point", "coordinates": [1e400, 0]}"#)
        },
        geometry("an unclosed WKT ring", "do not form a closed linestring") { () throws(GEOSError) in
            _ = try Geometry(wkt: "POLYGON ((0 0, 1 0, 1 1, 0 1))")
        },
        geometry("a NaN in WKT", "finite") { () throws(GEOSError) in
            _ = try Geometry(wkt: "POINT (NaN 1)")
        },
        geometry("empty WKB", "empty") { () throws(GEOSError) in
            _ = try Geometry(wkb: Data())
        },
        geometry("truncated WKB", "ParseException") { () throws(GEOSError) in
            _ = try Geometry(wkb: Data([0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]))
        },
        boundaryFile("an empty boundary file", [], "unexpected end of input"),
        boundaryFile(
            "a truncated boundary file", Array(#"{"type": "FeatureCollection", "feat"#.utf8), "not valid JSON"),
        boundaryFile("a boundary file that is not UTF-8", [0xFF, 0xFE, 0x7B], "not UTF-8"),
        boundaryFile("a boundary file without features", Array(#"{"type": "FeatureCollection"}"#.utf8), "\"features\""),
    ]

    @Test(arguments: cases)
    func badInputThrowsATypedErrorNamingTheProblem(_ badInput: Case) throws {
        let error = try #require(badInput.error(), "no error thrown")
        #expect(badInput.isExpectedType(error), "\(type(of: error)): \(error)")
        let message = "\(error)"
        #expect(message.contains(badInput.fragment), "\(message)")
        #expect(!message.contains("\n"), "\(message)")
    }
}

/// The error `body` throws, or nil.
private func catching<E: Error>(_ body: () throws(E) -> Void) -> E? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}
