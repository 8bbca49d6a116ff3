import Foundation
import Territory
import TestSupport
import Testing

/// The quality gates of issue 13 on the embedded dataset: every first-level unit of Azerbaijan
/// and Armenia is there, every place lies in its unit, every gated area is within its tolerance
/// or exempted with a reason; the whole table is printed, with the agreement with Natural Earth
/// admin-1 where ../shared/reference-geodata is present.
@Suite("Quality gates of the embedded dataset")
struct QualityGateTests {
    @Test("78 ISO units of Azerbaijan and 11 of Armenia, in force today")
    func everyFirstLevelUnitIsThere() throws {
        let dataset = try Dataset.embedded()
        let today = try Day(iso: "2024-06-01")
        let current = dataset.units.filter { $0.lifetime.contains(today) && $0.iso3166_2 != nil }
        let azerbaijan = current.filter { $0.iso3166_2!.hasPrefix("AZ-") }
        let armenia = current.filter { $0.iso3166_2!.hasPrefix("AM-") }
        #expect(azerbaijan.count == 78, "\(azerbaijan.map(\.id))")
        #expect(azerbaijan.filter { $0.kind == .district }.count == 66)
        #expect(azerbaijan.filter { $0.kind == .city || $0.kind == .capital }.count == 11)
        #expect(azerbaijan.filter { $0.parent == "nakhchivan" && $0.kind == .district }.count == 7)
        #expect(armenia.count == 11 && armenia.allSatisfy { [.province, .capital].contains($0.kind) })
        #expect(Set(current.map(\.iso3166_2)).count == current.count, "an ISO code is used twice")
        // Former names find today's units.
        for (name, id) in [
            ("Dəvəçi", "shabran"), ("Xanlar", "goygol"), ("Stepanakert", "khankendi"), ("Erevan", "yerevan"),
            ("Əli Bayramlı", "shirvan"), ("Mingəçevir", "mingachevir"), ("Qazax", "gazakh"),
        ] {
            #expect(try dataset.unit(named: name).id == id, "\(name)")
        }
    }

    @Test("every place lies in its unit and that unit's parents")
    func placesLieInTheirUnits() throws {
        let gates = try Dataset.embedded().qualityGates()
        let rows = gates.places.map { [$0.place, $0.unit, $0.outside.joined(separator: ", "), $0.verdict.rawValue] }
        print("Places against their units\n" + table(["place", "unit", "outside", "gate"], rows))
        #expect(gates.places.filter { $0.verdict == .fail }.map(\.place) == [])
        // The exclaves and villages whose points lay outside their units before issue 13.
        let checked = Set(gates.places.map(\.place))
        for place in ["barkhudarly", "sofulu", "yukhari-askipara", "karki", "artsvashen", "baghanis-ayrum"] {
            #expect(checked.contains(place), "\(place) names no unit")
        }
    }

    @Test("areas within tolerance or exempted; the table with Natural Earth agreement")
    func areasWithinTolerance() throws {
        let dataset = try Dataset.embedded()
        let gates = try dataset.qualityGates()
        let reference = try Self.naturalEarthAdminOne()
        var rows: [[String]] = []
        for row in gates.areas where row.officialKm2 != nil || reference[row.unit] != nil {
            let unit = try #require(dataset.unit(id: row.unit))
            var agreement = "-"
            if let outline = reference[unit.id] {
                agreement = fixed(try intersectionOverUnion(try Geometry(dataset.shape(of: unit)), outline), 2)
            }
            rows.append([
                row.unit, Self.shortSource(row.source), row.officialKm2.map { fixed($0) } ?? "-",
                fixed(row.measuredKm2),
                row.error.map { fixed($0 * 100) + " %" } ?? "-", row.tolerance.map { fixed($0 * 100, 0) + " %" } ?? "-",
                agreement, row.verdict.rawValue, row.accuracyKm.map { fixed($0, 0) } ?? "-",
            ])
            if row.verdict == .exempt {
                #expect(unit.areaExemption?.isEmpty == false)
            }
        }
        let iouNote =
            reference.isEmpty ? "not measured: ../shared/reference-geodata is absent" : "against Natural Earth admin-1"
        print(
            "Unit areas against official figures (IoU \(iouNote))\n"
                + table(
                    ["unit", "source", "official km²", "measured km²", "error", "tolerance", "IoU NE", "gate", "±km"],
                    rows))
        #expect(gates.areas.filter { $0.verdict == .fail }.map(\.unit) == [])
        #expect(gates.problems.isEmpty)
        // The gate is not emptied by exemptions: the countries and all eleven Armenian units pass
        // outright, and a new exemption (25 today, each explained in units.json and SOURCES.md)
        // has to be argued here too.
        let passed = Set(gates.areas.filter { $0.verdict == .pass }.map(\.unit))
        #expect(passed.isSuperset(of: ["aze", "arm", "yerevan", "syunik", "tavush", "shirak", "gegharkunik"]))
        #expect(gates.areas.first { $0.unit == "nakhchivan" }?.verdict == .exempt)
        let exempted = gates.areas.filter { $0.verdict == .exempt }.map(\.unit)
        #expect(exempted.count <= 25, "\(exempted)")
    }

    @Test("a district for every dated point of Azerbaijan and Armenia where one is in force")
    func districtCoverage() throws {
        let atlas = try Atlas.embedded()
        let range = atlas.dataset.info.range
        let first = try #require(range.from)
        let last = try Day(iso: "2026-12-01")
        var random = SplitMix64(seed: 13)
        func fraction() -> Double { Double(random.next(below: 1_000_000)) / 1_000_000 }
        var queries: [ControlQuery] = []
        for _ in 0..<1000 {
            let coordinate = Coordinate(x: 45.0 + fraction() * 2.5, y: 38.8 + fraction() * 2.2)
            queries.append(
                ControlQuery(coordinate: coordinate, date: first.adding(days: random.next(below: last - first))))
        }
        let answers = try atlas.control(queries)
        let azerbaijanFrom = try Day(iso: "1930-08-08")
        let armeniaFrom = try Day(iso: "1995-11-07")
        var withDistrict = 0
        var due = 0
        for answer in answers {
            if answer.district != nil { withDistrict += 1 }
            // One generation at a time: never two first-level units in force at one point.
            let firstLevel = answer.units.filter { atlas.dataset.unit(id: $0)?.kind.isFirstLevel == true }
            #expect(firstLevel.count <= 1, "\(firstLevel) at \(answer.coordinate) on \(answer.date)")
            let inForce =
                answer.units.contains("aze") && answer.date >= azerbaijanFrom
                || answer.units.contains("arm") && answer.date >= armeniaFrom
            if inForce {
                due += 1
                #expect(answer.district != nil, "no district at \(answer.coordinate) on \(answer.date)")
            }
        }
        print(
            "1,000 random dated points in 38.8-41.0 N, 45.0-47.5 E (\(first) to \(last)): \(withDistrict) get a "
                + "district, \(1000 - withDistrict) none; \(due) lie in Azerbaijan from 1930-08-08 or in Armenia "
                + "from 1995-11-07, where a district is in force")
        #expect(due > 500)
    }

    /// Natural Earth admin-1 outlines by the unit id whose ISO code they carry (the file codes
    /// Nakhchivan city AZ-NX and Shusha town AZ-X01~), or nothing when the reference folder is absent.
    static func naturalEarthAdminOne() throws -> [String: Geometry] {
        guard Repository.hasReferenceGeodata else { return [:] }
        let dataset = try Dataset.embedded()
        let today = try Day(iso: "2024-06-01")
        let byCode = Dictionary(
            dataset.units.filter { $0.lifetime.contains(today) }.compactMap { unit in
                unit.iso3166_2.map { ($0, unit.id) }
            }, uniquingKeysWith: { first, _ in first })
        let renamed = ["AZ-NX": "AZ-NV", "AZ-X01~": "AZ-SUS"]
        var parts: [String: [Geometry]] = [:]
        for feature in try Repository.referenceFeatures(AccuracyTests.naturalEarthAdminOne) {
            guard case .string(let code)? = feature.properties["iso_3166_2"], let geometry = feature.geometry,
                let unit = byCode[renamed[code] ?? code]
            else { continue }
            parts[unit, default: []].append(geometry)
        }
        return try parts.mapValues { try Geometry.unaryUnion($0) }
    }

    /// The first clause of a feature's source, for a table column.
    static func shortSource(_ source: String?) -> String {
        guard let source else { return "-" }
        if source.hasPrefix("Natural Earth 10m admin-1") {
            return source.contains("drawn by the project") ? "NE admin-1+drawn" : "NE admin-1"
        }
        if source.hasPrefix("Natural Earth 5.1.1") { return "NE admin-0" }
        if source.hasPrefix("drawn") { return "drawn" }
        return String(source.prefix(20))
    }
}
