import Foundation
import Testing

@testable import Territory
@testable import TerritoryRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every element of an XML document with its attributes, and whether the document parsed.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        elements.append((elementName, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    /// The elements of `svg`, or nil when it is not well-formed XML.
    static func parse(_ svg: String) -> ElementCollector? {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }
}

/// `Atlas.svgMap`: valid XML, one ground shape and one legend entry per holder, hatching, title.
@Suite struct MapTests {
    @Test(arguments: [("1994-05-12", Layer.deFacto), ("2021-01-01", .deFacto), ("2021-01-01", .deJure)])
    func oneShapeAndOneLegendEntryPerHolder(date: String, layer: Layer) throws {
        let atlas = try Atlas.embedded()
        let day = try Day(iso: date)
        let svg = try atlas.svgMap(on: day, options: MapOptions(width: 1000, layer: layer))
        let document = try #require(ElementCollector.parse(svg), "the map is not well-formed XML")
        let snapshot = try atlas.snapshot(on: day, layer: layer)

        let shapes = document.elements.filter { $0.attributes["class"] == "ground" }
        #expect(shapes.allSatisfy { $0.name == "path" })
        #expect(shapes.compactMap { $0.attributes["data-holder"] }.sorted() == snapshot.holders.map(\.holder).sorted())

        let legend = document.elements.filter { $0.attributes["class"] == "legend-holder" }
        let legendAreas = Dictionary(
            uniqueKeysWithValues: legend.map {
                ($0.attributes["data-holder"] ?? "", $0.attributes["data-area-km2"] ?? "")
            })
        let expectedAreas = Dictionary(
            uniqueKeysWithValues: snapshot.holders.map { ($0.holder, String(format: "%.1f", $0.areaKm2)) })
        #expect(legend.count == snapshot.holders.count)
        #expect(legendAreas == expectedAreas)

        let root = try #require(document.elements.first)
        #expect(root.name == "svg" && root.attributes["width"] == "1000")
        #expect(document.text.contains(MapText.longDate(day)))
        #expect(document.elements.contains { $0.attributes["id"] == "scale-bar" })
    }

    @Test func groundHeldAgainstItsDeJureHolderIsHatched() throws {
        let atlas = try Atlas.embedded()
        let svg = try atlas.svgMap(on: try Day(iso: "1994-05-12"))
        let document = try #require(ElementCollector.parse(svg))
        let hatches = document.elements.filter { $0.attributes["class"] == "hatch" }
        // NKR's ground was Azerbaijan's de jure; the exclaves Armenia held too.
        #expect(hatches.contains { $0.attributes["data-other-holder"] == "AZE" })
        #expect(hatches.allSatisfy { $0.attributes["fill"]?.hasPrefix("url(#hatch-") == true })
        let patterns = Set(document.elements.filter { $0.name == "pattern" }.compactMap { $0.attributes["id"] })
        for hatch in hatches {
            let id = hatch.attributes["fill"]!.dropFirst("url(#".count).dropLast()
            #expect(patterns.contains(String(id)), "no pattern \(id)")
        }
    }

    @Test func corridorsCarryTheirStatus() throws {
        let atlas = try Atlas.embedded()
        let svg = try atlas.svgMap(on: try Day(iso: "2023-01-01"))
        let document = try #require(ElementCollector.parse(svg))
        let lachin = document.elements.first { $0.attributes["data-corridor"] == "lachin" && $0.name == "path" }
        #expect(lachin?.attributes["data-status"] == "blockaded")
        #expect(lachin?.attributes["stroke-dasharray"] != nil)
    }

    @Test func refusesAWidthOutsideTheRange() throws {
        let atlas = try Atlas.embedded()
        #expect(throws: QueryError.self) {
            try atlas.svgMap(on: try Day(iso: "2000-01-01"), options: MapOptions(width: 50))
        }
    }

    @Test func placedLabelsNeverOverlap() {
        // Twenty labels crowded around one point: those placed must not overlap one another.
        let requests = (0..<20).map { index in
            LabelPlacement.Request(
                text: "Place \(index)",
                point: Coordinate(x: 100 + Double(index % 5) * 6, y: 100 + Double(index / 5) * 6),
                fontSize: 11, centred: false)
        }
        let placement = LabelPlacement(area: Bounds(minX: 0, minY: 0, maxX: 300, maxY: 300), obstacles: [])
        let placed = placement.place(requests)
        #expect(!placed.isEmpty && placed.count < requests.count)
        let boxes = placed.map { label -> Bounds in
            let width = Double(requests[label.request].text.count) * 11 * 0.56
            let left = label.anchor == "start" ? label.x : label.anchor == "end" ? label.x - width : label.x - width / 2
            return Bounds(minX: left, minY: label.y - 11 * 0.72, maxX: left + width, maxY: label.y + 11 * 0.25)
        }
        for (index, box) in boxes.enumerated() {
            #expect(!boxes[(index + 1)...].contains { $0.overlaps(box) }, "label \(index) overlaps another")
        }
    }
}

/// `Atlas.viewerPage`: one self-contained page with every period's ground and areas.
@Suite struct ViewerPageTests {
    @Test func embedsEveryPeriodAndStaysSmall() throws {
        let atlas = try Atlas.embedded()
        let today = try Day(iso: "2025-06-01")
        var reported: [Int] = []
        let page = try atlas.viewerPage(today: today) { done, _ in reported.append(done) }
        #expect(page.utf8.count < 3_000_000)
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))

        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"data\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let periods = try #require(json["periods"] as? [[String: Any]])
        let expected = atlas.periods().filter { $0.from! <= today }
        #expect(periods.map { $0["from"] as? String } == expected.map { $0.from?.description })
        #expect(reported == Array(1...expected.count))

        // The areas of the period of 1994-05-12 are the snapshot's, rounded to 0.1 km².
        let period = try #require(periods.last { ($0["from"] as? String ?? "") <= "1994-05-12" })
        let areas = try #require((period["a"] as? [String: Any])?["de-facto"] as? [[String]])
        let snapshot = try atlas.snapshot(on: try Day(iso: "1994-05-12"))
        #expect(areas.map { $0[0] } == snapshot.holders.map(\.holder))
        #expect(areas.map { $0[1] } == snapshot.holders.map { String(format: "%.1f", $0.areaKm2) })
    }
}
