import Foundation
import Territory
import Testing

/// `places --near`, the district in `control`, and groups in `area` and `snapshot`, run as the
/// built binary (issue 13, points 4-6).
@Suite("Gazetteer, districts and sides on the command line")
struct GazetteerCommandTests {
    @Test func placesNearListsTheNearestWithGeodesicDistances() throws {
        let run = try territory("places", "--near", "40.68,46.36", "--limit", "3", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let rows = try run.jsonArray()
        #expect(rows.count == 3)
        #expect(rows.first?["id"] as? String == "ganja")
        // GeodSolve -i -p 12 <<< "40.68 46.36 40.68278 46.36056": 312.3216576132 m.
        #expect(abs((rows.first?["distance_km"] as? Double ?? 0) - 0.312_321_657_613_2) < 1e-9)
        let distances = rows.compactMap { $0["distance_km"] as? Double }
        #expect(distances == distances.sorted())
        let table = try territory("places", "--near", "39.76,46.749", "--within", "8")
        #expect(table.status == 0 && table.stdout.contains("shusha") && table.stdout.contains("stepanakert"))
        #expect(!table.stdout.contains("lachin"), "Lachin is 20 km away")
    }

    @Test func placesListsTheGazetteerTowns() throws {
        let rows = try territory("places", "--format", "json").jsonArray()
        let origins = Dictionary(grouping: rows, by: { $0["origin"] as? String ?? "" }).mapValues(\.count)
        let dataset = try Dataset.embedded()
        #expect(origins["gazetteer"] == dataset.places.filter { $0.origin == .gazetteer }.count)
        #expect(origins["curated"] == dataset.places.filter { $0.origin == .curated }.count)
        #expect(rows.contains { $0["name"] as? String == "Qaraxanli" && $0["kind"] as? String == "settlement" })
    }

    @Test func placesRefusesWithinWithoutNear() throws {
        let run = try territory("places", "--within", "5")
        #expect(run.status == 64 && run.stdout.isEmpty && run.errorLine.contains("--near"), "\(run.stderr)")
        let negative = try territory("places", "--near", "40,46", "--within", "-3")
        #expect(negative.status == 64 && negative.stdout.isEmpty)
    }

    @Test func controlNamesTheDistrictAndTheZones() throws {
        let run = try territory("control", "--date", "2021-06-01", "--place", "Shusha", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        let district = try #require(json["district"] as? [String: Any])
        #expect(district["id"] as? String == "shusha" && district["iso"] as? String == "AZ-SUS")
        #expect(district["name"] as? String == (try Dataset.embedded()).unit(id: "shusha")?.name)
        let zones = try #require(json["zones"] as? [[String: Any]])
        #expect(zones.allSatisfy { $0["id"] is String && $0["name"] is String && $0["kind"] is String })
        #expect(zones.contains { $0["id"] as? String == "aze" && $0["kind"] as? String == "country" })
        #expect(!zones.contains { $0["id"] as? String == "shusha" })
        let units = try #require(json["units"] as? [String])
        #expect(Set(units) == Set(zones.compactMap { $0["id"] as? String } + ["shusha"]))
        let table = try territory("control", "--date", "2021-06-01", "--place", "Shusha")
        #expect(table.stdout.contains("district:  shusha ("), "\(table.stdout)")
        #expect(table.stdout.contains("zones:     aze (country)"))
    }

    @Test func unknownPlacesSuggestGazetteerSpellings() throws {
        let run = try territory("control", "--date", "2000", "--place", "Gyumrii")
        #expect(run.status == 64 && run.errorLine.contains("did you mean 'Gyumri' ("), "\(run.stderr)")
    }

    @Test func areaOfAGroupIsTheSumOfItsMembers() throws {
        for date in ["1994-05-12", "2021-06-01"] {
            func km2(_ controller: String) throws -> Double {
                let run = try territory(
                    "area", "Azerbaijan", "--date", date, "--controller", controller, "--format", "json")
                #expect(run.status == 0, "stderr: \(run.stderr)")
                return try #require(run.json()["area_km2"] as? Double)
            }
            let side = try km2("armenian-forces")
            #expect(abs(side - (try km2("NKR") + km2("ARM"))) < 1e-6, "\(date)")
        }
        let json = try territory(
            "area", "Azerbaijan", "--date", "1994-05-12", "--controller", "Armenian forces", "--format", "json"
        ).json()
        #expect(json["members"] as? [String] == ["ARM", "NKR"] && json["controller"] as? String == "armenian-forces")
    }

    @Test func snapshotOfAGroupGivesEachMembersShare() throws {
        let run = try territory(
            "snapshot", "--date", "1994-05-12", "--controller", "armenian-forces", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        let members = try #require(json["members"] as? [[String: Any]])
        let total = try #require(json["area_km2"] as? Double)
        #expect(abs(members.compactMap { $0["area_km2"] as? Double }.reduce(0, +) - total) < 1e-6)
        let whole = try territory("area", "armenian-forces", "--date", "1994-05-12", "--format", "json").json()
        #expect(abs((whole["area_km2"] as? Double ?? 0) - total) < 1e-6)
    }

    @Test func anUnknownControllerSuggestsGroupsAndIds() throws {
        let run = try territory("area", "Azerbaijan", "--date", "2000", "--controller", "armenian-forcs")
        #expect(run.status == 64 && run.stdout.isEmpty, "\(run.stderr)")
        #expect(run.errorLine.contains("'Armenian forces' (armenian-forces)"), "\(run.stderr)")
    }
}
