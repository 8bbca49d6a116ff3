import Foundation
import Territory
import Testing

/// The real dataset in geodata/data: it loads from the repository and from the resource bundle,
/// and key dates give the holders the public record gives.
@Suite("The embedded South Caucasus dataset")
struct EmbeddedDatasetTests {
    static let repositoryData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("geodata/data")

    @Test("geodata/data validates without problems")
    func validates() {
        let report = Dataset.validate(directory: Self.repositoryData)
        #expect(report.problems.map(\.description) == [])
        #expect(report.counts.units > 40)
        #expect(report.counts.events > 50)
    }

    @Test("the resource bundle holds a real copy of the data folder, not a dangling symlink")
    func bundleCopyIsReal() throws {
        let url = try #require(Dataset.embeddedDirectory)
        let values = try url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
        #expect(values.isDirectory == true)
        #expect(values.isSymbolicLink == false)
        #expect(FileManager.default.fileExists(atPath: url.appendingPathComponent("events.json").path))
        let embedded = try Dataset.embedded()
        let repository = try Dataset(directory: Self.repositoryData)
        #expect(embedded.events.map(\.id) == repository.events.map(\.id))
    }

    @Test("Atlas.embedded() reads the bundle's copy, found by absolute path whatever the working directory")
    func embeddedAtlas() throws {
        let atlas = try Atlas.embedded()
        #expect(atlas.dataset.info.range.from == (try Day(iso: "1923-07-07")))
        #expect(atlas.dataset.directory == Dataset.embeddedDirectory)
        #expect(atlas.dataset.directory.path.hasPrefix("/"))
    }

    @Test(
        "key dates give the holders of the public record",
        arguments: [
            ("Shusha", "1992-05-07", "AZE"), ("Shusha", "1993-01-01", "NKR"), ("Shushi", "2020-11-09", "AZE"),
            ("Kalbajar", "1993-04-02", "AZE"), ("Karvachar", "1993-04-03", "NKR"), ("Kəlbəcər", "2020-11-25", "AZE"),
            ("Stepanakert", "2021-01-01", "NKR"), ("Khankendi", "2023-10-01", "AZE"), ("Yerevan", "2000-01-01", "ARM"),
            ("Baku", "1995-01-01", "AZE"), ("Jabrayil", "2020-10-04", "AZE"),
        ])
    func keyDates(place: String, day: String, holder: String) throws {
        let atlas = try Atlas.embedded()
        let answer = try atlas.control(atPlace: place, on: try Day(iso: day))
        #expect(answer.deFacto == holder)
    }

    @Test("Nagorno-Karabakh stays de jure Azerbaijani while NKR holds it")
    func deJureStaysAzerbaijani() throws {
        let atlas = try Atlas.embedded()
        for day in ["1993-01-01", "2005-01-01", "2021-01-01"] {
            #expect(try atlas.control(atPlace: "Stepanakert", on: try Day(iso: day)).deJure == "AZE")
        }
    }

    @Test("the Jabrayil date is uncertain between the sources' 2020-10-04 and 2020-10-09")
    func jabrayilIsUncertain() throws {
        let atlas = try Atlas.embedded()
        let answer = try atlas.control(atPlace: "Jabrayil", on: try Day(iso: "2020-10-06"))
        let doubt = try #require(answer.certainty.doubts.first { $0.event == "jabrayil-2020" })
        #expect(doubt.alternativeHolder == "NKR")
        #expect(try atlas.control(atPlace: "Jabrayil", on: try Day(iso: "2020-10-09")).certainty.doubts.isEmpty)
    }

    @Test("names resolve on the real gazetteer")
    func names() throws {
        let dataset = try Dataset.embedded()
        for spelling in ["Stepanakert", "Khankendi", "KHANKƏNDİ", "xankendi"] {
            #expect(try dataset.place(named: spelling).id == "stepanakert")
        }
        #expect(try dataset.place(named: "Laçın").id == "lachin")
        #expect(throws: QueryError.self) { try dataset.place(named: "Stepanakertt-x") }
    }

    @Test("the 1994 ceasefire snapshot is plausible")
    func ceasefire() throws {
        let atlas = try Atlas.embedded()
        let snapshot = try atlas.snapshot(on: try Day(iso: "1994-05-12"))
        let nkr = try #require(snapshot.holders.first { $0.holder == "NKR" })
        #expect((10_000...15_000).contains(nkr.areaKm2))
        let aze = try #require(snapshot.holders.first { $0.holder == "AZE" })
        #expect(aze.areaKm2 + nkr.areaKm2 > 80_000)
        let series = try atlas.series(from: try Day(iso: "1994-05-12"), to: try Day(iso: "1994-05-12"), step: .day)
        #expect(series.rows[0].areasKm2[try #require(series.holders.firstIndex(of: "NKR"))] == nkr.areaKm2)
    }
}
