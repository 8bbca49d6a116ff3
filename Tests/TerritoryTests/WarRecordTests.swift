import Foundation
import SwiftGEOS
import Territory
import Testing

/// The record of issue 13, point 7: ground changes hands on the days the record gives, place by
/// place, not whole districts on the day of their main town. Each case is a place and the day
/// before and the day of its change (the oracle is the public record, as cited in events.json).
@Suite("The record, closer")
struct WarRecordTests {
    @Test(
        "places change hands on their own days",
        arguments: [
            ("Shahumyan", "1992-06-11", "NKR", "1992-06-13", "AZE"),
            ("Martakert", "1992-07-03", "NKR", "1992-07-04", "AZE"),
            ("Horadiz", "1993-10-22", "AZE", "1993-11-20", "NKR"),
            ("Horadiz", "1994-01-05", "NKR", "1994-01-06", "AZE"),
            ("Jojug Marjanli", "1994-01-05", "NKR", "1994-05-12", "AZE"),
            ("Madagiz", "2020-10-02", "NKR", "2020-10-03", "AZE"),
            ("Khudafarin bridges", "2020-10-08", "NKR", "2020-10-18", "AZE"),
            ("Zangilan", "2020-10-19", "NKR", "2020-10-20", "AZE"),
            ("Minjivan", "2020-10-20", "NKR", "2020-10-21", "AZE"),
            ("Aghband", "2020-10-21", "NKR", "2020-10-22", "AZE"),
            ("Qubadli", "2020-10-24", "NKR", "2020-10-25", "AZE"),
            ("Hin Tagher", "2020-12-11", "NKR", "2020-12-12", "AZE"),
            ("Khtsaberd", "2020-11-20", "NKR", "2020-12-14", "AZE"),
            ("Kheyrimli", "1992-03-07", "AZE", "1992-03-08", "ARM"),
            ("Ashaghi Askipara", "1992-03-11", "AZE", "1992-03-12", "ARM"),
            ("Ghizilhajili", "1992-05-10", "AZE", "1992-05-11", "ARM"),
            ("Artsvashen", "1992-08-07", "ARM", "1992-08-08", "AZE"),
            ("Parukh", "2022-03-23", "NKR", "2022-03-24", "AZE"),
            ("Parukh", "2022-03-27", "AZE", "2022-03-28", "RUS-PK"),
            ("Hakari bridge", "2023-04-22", "RUS-PK", "2023-04-23", "AZE"),
        ])
    func changes(place: String, before: String, holderBefore: String, after: String, holderAfter: String) throws {
        let atlas = try Atlas.embedded()
        #expect(try atlas.control(atPlace: place, on: try Day(iso: before)).deFacto == holderBefore)
        #expect(try atlas.control(atPlace: place, on: try Day(iso: after)).deFacto == holderAfter)
    }

    @Test("Baghanis Ayrum is held from the Armenian side from 1990 to 2024-05-24")
    func baghanisAyrum() throws {
        let atlas = try Atlas.embedded()
        for (day, holder) in [
            ("1990-03-23", "AZSSR"), ("1990-03-24", "ARMSSR"), ("1991-09-01", "ARMSSR"), ("2010-01-01", "ARM"),
            ("2024-05-24", "AZE"),
        ] {
            #expect(try atlas.control(atPlace: "Baghanis Ayrum", on: try Day(iso: day)).deFacto == holder, "\(day)")
        }
    }

    @Test("Hadrut: announced 2020-10-09, held by 10-15, villages round it to 10-20; the days between are uncertain")
    func hadrutWindow() throws {
        let atlas = try Atlas.embedded()
        let answer = try atlas.control(atPlace: "Hadrut", on: try Day(iso: "2020-10-12"))
        #expect(answer.deFacto == "AZE")
        let doubts = answer.certainty.doubts.filter { $0.event == "hadrut-2020" }
        #expect(doubts.map(\.alternativeHolder) == ["NKR", "NKR"])
        #expect(doubts.contains { $0.window.to == (try? Day(iso: "2020-10-15")) })
        let later = try atlas.control(atPlace: "Hadrut", on: try Day(iso: "2020-10-15")).certainty.doubts
        #expect(later.map(\.window.to) == [try Day(iso: "2020-10-20")])
        #expect(try atlas.control(atPlace: "Hadrut", on: try Day(iso: "2020-10-20")).certainty.doubts.isEmpty)
    }

    @Test("the winter offensive of 1993-94 changes the totals between 1993-11-20 and 1994-05-12")
    func winterOffensive() throws {
        let atlas = try Atlas.embedded()
        func nkr(_ day: String) throws -> Double {
            try #require(try atlas.snapshot(on: try Day(iso: day)).holders.first { $0.holder == "NKR" }).areaKm2
        }
        let autumn = try nkr("1993-11-20")
        let january = try nkr("1994-01-06")
        let ceasefire = try nkr("1994-05-12")
        // Horadiz, Jojug Marjanli and the Fuzuli villages: a few hundred km² retaken by 1994-01-06,
        // then the ground near Talish retaken by Armenian forces in April (31 km² as drawn).
        #expect((200...600).contains(autumn - january))
        #expect((10...100).contains(ceasefire - january))
        #expect(autumn != ceasefire)
    }

    @Test("the 2021 positions near Sev Lich lie by the lake, not 20 km from it")
    func sevLich() throws {
        let atlas = try Atlas.embedded()
        // 1.7 km south of the lake centre (39.60N 46.23E), on the Armenian side of Natural Earth's line.
        let south = Coordinate(x: 46.23, y: 39.585)
        #expect(try atlas.control(at: south, on: try Day(iso: "2021-05-11")).deFacto == "ARM")
        let answer = try atlas.control(at: south, on: try Day(iso: "2021-06-01"))
        #expect(answer.deFacto == "AZE")
        #expect(answer.deJure == "ARM")
        #expect(answer.units.contains("positions-2021"))
    }
}
