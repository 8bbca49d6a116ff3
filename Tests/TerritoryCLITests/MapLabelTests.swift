import Foundation
import Testing

/// Issue 17, point 11: on `territory map`, each holder's label lies on its own ground or is joined
/// to it by a leader line; Russia is drawn as land; the neighbours' legend areas say "part shown".
@Suite struct MapLabelTests {
    @Test(arguments: ["2022-09-01", "1994-05-12", "2021-01-01"])
    func holderLabelsLieOnTheirOwnGroundOrHaveALeader(date: String) throws {
        let svg = try map(date)
        let labels = elements("text", in: svg).filter { $0["class"] == "holder-label" }
        let leaders = Set(elements("line", in: svg).filter { $0["class"] == "leader" }.compactMap { $0["data-label"] })
        #expect(!labels.isEmpty)
        for label in labels {
            let holder = try #require(label["data-holder"])
            if leaders.contains(label["text"] ?? "") { continue }
            // The label's anchor point (its baseline, raised by half the font's ascent) must lie
            // inside the holder's ground, tested here by an even-odd ray cast on the path data.
            let x = try #require(Double(label["x"] ?? ""))
            let y = try #require(Double(label["y"] ?? "")) - 15 * 0.72 / 2
            let ground = try #require(
                elements("path", in: svg).first { $0["class"] == "ground" && $0["data-holder"] == holder })
            #expect(contains(rings(ground["d"] ?? ""), x: x, y: y), "\(date): label of \(holder) at \(x),\(y)")
        }
        if date == "2022-09-01" {
            // The RUS-PK ground that day is the thin corridor strip: no label fits on it.
            #expect(leaders.contains("RUS-PK"), "leaders: \(leaders)")
        }
    }

    @Test func russiaIsLandAndNeighboursArePartShown() throws {
        let svg = try map("2022-09-01")
        let backdrop = elements("path", in: svg).filter { $0["class"] == "backdrop" }
        #expect(backdrop.count == 1)
        // North of Azerbaijan: its ground lies above (smaller y than) Baku's dot.
        let baku = try #require(elements("circle", in: svg).first { $0["data-place"] == "baku" })
        let bakuY = try #require(Double(baku["cy"] ?? ""))
        let russia = rings(backdrop[0]["d"] ?? "").flatMap { $0 }
        #expect(!russia.isEmpty && russia.allSatisfy { $0.y < bakuY })
        #expect(svg.contains(">Russia (part shown)</text>"))
        for neighbour in ["Iran", "Turkey", "Georgia"] {
            #expect(svg.contains(">\(neighbour) (part shown)</text>"), "\(neighbour)")
        }
        #expect(!svg.contains("Azerbaijan (part shown)") && !svg.contains("Armenia (part shown)"))
        // Before 1991 the USSR held Georgia's ground: its area is a part too.
        let soviet = try map("1980-01-01").components(separatedBy: "class=\"legend-holder\" data-holder=\"USSR\"")
        // Its long name breaks over two legend lines, the second starting at the parenthesis.
        #expect(soviet.count == 2 && soviet[1].components(separatedBy: "</g>")[0].contains(">(part shown)</text>"))
    }

    private func map(_ date: String) throws -> String {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("map.svg").path
        let run = try territory("map", "--date", date, "--out", path, "--quiet")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The attributes of every `<NAME …>` element, with its text content under "text".
    private func elements(_ name: String, in svg: String) -> [[String: String]] {
        var result: [[String: String]] = []
        for chunk in svg.components(separatedBy: "<\(name) ").dropFirst() {
            guard let end = chunk.firstIndex(of: ">") else { continue }
            var attributes: [String: String] = [:]
            let head = chunk[..<end]
            var rest = head[...]
            while let equals = rest.range(of: "=\"") {
                let key = rest[..<equals.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                let valueStart = equals.upperBound
                guard let close = rest[valueStart...].firstIndex(of: "\"") else { break }
                attributes[key] = String(rest[valueStart..<close])
                rest = rest[rest.index(after: close)...]
            }
            let body = chunk[chunk.index(after: end)...]
            attributes["text"] = String(body.prefix { $0 != "<" })
            result.append(attributes)
        }
        return result
    }

    /// The rings of SVG path data made of `M x y x y … Z` (what the maps write).
    private func rings(_ data: String) -> [[(x: Double, y: Double)]] {
        data.components(separatedBy: "M").dropFirst().map { part in
            let numbers = part.replacingOccurrences(of: "Z", with: " ").split(separator: " ").compactMap { Double($0) }
            return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
        }
    }

    /// Even-odd point in polygon over all rings (holes included), as SVG's fill-rule="evenodd".
    private func contains(_ rings: [[(x: Double, y: Double)]], x: Double, y: Double) -> Bool {
        var inside = false
        for ring in rings where ring.count > 2 {
            var previous = ring[ring.count - 1]
            for point in ring {
                if (point.y > y) != (previous.y > y)
                    && x < (previous.x - point.x) * (y - point.y) / (previous.y - point.y) + point.x
                {
                    inside.toggle()
                }
                previous = point
            }
        }
        return inside
    }
}
