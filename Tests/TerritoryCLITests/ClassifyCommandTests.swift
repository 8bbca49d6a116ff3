import Foundation
import Territory
import TestSupport
import Testing

/// `territory classify` end to end. Answers are checked against the library's single-question
/// `Atlas.control(at:on:)` (GEOS, a path independent of the classifier's grid), and the rows are
/// read back with the small RFC 4180 reader below rather than the one under test. Unit counts are
/// never hard-coded: the dataset grows.
@Suite struct ClassifyCommandTests {
    /// Seeded random event rows: the position and date of each, and the CSV text of the row.
    static func events(count: Int, seed: UInt64) -> [(lat: Double, lon: Double, date: String, text: String)] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { index in
            let lat = 38.6 + Double(random.next(below: 2_400_000)) / 1_000_000
            let lon = 44.5 + Double(random.next(below: 3_500_000)) / 1_000_000
            let day = Day(daysSince1970: 7_000 + random.next(below: 12_000))
            let date = index % 7 == 0 ? "\(day)T08:15:00Z" : day.description
            let note =
                switch index % 4 {
                case 0: "\"shelling, \"\"heavy\"\"\""
                case 1: "\"two\r\nlines\""
                case 2: "plain"
                default: ""
                }
            return (
                lat, lon, date,
                "E\(index),\(date),\(String(format: "%.5f", lat)),\(String(format: "%.5f", lon)),\(note)"
            )
        }
    }

    @Test func everyRowKeepsItsBytesAndGetsTheAtlasAnswer() throws {
        let folder = try TemporaryDirectory()
        let rows = Self.events(count: 3_000, seed: 41)
        let input = folder.url.appendingPathComponent("events.csv")
        let header = "event_id,event_date,latitude,longitude,notes"
        // A byte-order mark and CRLF line ends, as Excel and Python's csv module write.
        try Data([0xEF, 0xBB, 0xBF] + Array(([header] + rows.map(\.text)).map { $0 + "\r\n" }.joined().utf8))
            .write(to: input)
        let out = folder.url.appendingPathComponent("out.csv")
        let run = try territory("classify", input.path, "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("3,000 rows read, 3,000 classified, 0 with errors"), "\(run.stderr)")
        let output = try String(contentsOf: out, encoding: .utf8)
        let records = parseCSV(output)
        #expect(records.count == rows.count + 1)
        let added = [
            "de_facto", "de_facto_name", "de_jure", "district", "zones", "certainty", "alternative", "event", "error",
        ]
        #expect(records[0] == header.split(separator: ",").map(String.init) + added)
        // The input bytes of every row come back unchanged, in order, each followed by its answers
        // (which hold no line end) and a CRLF.
        let bytes = Array(try Data(contentsOf: out))
        var position = bytes.firstIndex(of: 0x0A)! + 1
        for row in rows {
            let expected = Array((row.text + ",").utf8)
            #expect(bytes[position...].starts(with: expected), "\(row.text)")
            position += expected.count
            while position < bytes.count && bytes[position] != 0x0A { position += 1 }
            #expect(bytes[position - 1] == 0x0D)
            position += 1
        }
        #expect(position == bytes.count)
        let atlas = Atlas(dataset: try Dataset.embedded())
        for (row, record) in zip(rows, records.dropFirst()) {
            let day = try Day.parse(String(row.date.prefix(10))).day
            let expected = try atlas.control(at: Coordinate(x: row.lon, y: row.lat), on: day)
            let fields = Dictionary(uniqueKeysWithValues: zip(records[0], record))
            #expect(fields["de_facto"] == (expected.deFacto ?? ""), "\(row.text)")
            #expect(fields["de_jure"] == (expected.deJure ?? ""), "\(row.text)")
            #expect(fields["district"] == (expected.district ?? ""), "\(row.text)")
            let zones = expected.units.filter { atlas.dataset.unit(id: $0)?.kind == .zone }
            #expect(fields["zones"] == zones.joined(separator: ";"), "\(row.text)")
            #expect(fields["certainty"] == expected.certainty.word, "\(row.text)")
            #expect(fields["error"] == "")
        }
    }

    @Test func badRowsKeepTheirColumnsAndNameTheProblem() throws {
        let folder = try TemporaryDirectory()
        let input = folder.url.appendingPathComponent("bad.csv")
        let lines = [
            "id,lat,lon,date",
            "1,39.8,46.75,2021-01-01",
            "2,95,46.75,2021-01-01",
            "3,abc,46.75,2021-01-01",
            "4,39.8,46.75,12/03/2020",
            "5,39.8,46.75,2023-02-30",
            "6,39.8,46.75,1800-01-01",
            "7,39.8,46.75",
            "8,39.8,46.75,",
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let run = try territory("classify", input.path)
        #expect(run.status == 0)
        let records = parseCSV(run.stdout)
        #expect(records.count == lines.count)
        for (line, record) in zip(lines, records).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(Array(record.prefix(fields.count)) == fields)
            #expect(record.count == fields.count + 9)
        }
        let errors = records.dropFirst().map { $0.last! }
        #expect(errors[0] == "")
        #expect(errors[1] == "line 3: latitude 95 is out of range (-90 to 90)")
        #expect(errors[2].hasPrefix("line 4: latitude 'abc' is not a number"))
        #expect(errors[3].hasPrefix("line 5: date '12/03/2020' is not YYYY, YYYY-MM or YYYY-MM-DD"))
        #expect(errors[4].hasPrefix("line 6: 2023-02-30") && errors[4].contains("28 days"))
        #expect(errors[5].hasPrefix("line 7: 1800-01-01 is outside the dataset's range"))
        #expect(errors[6].hasPrefix("line 8: 3 field(s) where the header has 4"))
        #expect(errors[7] == "line 9: no date")
        #expect(run.stderr.contains("8 rows read, 1 classified, 7 with errors"), "\(run.stderr)")

        // --strict: the first bad row stops the run, and no output file appears.
        let out = folder.url.appendingPathComponent("out.csv")
        let strict = try territory("classify", input.path, "--out", out.path, "--strict")
        expectFailure(strict, status: 65, mentioning: "line 3: latitude 95 is out of range", "--strict")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try folder.contents() == ["bad.csv"])
    }

    @Test func malformedFilesFailWithOneLine() throws {
        let folder = try TemporaryDirectory()
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = folder.url.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        expectFailure(
            try territory("classify", try file("quote.csv", Array("id,lat,lon,date\n1,2,3,\"2020\n4,5,6,2021\n".utf8))),
            status: 65, mentioning: "line 2: a quoted field opened here is never closed")
        expectFailure(
            try territory("classify", try file("header.csv", Array("id,place,when\n1,Shusha,2020\n".utf8))),
            status: 65, mentioning: "no latitude column in the header (id, place, when)", "--lat")
        expectFailure(try territory("classify", try file("empty.csv", [])), status: 65, mentioning: "no header row")
        expectFailure(
            try territory("classify", try file("bom.csv", [0xEF, 0xBB, 0xBF])), status: 65, mentioning: "no header row")
        expectFailure(
            try territory("classify", try file("dup.csv", Array("id,lat,lat,lon,date\n1,2,3,4,2020\n".utf8))),
            status: 65, mentioning: "'lat' more than once (columns 2 and 3)")
        expectFailure(
            try territory("classify", try file("nothere.csv", []) + ".missing"), status: 66, mentioning: "no file")
    }

    @Test func oddBytesAreRowErrorsNamingTheLine() throws {
        let folder = try TemporaryDirectory()
        let input = folder.url.appendingPathComponent("odd.csv")
        // NUL bytes, a byte that is not UTF-8 (Latin-1 'é'), mixed LF and CRLF line ends, and a
        // duplicate column name the run does not read.
        let bytes: [UInt8] =
            Array("id,lat,lon,date,note,note\n".utf8) + Array("1,39.8,46.75,2021-01-01,a\0b,x\r\n".utf8)
            + Array("2,39.8,46.75,2021-01-01,caf".utf8) + [0xE9] + Array(",x\n".utf8)
            + Array("3,39.8,46.75,2021-01-01,ok,x\r\n".utf8) + Array("4,39.8,46.75,2021-01-01,ok,x".utf8)
        try Data(bytes).write(to: input)
        let out = folder.url.appendingPathComponent("out.csv")
        let run = try territory("classify", input.path, "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let written = Array(try Data(contentsOf: out))
        // Each row keeps its own line end, and the Latin-1 byte is copied through.
        let rows = written.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        #expect(rows.count == 6 && rows[5].isEmpty)
        #expect(rows[1].last == 0x0D && rows[2].last != 0x0D && rows[3].last == 0x0D && rows[4].last != 0x0D)
        #expect(rows[2].starts(with: Array("2,39.8,46.75,2021-01-01,caf".utf8) + [0xE9]))
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains("line 2: column 'note' holds a NUL byte"))
        #expect(text.contains("line 3: column 'note' is not UTF-8 text; save the file as UTF-8"))
        #expect(run.stderr.contains("4 rows read, 2 classified, 2 with errors"), "\(run.stderr)")
    }

    /// A 100 MB field (generated here, never committed) streams through like any other.
    @Test func aHundredMegabyteLineIsClassified() throws {
        let folder = try TemporaryDirectory()
        let input = folder.url.appendingPathComponent("long.csv")
        var bytes = Array("id,lat,lon,date,note\n1,39.8,46.75,2021-01-01,\"".utf8)
        bytes += [UInt8](repeating: 0x61, count: 100_000_000)
        bytes += Array("\"\n2,40.0,47.0,2020-11-20,short\n".utf8)
        try Data(bytes).write(to: input)
        let out = folder.url.appendingPathComponent("out.csv")
        let run = try territory("classify", input.path, "--out", out.path, "--columns", "de_facto")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("2 rows read, 2 classified"), "\(run.stderr)")
        let size = try #require(FileManager.default.attributesOfItem(atPath: out.path)[.size] as? Int)
        #expect(size > 100_000_000)
    }

    /// GeoJSON in and out keeps each property's JSON text; a GeoPackage written by classify reads
    /// back (as input) with the same answers; JSONL holds one object per row.
    @Test func otherFormatsCarryTheSameAnswers() throws {
        let folder = try TemporaryDirectory()
        let geojson = folder.url.appendingPathComponent("events.geojson")
        try """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[46.752,39.815]},"properties":{"id":7,"when":"2021-01-01","score":1.50,"tags":["a"]}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[47.0,40.0]},"properties":{"id":8,"when":"2020-11-20T09:00","score":null}},
        {"type":"Feature","geometry":{"type":"LineString","coordinates":[[47,40],[47.1,40]]},"properties":{"id":9,"when":"2020-11-20"}}
        ]}
        """.write(to: geojson, atomically: true, encoding: .utf8)
        let run = try territory("classify", geojson.path, "--date", "when")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(#""properties":{"id":7,"when":"2021-01-01","score":1.50,"tags":["a"],"de_facto":"NKR""#)
        )
        #expect(run.stdout.contains(#""error":"feature 3: the geometry is a LineString, not a Point"}"#))
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((parsed["features"] as? [Any])?.count == 3)

        let jsonl = try territory("classify", geojson.path, "--date", "when", "--format", "jsonl")
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["de_facto"] as? String == "NKR" && first["de_jure"] as? String == "AZE")
        #expect(first["when"] as? String == "2021-01-01" && first["error"] is NSNull)
    }

    /// GeoPackages checked with GDAL, an independent reader and writer: classify's output layer
    /// reads in `ogrinfo`, and a layer `ogr2ogr` wrote classifies like the GeoJSON it came from.
    @Test(.enabled(if: OGRInfo.enabled)) func geoPackagesReadAndWriteThroughGDAL() throws {
        let folder = try TemporaryDirectory()
        let geojson = folder.url.appendingPathComponent("events.geojson")
        try """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[46.752,39.815]},"properties":{"ref":7,"when":"2021-01-01"}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[47.0,40.0]},"properties":{"ref":8,"when":"2020-11-20"}}
        ]}
        """.write(to: geojson, atomically: true, encoding: .utf8)
        let written = folder.url.appendingPathComponent("classified.gpkg")
        let run = try territory("classify", geojson.path, "--date", "when", "--out", written.path)
        #expect(run.status == 0, "\(run.stderr)")
        let layer = try #require(try OGRInfo.summary(of: written.path)["events"])
        #expect(layer.featureCount == 2 && layer.geometry == "Point")
        #expect(layer.fields["de_facto"] == "String" && layer.fields["when"] == "String")
        let holders = try SQLiteFile(path: written.path).rows("SELECT de_facto, de_jure FROM events ORDER BY fid")
        #expect(holders.map { $0.compactMap { $0 as? String } } == [["NKR", "AZE"], ["AZE", "AZE"]])

        let converted = folder.url.appendingPathComponent("gdal.gpkg")
        let ogr2ogr = try #require(OGRInfo.executable).deletingLastPathComponent().appendingPathComponent("ogr2ogr")
        let process = try Process.run(ogr2ogr, arguments: ["-f", "GPKG", converted.path, geojson.path])
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let back = try territory("classify", converted.path, "--date", "when", "--format", "jsonl")
        #expect(back.status == 0, "\(back.stderr)")
        let rows = back.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(rows.map { $0["de_facto"] as? String } == ["NKR", "AZE"])
        // GDAL stores `ref` as an INTEGER column; classify keeps the stored type.
        #expect(rows.map { $0["ref"] as? Int } == [7, 8])
    }
}

/// A small RFC 4180 reader for checking outputs (quotes, doubled quotes, CRLF or LF).
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var inQuotes = false
    var characters = Array(text.unicodeScalars)[...]
    while let character = characters.popFirst() {
        if inQuotes {
            if character == "\"" {
                if characters.first == "\"" {
                    field.unicodeScalars.append(characters.removeFirst())
                } else {
                    inQuotes = false
                }
            } else {
                field.unicodeScalars.append(character)
            }
        } else if character == "\"" {
            inQuotes = true
        } else if character == "," {
            record.append(field)
            field = ""
        } else if character == "\n" || (character == "\r" && characters.first == "\n") {
            if character == "\r" { characters.removeFirst() }
            record.append(field)
            records.append(record)
            record = []
            field = ""
        } else {
            field.unicodeScalars.append(character)
        }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    return records
}
