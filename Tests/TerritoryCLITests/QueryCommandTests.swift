import Foundation
import Territory
import Testing

/// The answering commands, checked against the library they print: the CLI adds formatting only.
@Suite struct QueryCommandTests {
    @Test func snapshotJSONFollowsTheContractAndMatchesTheLibrary() throws {
        let run = try territory("snapshot", "--date", "1994-05-12", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty)
        let json = try run.json()
        #expect(json["date"] as? String == "1994-05-12")
        #expect(json["layer"] as? String == "de-facto")
        #expect(["certain", "uncertain"].contains(json["certainty"] as? String))
        let controllers = try #require(json["controllers"] as? [[String: Any]])
        let units = try #require(json["units"] as? [[String: Any]])
        #expect(json["corridors"] is [[String: Any]])
        for unit in units {
            #expect(unit["id"] is String && unit["name"] is String)
            #expect(unit.keys.contains("de_facto") && unit.keys.contains("de_jure"))
        }

        let snapshot = try Atlas.embedded().snapshot(on: Day(iso: "1994-05-12"))
        let printed = Dictionary(
            uniqueKeysWithValues: controllers.map { ($0["id"] as! String, $0["area_km2"] as! Double) })
        let computed = Dictionary(uniqueKeysWithValues: snapshot.holders.map { ($0.holder, $0.areaKm2) })
        #expect(Set(printed.keys) == Set(computed.keys))
        for (holder, area) in computed {
            // JSONSerialization may read the last digit wrong; DeterminismTests compares the bits.
            #expect(abs(printed[holder]! - area) <= 1e-12 * area, "\(holder)")
        }
        #expect(printed["NKR"] != nil && printed["AZE"] != nil && printed["ARM"] != nil)
    }

    @Test func snapshotTableNamesTheDayTheLayerAndTheHolders() throws {
        let run = try territory("snapshot", "--date", "1994-05-12", "--layer", "de-jure")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasPrefix("de-jure on 1994-05-12"))
        #expect(run.stdout.contains("AZE") && run.stdout.contains("ARM"))
        #expect(run.stdout.contains("certainty: ") || run.stdout.contains("uncertain: "))
    }

    @Test func snapshotAndExportGeoJSONAreFeatureCollections() throws {
        let run = try territory("snapshot", "--date", "2021-01-01", "--format", "geojson")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        #expect(json["type"] as? String == "FeatureCollection")
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(!features.isEmpty)
        for feature in features {
            let properties = try #require(feature["properties"] as? [String: Any])
            for key in ["controller", "de_jure", "units", "valid_from", "valid_to", "area_km2"] {
                #expect(properties.keys.contains(key), "feature \(feature["id"] ?? "?") lacks \(key)")
            }
        }
        let export = try territory("export", "--date", "2021-01-01", "--format", "geojson")
        let sameText = export.stdout == run.stdout
        #expect(export.status == 0 && sameText, "export --format geojson differs from snapshot --format geojson")
    }

    @Test func controlAtAPlaceGivesBothLayers() throws {
        let run = try territory("control", "--date", "1993-01-01", "--place", "Shushi", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        #expect((json["de_facto"] as? [String: Any])?["id"] as? String == "NKR")
        #expect((json["de_jure"] as? [String: Any])?["id"] as? String == "AZE")
        let location = try #require(json["location"] as? [String: Any])
        #expect(location["lat"] is Double && location["lon"] is Double)
        #expect(json["units"] is [String] && json["corridors"] is [String])
        #expect(json["certainty"] as? String == "certain")
    }

    @Test func controlOutsideTheDatasetIsAUsageErrorNamingTheCoverage() throws {
        for position in ["0,0", "48.85,2.35", "46.75,39.81"] {
            let run = try territory("control", "--date", "2000", "--at", position, "--format", "json")
            #expect(run.status == 64 && run.stdout.isEmpty, "\(position): \(run.stderr)")
            #expect(run.errorLine.contains("outside the dataset's coverage"), "\(run.stderr)")
            #expect(run.errorLine.contains("Azerbaijan") && run.errorLine.contains("latitude first"))
        }
    }

    @Test func controlAtAPositionMatchesTheLibrary() throws {
        let run = try territory("control", "--date", "2021-06-01", "--at", "39.815,46.752", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        let answer = try Atlas.embedded().control(at: Coordinate(x: 46.752, y: 39.815), on: Day(iso: "2021-06-01"))
        #expect((json["de_facto"] as? [String: Any])?["id"] as? String == answer.deFacto)
        #expect((json["de_jure"] as? [String: Any])?["id"] as? String == answer.deJure)
        #expect(json["units"] as? [String] == answer.units)
        #expect(json["corridors"] as? [String] == answer.corridors)
        let table = try territory("control", "--date", "2021-06-01", "--at", "39.815,46.752")
        #expect(table.stdout.contains("de facto:  \(answer.deFacto ?? "nobody")"))
    }

    @Test func controlSaysWhenSourcesDisagree() throws {
        // Jabrayil: taken 2020-10-04 by the chosen source, 10-09 by others.
        let run = try territory("control", "--date", "2020-10-06", "--place", "Jabrayil", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        #expect(json["certainty"] as? String == "uncertain")
        let doubts = try #require(json["uncertainties"] as? [[String: Any]])
        #expect(
            doubts.contains {
                $0["alternative_holder"] as? String == "NKR" && ($0["reason"] as? String)?.isEmpty == false
            })
        let table = try territory("control", "--date", "2020-10-06", "--place", "Jabrayil")
        #expect(table.stdout.contains("uncertain: "))
    }

    @Test func areaOfAzerbaijanIsNearItsPublishedFigure() throws {
        let run = try territory("area", "Azerbaijan", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        let area = try #require(json["area_km2"] as? Double)
        #expect(abs(area - 86_600) / 86_600 < 0.02)
        #expect(json["official_area_km2"] as? Double == 86_600)
        #expect(area == (try Atlas.embedded().area(of: "Azerbaijan")).areaKm2)
    }

    @Test func areaHeldByAControllerGivesItsShare() throws {
        let run = try territory(
            "area", "Azerbaijan", "--date", "1994-05-12", "--controller", "NKR", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        let held = try #require(json["area_km2"] as? Double)
        let percent = try #require(json["percent_of_unit"] as? Double)
        #expect(held > 0 && percent > 5 && percent < 25)
        let table = try territory("area", "Azerbaijan", "--date", "1994-05-12", "--controller", "NKR")
        #expect(table.stdout.contains("% of aze's"))
    }

    @Test func distanceKeepsFullPrecisionAndNamesItsMethod() throws {
        let run = try territory("distance", "Stepanakert", "Shusha", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        let km = try #require(json["distance_km"] as? Double)
        #expect(km > 4 && km < 8)
        #expect((json["method"] as? String)?.contains("geodesic") == true)
        let library = try Atlas.embedded().distance(from: .name("Stepanakert"), to: .name("Shusha"))
        #expect(km == library.kilometers)
        #expect(run.stdout.contains("\"distance_km\" : \(library.kilometers)"))

        let positions = try territory("distance", "39.815,46.752", "39.760,46.749", "--format", "json")
        let oracle = 6.112_084_786_047  // GeodSolve -i 39.815 46.752 39.760 46.749
        #expect(abs(try #require(positions.json()["distance_km"] as? Double) - oracle) < 1e-9)
    }

    @Test func timelineOfAUnitListsItsTransfers() throws {
        let run = try territory("timeline", "--unit", "Shusha", "--from", "2020", "--to", "2020", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let events = try run.jsonArray()
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { ($0["date"] as? String)?.hasPrefix("2020-") == true })
        #expect(events.contains { $0["date"] as? String == "2020-11-08" && $0["to"] as? String == "AZE" })
        let table = try territory("timeline", "--from", "1992-05", "--to", "1992-05")
        #expect(table.status == 0 && table.stdout.contains("1992-05-08"))
    }

    @Test func timelineOfAPlaceListsTheEventsThatNameIt() throws {
        let run = try territory("timeline", "--place", "Horadiz", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let events = try run.jsonArray()
        #expect(events.map { $0["id"] as? String } == ["horadiz-1993", "horadiz-1994"])
        let concerns = try #require(events.first?["concerns"] as? [String: Any])
        #expect(concerns["places"] as? [String] == ["horadiz", "jojug-marjanli"])
        #expect(concerns["units"] as? [String] == ["fuzuli", "jabrayil"])
        let table = try territory("timeline", "--place", "Aghband", "--unit", "Zangilan", "--from", "2020")
        #expect(table.status == 0 && table.stdout.contains("2020-10-22") && !table.stdout.contains("1993-10-30"))
        let unknown = try territory("timeline", "--place", "Atlantis")
        #expect(unknown.status == 64 && unknown.stderr.contains("Atlantis"))
    }

    @Test func diffGroupsTheGroundThatChangedHands() throws {
        let run = try territory("diff", "--from", "1991-12-01", "--to", "1994-05-12", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.contains { $0["to"] as? String == "NKR" && ($0["area_km2"] as? Double ?? 0) > 1_000 })
    }

    @Test func seriesCSVHasADateColumnAndOneColumnPerHolder() throws {
        let run = try territory(
            "series", "--from", "1990-01-01", "--to", "2000-01-01", "--step", "year", "--format", "csv")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 12)
        let header = lines[0].split(separator: ",").map(String.init)
        #expect(header.first == "date" && header.contains("NKR") && header.contains("AZE"))
        #expect(lines[1].hasPrefix("1990-01-01,") && lines[11].hasPrefix("2000-01-01,"))
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(cells.count == header.count && cells.dropFirst().allSatisfy { Double($0) != nil })
        }
    }

    @Test func corridorReportFollowsTheContract() throws {
        let run = try territory("corridor", "Lachin corridor", "--date", "2021-06-01", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        #expect(json["status"] as? String == "operational")
        #expect(json["width_km"] as? Double == 5)
        #expect((json["length_km"] as? Double ?? 0) > 10)
        #expect((json["area_km2"] as? Double ?? 0) > 50)
        let segments = try #require(json["segments"] as? [[String: Any]])
        #expect(!segments.isEmpty && segments.allSatisfy { $0["length_km"] is Double && $0.keys.contains("territory") })
        // In 2021 the road ran past Azerbaijani-held Shusha: the nearest ground of a holder it does not cross.
        #expect(json["border_distances"] is [[String: Any]])
        let held = try #require(json["de_facto_border_distances"] as? [[String: Any]])
        let azerbaijani = try #require(held.first { $0["territory"] as? String == "AZE" })
        #expect((azerbaijani["distance_km"] as? Double).map { $0 > 0 && $0 < 5 } == true, "\(azerbaijani)")
    }

    @Test func placesAndUnitsListTheGazetteer() throws {
        let places = try territory("places", "--format", "json")
        #expect(places.status == 0, "stderr: \(places.stderr)")
        let stepanakert = try #require(try places.jsonArray().first { $0["id"] as? String == "stepanakert" })
        #expect(stepanakert["lat"] is Double && stepanakert["lon"] is Double)
        let units = try territory("units", "--format", "json")
        #expect(units.status == 0, "stderr: \(units.stderr)")
        #expect(try units.jsonArray().contains { $0["id"] as? String == "lachin" })
        let table = try territory("places")
        #expect(table.stdout.contains("Khankendi"))
    }
}
