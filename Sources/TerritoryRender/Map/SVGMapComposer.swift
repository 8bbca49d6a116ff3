import Foundation
import Territory

/// Lays out and writes the SVG of `Atlas.svgMap(on:options:)`. The drawing is 1400 units wide
/// whatever the pixel width, so text and lines keep their proportions at any size.
struct SVGMapComposer {
    let dataset: Dataset
    /// The day drawn.
    let day: Day
    let layer: Layer
    /// The days around `day` in which nothing drawn changes.
    let period: Interval
    let ground: MapGround
    let projection: MapProjection
    let scaleBar: ScaleBar
    let width: Int

    private let drawingWidth = 1400.0
    private let margin = 24.0
    private let titleHeight = 84.0
    private let panelWidth = 330.0

    func svg() -> String {
        let mapLeft = margin
        let mapRight = drawingWidth - margin - panelWidth - margin
        let bounds =
            Bounds(of: ground.holdings.map(\.shape)) ?? Bounds(minX: -1000, minY: -1000, maxX: 1000, maxY: 1000)
        let aspect = (bounds.maxY - bounds.minY) / max(bounds.maxX - bounds.minX, 1)
        let mapHeight = min(max((mapRight - mapLeft) * aspect, 420), 1300)
        let mapBox = Bounds(minX: mapLeft, minY: titleHeight, maxX: mapRight, maxY: titleHeight + mapHeight)
        let frame = MapFrame(bounds: bounds, box: mapBox)

        var legend = MapLegendWriter(
            dataset: dataset, layer: layer, left: mapRight + margin, top: titleHeight, width: panelWidth)
        let legendSVG = legend.write(ground)
        let sourceLines = wrap(sources(), width: 230)
        let footerTop = max(mapBox.maxY, legend.bottom) + 22
        let height = (footerTop + Double(sourceLines.count) * 14 + 10).rounded(.up)

        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(Int((Double(width) * height / drawingWidth).rounded()))" \
            viewBox="0 0 \(format(drawingWidth, 0)) \(format(height, 0))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">

            """
        svg += "<title>\(title().xmlEscaped)</title>\n"
        svg += definitions(mapBox)
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        svg += rect(mapBox, fill: "#e9f0f4", extra: "stroke=\"#9aa5ad\" stroke-width=\"1\"")
        svg += "<g clip-path=\"url(#map-area)\">\n"
        svg += backdropPaths(frame) + groundPaths(frame) + hatchPaths(frame) + routePaths(frame)
        let scaleBox = Bounds(
            minX: mapBox.minX + 10, minY: mapBox.maxY - 56, maxX: mapBox.minX + 290, maxY: mapBox.maxY - 10)
        svg += labels(frame, area: mapBox, obstacles: [scaleBox])
        svg += "</g>\n"
        svg += scaleBarSVG(frame, box: scaleBox)
        svg += titleSVG()
        svg += legendSVG
        svg += "<g id=\"sources\" font-size=\"10\" fill=\"#555\">\n"
        for (index, line) in sourceLines.enumerated() {
            svg +=
                "<text x=\"\(format(margin, 0))\" y=\"\(format(footerTop + Double(index) * 14, 1))\">\(line.xmlEscaped)</text>\n"
        }
        svg += "</g>\n</svg>\n"
        return svg
    }

    private func title() -> String {
        let what = layer == .deFacto ? "Who controlled the ground" : "Whose territory it was"
        return "\(what) on \(MapText.longDate(day))"
    }

    private func titleSVG() -> String {
        let layer =
            layer == .deFacto
            ? "De facto control. Hatched: ground that is another holder's territory de jure."
            : "De jure sovereignty. Hatched: ground another holder controlled de facto."
        let centre =
            "Lambert azimuthal equal-area, centred on \(format(projection.centre.y, 2))°N \(format(projection.centre.x, 2))°E"
        return """
            <text x="\(format(margin, 0))" y="40" font-size="26" font-weight="bold" fill="#1f1f1f">\(title().xmlEscaped)</text>
            <text x="\(format(margin, 0))" y="66" font-size="14" fill="#444">\(layer.xmlEscaped) \(centre.xmlEscaped). \
            This state holds \(period.description.xmlEscaped).</text>

            """
    }

    private func definitions(_ mapBox: Bounds) -> String {
        var defs = "<defs>\n<clipPath id=\"map-area\">" + rect(mapBox, fill: "#fff") + "</clipPath>\n"
        for difference in ground.differences {
            defs += MapLegendWriter.hatchPattern(other: difference.other)
        }
        return defs + "</defs>\n"
    }

    private func groundPaths(_ frame: MapFrame) -> String {
        var svg = "<g id=\"ground\" stroke=\"#4f4f4f\" stroke-width=\"0.7\" stroke-linejoin=\"round\">\n"
        for holding in ground.holdings {
            let name = dataset.entity(id: holding.holder)?.name ?? holding.holder
            svg += """
                <path class="ground" data-holder="\(holding.holder.xmlEscaped)" fill="\(MapPalette.colour(of: holding.holder))" \
                fill-rule="evenodd" d="\(frame.pathData(holding.shape, decimals: 1))"><title>\
                \((name + ": " + MapText.km2(holding.areaKm2)).xmlEscaped)</title></path>

                """
        }
        return svg + "</g>\n"
    }

    /// Land no record holds (Russia north of Azerbaijan), so it does not read as sea.
    private func backdropPaths(_ frame: MapFrame) -> String {
        guard !ground.backdrop.isEmpty else { return "" }
        var svg = "<g id=\"backdrop\" stroke=\"#8f8f8f\" stroke-width=\"0.7\" stroke-linejoin=\"round\">\n"
        for context in ground.backdrop {
            svg += """
                <path class="backdrop" fill="\(MapPalette.backdrop)" fill-rule="evenodd" \
                d="\(frame.pathData(context.shape, decimals: 1))"><title>\
                \((context.name + " (part shown): not in the dataset").xmlEscaped)</title></path>

                """
        }
        return svg + "</g>\n"
    }

    private func hatchPaths(_ frame: MapFrame) -> String {
        var svg = "<g id=\"hatching\">\n"
        for difference in ground.differences {
            svg += """
                <path class="hatch" data-other-holder="\((difference.other ?? "none").xmlEscaped)" \
                fill="url(#\(MapLegendWriter.hatchID(difference.other)))" fill-rule="evenodd" stroke="none" \
                d="\(frame.pathData(difference.shape, decimals: 1))"/>

                """
        }
        return svg + "</g>\n"
    }

    private func routePaths(_ frame: MapFrame) -> String {
        var svg = "<g id=\"corridors\" fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n"
        for route in ground.routes {
            let stroke = MapPalette.corridorStroke(route.status)
            let data = frame.pathData(route.shape, decimals: 1)
            let dash = stroke.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            svg += "<path stroke=\"#ffffff\" stroke-width=\"6\" stroke-opacity=\"0.85\" d=\"\(data)\"/>\n"
            svg += """
                <path class="corridor" data-corridor="\(route.corridor.id.xmlEscaped)" \
                data-status="\(route.status?.rawValue ?? "none")" stroke="\(stroke.colour)" stroke-width="3.2"\(dash) \
                d="\(data)"><title>\(route.corridor.name.xmlEscaped): \(route.status?.rawValue ?? "no status")</title></path>

                """
        }
        return svg + "</g>\n"
    }

    /// Holder names first (largest ground first), each inside its own ground or joined to it by a
    /// leader line; then backdrop names, then places by importance.
    private func labels(_ frame: MapFrame, area: Bounds, obstacles: [Bounds]) -> String {
        var requests: [LabelPlacement.Request] = []
        var styles: [String] = []
        for holding in ground.holdings {
            guard let point = holding.labelPoint else { continue }
            requests.append(
                .init(
                    text: MapText.shortName(holding.holder, in: dataset), point: frame.point(point), fontSize: 15,
                    centred: true, fits: fits(holding.shape, frame)))
            styles.append(
                "data-holder=\"\(holding.holder.xmlEscaped)\" font-size=\"15\" font-weight=\"bold\" fill=\"#2b2b2b\" "
                    + "fill-opacity=\"0.8\" letter-spacing=\"0.5\"")
        }
        let holderCount = requests.count
        for context in ground.backdrop {
            guard let point = context.labelPoint else { continue }
            requests.append(
                .init(
                    text: context.name, point: frame.point(point), fontSize: 13, centred: true,
                    fits: fits(context.shape, frame)))
            styles.append("font-size=\"13\" font-style=\"italic\" fill=\"#6b6b6b\"")
        }
        let areaCount = requests.count
        let rank: [Place.Kind: Int] = [
            .city: 0, .town: 1, .checkpoint: 2, .crossing: 2, .village: 3, .landmark: 4, .settlement: 5,
        ]
        let places = ground.places.map { ($0.place, frame.point($0.point)) }.filter {
            area.contains(Bounds(minX: $0.1.x, minY: $0.1.y, maxX: $0.1.x, maxY: $0.1.y))
        }
        .enumerated().sorted { (rank[$0.element.0.kind]!, $0.offset) < (rank[$1.element.0.kind]!, $1.offset) }.map(
            \.element)
        var dots = "<g id=\"places\" stroke=\"#ffffff\" stroke-width=\"1\">\n"
        for (place, point) in places {
            let size = place.kind == .city ? 13.0 : place.kind == .town ? 11.5 : 10.0
            requests.append(.init(text: place.name, point: point, fontSize: size, centred: false))
            let weight = place.kind == .city ? " font-weight=\"bold\"" : ""
            styles.append("font-size=\"\(format(size, 1))\"\(weight) fill=\"#1a1a1a\"")
            let radius = place.kind == .city ? 4.0 : place.kind == .town ? 3.0 : 2.2
            let fill = place.kind == .checkpoint || place.kind == .crossing ? "#c25a00" : "#1a1a1a"
            dots += """
                <circle class="place" data-place="\(place.id.xmlEscaped)" cx="\(format(point.x, 1))" cy="\(format(point.y, 1))" \
                r="\(format(radius, 1))" fill="\(fill)"><title>\(place.name.xmlEscaped)</title></circle>

                """
        }
        dots += "</g>\n"
        let placement = LabelPlacement(area: area, obstacles: obstacles)
        let placed = placement.place(requests)
        var leaders = "<g id=\"leaders\" stroke=\"#2b2b2b\" stroke-width=\"1.2\" fill=\"#2b2b2b\">\n"
        for label in placed {
            guard let leader = label.leader else { continue }
            leaders += """
                <line class="leader" data-label="\(requests[label.request].text.xmlEscaped)" \
                x1="\(format(leader.from.x, 1))" y1="\(format(leader.from.y, 1))" \
                x2="\(format(leader.to.x, 1))" y2="\(format(leader.to.y, 1))"/>
                <circle cx="\(format(leader.to.x, 1))" cy="\(format(leader.to.y, 1))" r="2"/>

                """
        }
        leaders += "</g>\n"
        var text =
            "<g id=\"labels\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n"
        for placed in placed {
            let kind =
                placed.request < holderCount
                ? "holder-label" : placed.request < areaCount ? "backdrop-label" : "place-label"
            text += """
                <text class="\(kind)" x="\(format(placed.x, 1))" y="\(format(placed.y, 1))" text-anchor="\(placed.anchor)" \
                \(styles[placed.request])>\(requests[placed.request].text.xmlEscaped)</text>

                """
        }
        return dots + leaders + text + "</g>\n"
    }

    /// Whether a label box (drawing units) lies wholly inside `shape` (projected metres).
    private func fits(_ shape: Shape, _ frame: MapFrame) -> (Bounds) -> Bool {
        let prepared = try? PreparedGeometry(Geometry(shape))
        return { box in
            let corners = [
                Coordinate(x: box.minX, y: box.minY), Coordinate(x: box.maxX, y: box.minY),
                Coordinate(x: box.maxX, y: box.maxY), Coordinate(x: box.minX, y: box.maxY),
                Coordinate(x: box.minX, y: box.minY),
            ].map(frame.projected)
            guard let prepared, let outline = try? Geometry(.polygon(Polygon(exterior: corners))) else { return false }
            return (try? prepared.covers(outline)) ?? false
        }
    }

    private func scaleBarSVG(_ frame: MapFrame, box: Bounds) -> String {
        let (km, length) = scaleBar.length(scale: frame.scale, target: 200)
        let x = box.minX + 12
        let y = box.maxY - 26
        var svg = "<g id=\"scale-bar\" font-size=\"11\" fill=\"#222\">\n"
        svg += rect(box, fill: "#ffffff", extra: "fill-opacity=\"0.85\" stroke=\"#9aa5ad\" stroke-width=\"0.8\"")
        for part in 0..<4 {
            let segment = Bounds(
                minX: x + length * Double(part) / 4, minY: y, maxX: x + length * Double(part + 1) / 4, maxY: y + 6)
            svg += rect(
                segment, fill: part % 2 == 0 ? "#222222" : "#ffffff", extra: "stroke=\"#222\" stroke-width=\"0.8\"")
        }
        for (fraction, label) in [
            (0.0, "0"), (0.5, format(km / 2, km.truncatingRemainder(dividingBy: 2) == 0 ? 0 : 1)),
            (1.0, format(km, 0) + " km"),
        ] {
            svg +=
                "<text x=\"\(format(x + length * fraction, 1))\" y=\"\(format(y - 4, 1))\" text-anchor=\"middle\">\(label)</text>\n"
        }
        svg += """
            <text x="\(format(x, 1))" y="\(format(y + 18, 1))" font-size="9.5" fill="#555">true at the projection's centre</text>
            </g>

            """
        return svg
    }

    /// The dataset, its licences and where its geometry comes from.
    private func sources() -> String {
        var origins: [String] = []
        var licences: [String] = []
        for feature in dataset.features.values.sorted(by: { $0.ref.description < $1.ref.description }) {
            if let source = feature.source {
                let cut = source.firstIndex { ",(:;".contains($0) } ?? source.endIndex
                let origin = source[..<cut].trimmingCharacters(in: .whitespaces)
                if !origin.isEmpty && !origins.contains(origin) { origins.append(origin) }
            }
            if let licence = feature.license, !licences.contains(licence) { licences.append(licence) }
        }
        return "Sources: \(dataset.info.name) \(dataset.info.version) (geodata/SOURCES.md); geometry: "
            + origins.joined(separator: "; ") + "; licences: " + licences.joined(separator: ", ")
            + ". Events and their sources: territory timeline. Areas are geodesic (WGS 84)."
    }

    private func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

/// An SVG rectangle covering `bounds`.
func rect(_ bounds: Bounds, fill: String, extra: String = "") -> String {
    """
    <rect x="\(format(bounds.minX, 1))" y="\(format(bounds.minY, 1))" width="\(format(bounds.maxX - bounds.minX, 1))" \
    height="\(format(bounds.maxY - bounds.minY, 1))" fill="\(fill)"\(extra.isEmpty ? "" : " " + extra)/>

    """
}
