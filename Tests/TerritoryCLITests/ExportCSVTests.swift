import Foundation
import Territory
import Testing

/// CSV with RFC 4180 quoting: the writer, and `series` and `area` with `--format csv`.
@Suite struct ExportCSVTests {
    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("crlf\r\nline", "\"crlf\r\nline\""), ("cr\r", "\"cr\r\""),
        ("Ağdam – Ağdərə", "Ağdam – Ağdərə"),
    ])
    func fieldsAreQuotedOnlyWhenTheyMustBe(text: String, expected: String) {
        #expect(CSV.field(text) == expected)
    }

    @Test func recordsReadBackAsWritten() throws {
        let records = [["date", "a,b", "\"q\""], ["1994-05-12", "line\nbreak", ""], ["x", "crlf\r\ny", "é,\""]]
        let text = records.map(CSV.record).joined()
        #expect(try parseCSV(text) == records)
    }

    @Test func areaCSVQuotesANoteWithCommas() throws {
        let run = try territory("area", "Azerbaijan", "--format", "csv")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try parseCSV(run.stdout)
        try #require(records.count == 2)
        let row = Dictionary(uniqueKeysWithValues: zip(records[0], records[1]))
        let unit = try #require(try Dataset.embedded().unit(id: "aze"))
        let note = try #require(unit.officialAreaNote)
        #expect(note.contains(","))
        #expect(row["official_area_note"] == note)
        #expect(row["unit"] == "aze" && Double(row["area_km2"] ?? "") != nil)
    }

    @Test func areaCSVHasOneRowPerHolderOfASplitUnit() throws {
        let run = try territory("area", "Lachin", "--date", "2021-06-01", "--format", "csv")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try parseCSV(run.stdout)
        let holder = try #require(records.first?.firstIndex(of: "holder"))
        #expect(records.count >= 3, "\(records)")
        #expect(records.dropFirst().allSatisfy { $0.count == records[0].count && $0[0] == "Lachin" })
        #expect(Set(records.dropFirst().map { $0[holder] }).count == records.count - 1)
    }

    @Test func seriesCSVParsesIntoEqualLengthRecords() throws {
        let run = try territory(
            "series", "--from", "2020-09-27", "--to", "2020-11-10", "--step", "day", "--format", "csv")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try parseCSV(run.stdout)
        #expect(records.count == 46)
        #expect(records.allSatisfy { $0.count == records[0].count })
    }

    /// An RFC 4180 reader: the independent check of the writer's quoting.
    private func parseCSV(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                try #require(field.isEmpty, "a quote inside an unquoted field: \(field)")
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        try #require(!quoted && field.isEmpty && record.isEmpty, "the text does not end with a complete record")
        return records
    }
}
