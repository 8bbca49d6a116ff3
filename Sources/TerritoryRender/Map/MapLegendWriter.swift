import Foundation
import Territory

/// The legend panel of a map: each holder with its colour and area, the hatched ground per
/// other-layer holder, the corridors by status and the place symbols.
struct MapLegendWriter {
    let dataset: Dataset
    let layer: Layer
    let left: Double
    let top: Double
    let width: Double
    /// Where the panel ends, once written.
    private(set) var bottom: Double = 0

    init(dataset: Dataset, layer: Layer, left: Double, top: Double, width: Double) {
        self.dataset = dataset
        self.layer = layer
        self.left = left
        self.top = top
        self.width = width
    }

    /// The id of the hatch pattern for ground held on the other layer by `other` (nil: nobody).
    static func hatchID(_ other: String?) -> String {
        "hatch-" + (other ?? "none").map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    /// Diagonal stripes in the other holder's colour over the ground's own fill.
    static func hatchPattern(other: String?) -> String {
        let colour = other.map(MapPalette.colour) ?? "#666666"
        return """
            <pattern id="\(hatchID(other))" patternUnits="userSpaceOnUse" width="9" height="9" \
            patternTransform="rotate(45)"><rect x="0" y="0" width="3.6" height="9" fill="\(colour)"/>\
            <rect x="3.6" y="0" width="0.8" height="9" fill="#3a3a3a" fill-opacity="0.35"/></pattern>

            """
    }

    mutating func write(_ ground: MapGround) -> String {
        var y = top + 18
        let heading = layer == .deFacto ? "Held de facto" : "Held de jure"
        var svg = "<g id=\"legend\" font-size=\"13\" fill=\"#1f1f1f\">\n"
        svg += text(heading, x: left, y: y, attributes: "font-size=\"15\" font-weight=\"bold\"")
        y += 14
        for holding in ground.holdings {
            // A neighbour's area is the part the dataset draws, not the country's.
            let name =
                (dataset.entity(id: holding.holder)?.name ?? holding.holder)
                + (holding.isPartial ? " (part shown)" : "")
            svg += entry(
                "<g class=\"legend-holder\" data-holder=\"\(holding.holder.xmlEscaped)\" data-area-km2=\"\(format(holding.areaKm2, 1))\">\n",
                lines: Self.lines(of: name), detail: "\(holding.holder) · \(MapText.km2(holding.areaKm2))", y: &y
            ) { box in
                rect(box, fill: MapPalette.colour(of: holding.holder), extra: "stroke=\"#4f4f4f\" stroke-width=\"0.7\"")
            }
        }
        if !ground.differences.isEmpty {
            y += 12
            let title = layer == .deFacto ? "Hatched: territory de jure of" : "Hatched: controlled de facto by"
            svg += text(title, x: left, y: y + 6, attributes: "font-size=\"15\" font-weight=\"bold\"")
            y += 18
            for difference in ground.differences {
                let name = difference.other.map { dataset.entity(id: $0)?.name ?? $0 } ?? "nobody"
                svg += entry(
                    "<g class=\"legend-hatch\" data-other-holder=\"\((difference.other ?? "none").xmlEscaped)\">\n",
                    lines: [name], detail: MapText.km2(difference.areaKm2), y: &y
                ) { box in
                    rect(box, fill: "#f3f3f3", extra: "stroke=\"#4f4f4f\" stroke-width=\"0.7\"")
                        + rect(box, fill: "url(#\(Self.hatchID(difference.other)))")
                }
            }
        }
        if !ground.routes.isEmpty {
            y += 12
            svg += text("Corridors", x: left, y: y + 6, attributes: "font-size=\"15\" font-weight=\"bold\"")
            y += 18
            for route in ground.routes {
                let stroke = MapPalette.corridorStroke(route.status)
                let dash = stroke.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                svg += entry(
                    "<g class=\"legend-corridor\" data-corridor=\"\(route.corridor.id.xmlEscaped)\">\n",
                    lines: [route.corridor.name], detail: route.status?.rawValue ?? "no status recorded", y: &y
                ) { box in
                    // A stroke across the swatch's middle, styled as the corridor is on the map.
                    """
                    <line x1="\(format(box.minX, 1))" y1="\(format(box.minY + 9, 1))" x2="\(format(box.maxX, 1))" \
                    y2="\(format(box.minY + 9, 1))" stroke="\(stroke.colour)" stroke-width="3.2" stroke-linecap="round"\(dash)/>

                    """
                }
            }
        }
        if !ground.backdrop.isEmpty {
            y += 12
            svg += text("Not in the dataset", x: left, y: y + 6, attributes: "font-size=\"15\" font-weight=\"bold\"")
            y += 18
            for context in ground.backdrop {
                svg += entry(
                    "<g class=\"legend-backdrop\">\n", lines: [context.name + " (part shown)"],
                    detail: "context only: no holder recorded", y: &y
                ) { box in
                    rect(box, fill: MapPalette.backdrop, extra: "stroke=\"#8f8f8f\" stroke-width=\"0.7\"")
                }
            }
        }
        y += 12
        svg += text("Places", x: left, y: y + 6, attributes: "font-size=\"15\" font-weight=\"bold\"")
        y += 18
        for (radius, fill, label) in [
            (4.0, "#1a1a1a", "city"), (3.0, "#1a1a1a", "town"), (2.2, "#1a1a1a", "village, landmark"),
            (2.2, "#c25a00", "crossing, checkpoint"),
        ] {
            svg +=
                "<circle cx=\"\(format(left + 13, 1))\" cy=\"\(format(y + 10, 1))\" r=\"\(format(radius, 1))\" fill=\"\(fill)\"/>\n"
            svg += text(label, x: left + 36, y: y + 14, attributes: "font-size=\"12\"")
            y += 20
        }
        bottom = y
        return svg + "</g>\n"
    }

    /// One entry of a legend section, 42 units tall plus 16 per extra name line: `opening` (the
    /// entry's `<g>` tag, which names what it stands for), the swatch drawn into the 26 × 18 box at
    /// the panel's left, the name's lines beside it and, beneath them in smaller grey type, `detail`.
    /// Moves `y` past the entry, so sections stack their entries the same way.
    private func entry(
        _ opening: String, lines: [String], detail: String, y: inout Double, swatch: (Bounds) -> String
    ) -> String {
        var svg = opening + swatch(Bounds(minX: left, minY: y + 4, maxX: left + 26, maxY: y + 22))
        for (index, line) in lines.enumerated() {
            svg += text(line, x: left + 36, y: y + 15 + Double(index) * 16, attributes: "")
        }
        let extra = Double(lines.count - 1) * 16
        svg += text(detail, x: left + 36, y: y + 31 + extra, attributes: "font-size=\"11.5\" fill=\"#555\"")
        y += 42 + extra
        return svg + "</g>\n"
    }

    /// A name too long for the panel, broken before its parenthesis or at its last fitting space.
    private static func lines(of name: String) -> [String] {
        let limit = 36
        guard name.count > limit else { return [name] }
        let breakAt =
            name.range(of: " (").map { name[..<$0.lowerBound] }
            ?? name.prefix(limit).range(of: " ", options: .backwards).map { name[..<$0.lowerBound] }
        guard let first = breakAt, first.count <= limit else { return [name] }
        return [String(first), name.dropFirst(first.count).trimmingCharacters(in: .whitespaces)]
    }

    private func text(_ content: String, x: Double, y: Double, attributes: String) -> String {
        "<text x=\"\(format(x, 1))\" y=\"\(format(y, 1))\"\(attributes.isEmpty ? "" : " " + attributes)>\(content.xmlEscaped)</text>\n"
    }
}
