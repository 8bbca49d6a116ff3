/// Greedy label placement: labels are taken in priority order, and each takes the first of eight
/// positions around its point whose box stays inside the map and overlaps no label, point or
/// obstacle placed before it; a label with no free position is left out.
struct LabelPlacement {
    /// A label to place: its text, the point it names (drawing units) and its font size.
    struct Request {
        var text: String
        var point: Coordinate
        var fontSize: Double
        /// Whether the label names an area: it is tried centred on its point first.
        var centred: Bool
    }

    /// Where a label went: its baseline start and the SVG `text-anchor`.
    struct Placed {
        var request: Int
        var x: Double
        var y: Double
        var anchor: String
    }

    /// The box labels must stay inside.
    var area: Bounds
    /// Boxes no label may cover (legend, title, scale bar).
    var obstacles: [Bounds]
    /// The radius kept free around every point.
    var pointRadius = 3.0

    /// The labels that fit, for `requests` in priority order (most important first).
    func place(_ requests: [Request]) -> [Placed] {
        var taken =
            obstacles
            + requests.map { request in
                Bounds(
                    minX: request.point.x - pointRadius, minY: request.point.y - pointRadius,
                    maxX: request.point.x + pointRadius, maxY: request.point.y + pointRadius)
            }
        var placed: [Placed] = []
        for (index, request) in requests.enumerated() {
            // Sans-serif text averages a little over half its size per character.
            let width = Double(request.text.count) * request.fontSize * 0.56
            let ascent = request.fontSize * 0.72
            let gap = pointRadius + 2
            let (x, y) = (request.point.x, request.point.y)
            let centre: [(x: Double, y: Double, anchor: String, left: Double)] =
                request.centred ? [(x, y + ascent / 2, "middle", x - width / 2)] : []
            let candidates: [(x: Double, y: Double, anchor: String, left: Double)] =
                centre + [
                    (x + gap, y + ascent / 2, "start", x + gap),
                    (x - gap, y + ascent / 2, "end", x - gap - width),
                    (x, y - gap, "middle", x - width / 2),
                    (x, y + gap + ascent, "middle", x - width / 2),
                    (x + gap * 0.7, y - gap * 0.7, "start", x + gap * 0.7),
                    (x + gap * 0.7, y + gap * 0.7 + ascent, "start", x + gap * 0.7),
                    (x - gap * 0.7, y - gap * 0.7, "end", x - gap * 0.7 - width),
                    (x - gap * 0.7, y + gap * 0.7 + ascent, "end", x - gap * 0.7 - width),
                ]
            for candidate in candidates {
                // Descenders reach about a quarter of the size below the baseline.
                let box = Bounds(
                    minX: candidate.left - 1, minY: candidate.y - ascent - 1, maxX: candidate.left + width + 1,
                    maxY: candidate.y + request.fontSize * 0.25 + 1)
                // Its own point's box is skipped: a label may touch the point it names.
                let blocked = taken.indices.contains { $0 != obstacles.count + index && taken[$0].overlaps(box) }
                if area.contains(box) && !blocked {
                    taken.append(box)
                    placed.append(Placed(request: index, x: candidate.x, y: candidate.y, anchor: candidate.anchor))
                    break
                }
            }
        }
        return placed
    }
}
