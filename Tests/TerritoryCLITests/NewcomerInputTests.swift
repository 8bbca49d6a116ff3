import Foundation
import Territory
import Testing

/// Issue 17: what a newcomer types that used to end in a dead end now gets the answer, or an
/// error that says what to do instead (points 1, 3-7 and 10).
@Suite struct NewcomerInputTests {
    // MARK: Point 1: negative positions

    @Test func negativePositionsAreValuesWhereverTheyStand() throws {
        let run = try territory("distance", "0.5,179.5", "-0.5,-179.5", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        let from = try #require(json["from"] as? [String: Any])
        let to = try #require(json["to"] as? [String: Any])
        // What was typed comes back as typed.
        #expect(from["query"] as? String == "0.5,179.5" && to["query"] as? String == "-0.5,-179.5")
        #expect(to["lat"] as? Double == -0.5 && to["lon"] as? Double == -179.5)
        let km = try #require(json["distance_km"] as? Double)
        // Across the antimeridian: a sphere of radius 6371 km gives 157.25 km for these points;
        // the ellipsoid differs by well under 1 % this near the equator.
        let haversine = 2 * 6371.0 * asin(sqrt(2 * pow(sin(0.5 * .pi / 180), 2)))
        #expect(abs(km - haversine) / haversine < 0.01, "\(km) km against \(haversine) km on the sphere")
        // The documented escape still works and gives the same answer.
        let escaped = try territory("distance", "--format", "json", "--", "0.5,179.5", "-0.5,-179.5")
        #expect(try escaped.json()["distance_km"] as? Double == km)
    }

    @Test func negativeAtIsAValueAndMatchesTheEqualsForm() throws {
        // The dataset covers no negative position, so the answer is the coverage error: what matters
        // is that "-1.5,2" reached --at as a value (not "Missing value for '--at'").
        let spaced = try territory("control", "--date", "2020", "--at", "-1.5,2", "--format", "json")
        expectFailure(spaced, status: 64, mentioning: "(-1.5, 2.0) lies outside the dataset's coverage")
        let joined = try territory("control", "--date", "2020", "--at=-1.5,2", "--format", "json")
        #expect(joined.stderr == spaced.stderr)
    }

    @Test func realOptionsAndUnknownOnesAreUntouched() throws {
        // Options before, after and between the positions still parse.
        let run = try territory("distance", "--format", "json", "-0.5,-179.5", "--boundary", "Shusha")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect((try run.json()["from"] as? [String: Any])?["query"] as? String == "-0.5,-179.5")
        #expect(!run.stdout.contains("\u{2212}"), "the minus sign used internally leaked: \(run.stdout)")
        expectFailure(try territory("distance", "-x", "Shusha", "Stepanakert"), status: 64, mentioning: "'-x'")
        // A negative position where none is expected is quoted as typed.
        expectFailure(
            try territory("control", "--date", "2020", "--at", "1,2", "-1.5,2"), status: 64, mentioning: "-1.5,2")
    }

    // MARK: Point 3: a unit asked about outside its lifetime

    @Test func aPastUnitGivesItsLifetimeAndTheUnitsCoveringItsGround() throws {
        let run = try territory("area", "Nagorno-Karabakh", "--date", "2021")
        expectFailure(
            run, status: 64, mentioning: "'nkao'", "existed [1923-07-07, 1991-11-26), not on 2021-01-01",
            "karabakh-region (all of it)", "zone-2020 (3,003.6 km²)", "ask about one of those")
        // The ground of zone-2020 inside the former oblast is NKR's ground that day (oracle: area).
        let held = try territory("area", "karabakh-region", "--date", "2021", "--controller", "NKR", "--format", "json")
        #expect(try held.json()["area_km2"] as? Double ?? 0 > 3003.6)
        // And asked again of one of those units, it answers.
        #expect(try territory("area", "karabakh-region", "--date", "2021").status == 0)
    }

    // MARK: Point 4: suggestions

    @Test func suggestionsAreQuotedWithTheirIds() throws {
        let run = try territory("area", "Karabakh")
        expectFailure(
            run, status: 64, mentioning: "did you mean 'Karabakh conflict area' (karabakh-region), ",
            "'NKAO, seven districts and Shahumyan outside the 1994 line' (karabakh-outside-1994)")
        // Each suggested id works as the name.
        for id in ["karabakh-region", "karabakh-outside-1994"] {
            #expect(try territory("area", id).status == 0)
        }
    }

    // MARK: Point 5: names of another kind

    @Test func areaOfACorridorIsItsStrip() throws {
        let area = try territory("area", "Lachin corridor", "--date", "2021-06-01", "--format", "json")
        #expect(area.status == 0, "stderr: \(area.stderr)")
        let corridor = try territory("corridor", "Lachin", "--date", "2021-06-01", "--format", "json")
        let strip = try #require(try corridor.json()["area_km2"] as? Double)
        #expect(try area.json()["area_km2"] as? Double == strip)
        #expect(try area.json()["corridor"] as? String == "lachin")
        let table = try territory("area", "Lachin corridor", "--date", "2021-06-01")
        #expect(table.stdout == "lachin corridor strip on 2021-06-01: 216.0 km² (geodesic, WGS 84)\n")
    }

    @Test func controlOfAUnitGivesItsHoldersAndShares() throws {
        let run = try territory("control", "--date", "2021-06-01", "--place", "karabakh-region", "--format", "json")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try run.json()
        // The same shares `area --date` gives for the unit.
        let area = try territory("area", "karabakh-region", "--date", "2021-06-01", "--format", "json")
        let holders = try #require(try area.json()["holders"] as? [[String: Any]])
        let shares = try #require(json["de_facto_shares"] as? [[String: Any]])
        #expect(shares.map { $0["holder"] as? String } == holders.map { $0["holder"] as? String })
        #expect(shares.map { $0["area_km2"] as? Double } == holders.map { $0["area_km2"] as? Double })
        let total = shares.compactMap { $0["area_km2"] as? Double }.reduce(0, +)
        #expect(abs(total - (json["area_km2"] as? Double ?? 0)) < 0.01)

        let oblast = try territory("control", "--date", "1991-06", "--place", "Nagorno-Karabakh")
        #expect(
            oblast.stdout.hasPrefix("nkao (Nagorno-Karabakh Autonomous Oblast, a unit of 4,406.1 km²) on 1991-06-01\n"))
        #expect(oblast.stdout.contains("de jure:   AZSSR\n"))
    }

    @Test func namesTheCommandThatTakesAnEntityOrACorridor() throws {
        expectFailure(
            try territory("control", "--date", "2000", "--place", "Artsakh"), status: 64,
            mentioning: "'Artsakh' is an entity (NKR", "'territory area NKR --date 2000-01-01'")
        expectFailure(
            try territory("control", "--date", "2021", "--place", "Lachin corridor"), status: 64,
            mentioning: "is a corridor (lachin", "'territory corridor lachin --date 2021-01-01'")
        expectFailure(
            try territory("corridor", "Lachin District", "--date", "2021"), status: 64,
            mentioning: "is a unit (lachin", "'territory area lachin --date 2021-01-01'")
        expectFailure(
            try territory("area", "Artsakh"), status: 64, mentioning: "depends on the day", "territory area NKR --date")
    }

    // MARK: Points 6 and 7: paths

    @Test func aDirectoryWithoutADatasetIsNamedInFull() throws {
        let empty = try TemporaryDirectory()
        let run = try territory("snapshot", "--date", "2000", "--data", empty.url.path)
        expectFailure(run, status: 66, mentioning: "\(empty.url.path)/dataset.json", "--data DIR")
    }

    @Test func outOnADirectorySaysSo() throws {
        let directory = try TemporaryDirectory()
        let target = directory.url.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        for force in [false, true] {
            let run = try territory(["export", "--date", "2021", "--out", target.path] + (force ? ["--force"] : []))
            expectFailure(
                run, status: 73, mentioning: "'\(target.path)' is a directory", "\(target.path)/territory.geojson")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty)
        #expect(try directory.contents() == ["exports"])
    }

    // MARK: Point 10: one date parser

    @Test func theLibraryAndTheCommandLineReadDatesAlike() throws {
        let atlas = try Atlas.embedded()
        for text in ["2021", "2020-11", "2020-11-10"] {
            let day = try Day(iso: text)
            #expect(day == (try Day.parse(text)).day)
            let run = try territory("control", "--date", text, "--place", "Shusha", "--format", "json")
            let json = try run.json()
            #expect(json["date"] as? String == day.description)
            let answer = try atlas.control(atPlace: "Shusha", on: day)
            #expect((json["de_facto"] as? [String: Any])?["id"] as? String == answer.deFacto)
        }
        #expect(throws: DayError.self) { try Day(iso: "2021-1") }
        expectFailure(
            try territory("control", "--date", "2021-1", "--place", "Shusha"), status: 64,
            mentioning: "'2021-1' is not a date")
    }

    // MARK: The walk afterwards

    @Test func aNameOfNoKindNearbyGetsSuggestionsFromEveryKind() throws {
        // No place is spelled like "Karabakh", but units are: suggest those, and they work.
        expectFailure(
            try territory("control", "--date", "2021", "--place", "Karabakh"), status: 64,
            mentioning: "unknown place 'Karabakh'; did you mean 'Karabakh conflict area' (karabakh-region)")
        #expect(try territory("control", "--date", "2021", "--place", "karabakh-region").status == 0)
        expectFailure(try territory("control", "--date", "2021", "--place", "Atlantis"), status: 64)
        #expect(
            try territory("control", "--date", "2021", "--place", "Atlantis").errorLine
                == "territory: error: unknown place 'Atlantis'")
    }

    @Test func aPositionOffTheMapIsAnErrorThatCatchesSwappedCoordinates() throws {
        let swapped = try territory("control", "--date", "2021", "--at", "46.752,39.815")
        expectFailure(swapped, status: 64)
        #expect(swapped.errorLine.hasSuffix("positions are latitude first: did you mean 39.815,46.752?"))
        // The suggestion is right: latitude first, Stepanakert's ground.
        let right = try territory("control", "--date", "2021", "--at", "39.815,46.752", "--format", "json")
        #expect(try right.json()["units"] as? [String] != [])
        // Far off, nothing to suggest: the error names the coverage and no swap.
        let sea = try territory("control", "--date", "2021", "--at", "0,0")
        expectFailure(sea, status: 64)
        #expect(sea.errorLine.contains("outside the dataset's coverage"))
        #expect(!sea.errorLine.contains("did you mean"))
    }
}
