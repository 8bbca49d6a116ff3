import Foundation
import Territory
import Testing

/// Issue 13, points 5 and 6: answers name the district, positions outside the dataset are errors,
/// and entity groups (sides) answer area and snapshot questions.
@Suite("Districts, coverage and sides")
struct SidesAndDistrictTests {
    let atlas = try! Atlas.embedded()

    @Test("a control answer names the first-level unit separately from the other units")
    func district() throws {
        let answer = try atlas.control(atPlace: "Shusha", on: try Day(iso: "2021-06-01"))
        #expect(answer.district == "shusha")
        let unit = try #require(atlas.dataset.unit(id: "shusha"))
        #expect(unit.kind.isFirstLevel && unit.iso3166_2 == "AZ-SUS")
        #expect(answer.units.contains("shusha") && answer.units.contains("aze"))
    }

    @Test(
        "Paris and a swapped position are outside the coverage, named in the error",
        arguments: [
            Coordinate(x: 2.35, y: 48.85), Coordinate(x: 39.81, y: 46.75), Coordinate(x: 0, y: 0),
        ])
    func outsideCoverage(_ position: Coordinate) throws {
        #expect {
            _ = try atlas.control(at: position, on: try Day(iso: "2010-01-01"))
        } throws: { error in
            guard case QueryError.outsideCoverage(let where_, let coverage) = error else { return false }
            return where_ == position && coverage.contains("Azerbaijan") && coverage.contains("Armenia")
                && coverage.contains("43.00") && "\(error)".contains("latitude first")
        }
        #expect(throws: QueryError.self) {
            _ = try atlas.control([ControlQuery(coordinate: position, date: try Day(iso: "2010-01-01"))])
        }
    }

    @Test("Armenian forces' ground in Azerbaijan is NKR's plus ARM's, in 1994 and 2021")
    func armenianForces() throws {
        for date in ["1994-05-12", "2021-06-01"] {
            let day = try Day(iso: date)
            let side = try atlas.area(of: "Azerbaijan", heldBy: "armenian-forces", on: day)
            let nkr = try atlas.area(of: "Azerbaijan", heldBy: "NKR", on: day).areaKm2
            let arm = try atlas.area(of: "Azerbaijan", heldBy: "ARM", on: day).areaKm2
            // The atoms are disjoint, so the sum is exact up to floating-point addition order.
            #expect(abs(side.areaKm2 - (nkr + arm)) < 1e-6, "\(date)")
            #expect(side.areaKm2 > nkr && arm > 50)
            #expect(side.holder == "armenian-forces" && side.members == ["ARM", "NKR"])
        }
        let nkr1994 = try atlas.area(of: "Azerbaijan", heldBy: "NKR", on: try Day(iso: "1994-05-12")).areaKm2
        #expect(abs(nkr1994 - 11_975) < 1, "NKR's 1994 ground in Azerbaijan, as the README states it")
    }

    @Test("a group counts each member only in its period")
    func memberPeriods() throws {
        let group = try atlas.dataset.group(named: "Armenian side")
        #expect(group.members(on: try Day(iso: "1989-06-01")) == ["ARMSSR"])
        #expect(group.members(on: try Day(iso: "2024-06-01")) == ["ARM"])
        let before = try atlas.area(of: nil, heldBy: "armenian-forces", on: try Day(iso: "1980-01-01"))
        #expect(before.members.isEmpty && before.areaKm2 == 0)
    }

    @Test("a group's ground is the union of its members', with each share")
    func ground() throws {
        let day = try Day(iso: "1994-05-12")
        let side = try atlas.ground(heldBy: "armenian-forces", on: day)
        let area = try atlas.area(of: nil, heldBy: "armenian-forces", on: day).areaKm2
        #expect(abs(side.areaKm2 - area) < 1e-6)
        #expect(abs(side.members.map(\.areaKm2).reduce(0, +) - area) < 1e-6)
        #expect(side.members.map(\.holder) == ["ARM", "NKR"] && side.partCount >= 1)
        let snapshot = try atlas.snapshot(on: day)
        let nkr = try #require(snapshot.holders.first { $0.holder == "NKR" })
        #expect(abs(try #require(side.members.last).areaKm2 - nkr.areaKm2) < 1e-6)
    }

    @Test("an unknown controller suggests ids, names and groups")
    func unknownController() {
        do {
            _ = try atlas.area(of: "Azerbaijan", heldBy: "armenian-forcs", on: try Day(iso: "2000-01-01"))
            Issue.record("a misspelt group resolved")
        } catch {
            #expect("\(error)".contains("'Armenian forces' (armenian-forces)"), "\(error)")
        }
    }
}

/// Bad groups and gazetteers in entities.json and gazetteer.json: validation names the file, the
/// id and the problem, and nothing is loaded.
@Suite("Bad groups and gazetteers")
struct BadGroupTests {
    /// The fixture's entities.json with a `groups` array.
    private func withGroups(_ groups: String) -> (String) -> String {
        { text in
            let end = text.range(of: "]", options: .backwards)!
            return text.replacingCharacters(in: end, with: "], \"groups\": [\(groups)]")
        }
    }

    private func group(_ members: String, id: String = "side") -> String {
        """
        {"id": "\(id)", "name": "Side", "names": {}, "aliases": [], "members": [\(members)], "source": "test", "note": ""}
        """
    }

    @Test("a valid group loads and resolves")
    func valid() throws {
        let url = try Fixture.copy(
            editing: "entities.json",
            withGroups(group(#"{"entity": "A", "from": "1990-01-01", "to": null, "note": ""}"#)))
        defer { try? FileManager.default.removeItem(at: url) }
        let dataset = try Dataset(directory: url)
        #expect(try dataset.group(named: "side").members(on: Fixture.day("2000-01-01")) == ["A"])
    }

    @Test("an unknown member is named with the closest ids")
    func unknownMember() throws {
        let problem = try Fixture.firstProblem(
            editing: "entities.json",
            withGroups(group(#"{"entity": "AA", "from": "1990-01-01", "to": null, "note": ""}"#)))
        #expect(problem?.file == "entities.json" && problem?.id == "side")
        #expect(problem?.problem.contains("unknown entity 'AA'") == true, "\(String(describing: problem))")
        #expect(problem?.problem.contains("did you mean A") == true)
    }

    @Test("a member counted twice on the same days is refused")
    func overlap() throws {
        let members = #"""
            {"entity": "A", "from": "1990-01-01", "to": "2000-01-01", "note": ""},
            {"entity": "A", "from": "1999-01-01", "to": null, "note": ""}
            """#
        let url = try Fixture.copy(editing: "entities.json", withGroups(group(members)))
        defer { try? FileManager.default.removeItem(at: url) }
        let problem = Dataset.validate(directory: url).problems.first
        #expect(problem?.file == "entities.json" && problem?.id == "side")
        #expect(problem?.problem.contains("counted twice") == true, "\(String(describing: problem))")
        #expect(throws: DatasetError.self) { try Dataset(directory: url) }
    }

    @Test("a member counted outside its lifetime, or a group named like an entity, is refused")
    func lifetimeAndID() throws {
        let early = try Fixture.firstProblem(
            editing: "entities.json",
            withGroups(group(#"{"entity": "A", "from": "1980-01-01", "to": null, "note": ""}"#)))
        #expect(early?.problem.contains("outside its lifetime") == true, "\(String(describing: early))")
        let clash = try Fixture.firstProblem(
            editing: "entities.json",
            withGroups(group(#"{"entity": "A", "from": "1990-01-01", "to": null, "note": ""}"#, id: "B")))
        #expect(clash?.id == "B" && clash?.problem.contains("id of an entity") == true)
    }

    @Test("a gazetteer place with a curated place's id, or merged into an unknown one, is refused")
    func badGazetteer() throws {
        let url = try Fixture.copy()
        defer { try? FileManager.default.removeItem(at: url) }
        let curated = try #require(Fixture.dataset.places.first).id
        let text = """
            {"source": "test", "licence": "CC BY 4.0", "attribution": "test", "accuracy_km": 2,
             "extract": {"file": "x", "sha256": "0", "rows": {}},
             "places": [{"id": "\(curated)", "name": "Again", "country": "AZ", "region": null, "lat": 1, "lon": 1}],
             "merged": [{"name": "Elsewhere", "country": "AZ", "lat": 1, "lon": 1, "place": "nowhere", "km": 0}]}
            """
        try text.write(to: url.appendingPathComponent("gazetteer.json"), atomically: true, encoding: .utf8)
        let problems = Dataset.validate(directory: url).problems
        #expect(
            problems.contains {
                $0.file == "gazetteer.json" && $0.id == curated && $0.problem.contains("more than once")
            })
        #expect(
            problems.contains { $0.file == "gazetteer.json" && $0.problem.contains("unknown curated place 'nowhere'") })
        #expect(throws: DatasetError.self) { try Dataset(directory: url) }
    }
}
