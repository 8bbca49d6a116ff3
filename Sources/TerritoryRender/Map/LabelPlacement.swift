import Territory

/// Greedy label placement: labels are taken in priority order, and each takes the first of eight
/// positions around its point whose box stays inside the map and overlaps no label, point or
/// obstacle placed before it; a label with no free position is left out.
///
/// A label that must lie inside an area (a holder's name inside its ground) takes a position only
/// where its whole box is inside; where none is, it goes to a free spot further out with a leader
/// line to its point, or, failing that, is left to the legend.
struct LabelPlacement {
    /// A label to place: its text, the point it names (drawing units) and its font size.
    struct Request {
        var text: String
        var point: Coordinate
        var fontSize: Double
        /// Whether the label names an area: it is tried centred on its point first.
        var centred: Bool
        /// Whether a label box (drawing units) lies inside the area the label names; `nil`: any
        /// free position will do.
        var fits: ((Bounds) -> Bool)? = nil
    }

    /// Where a label went: its baseline start and the SVG `text-anchor`, and for a label set
    /// away from its area, the line from the label's box to its point.
    struct Placed {
        var request: Int
        var x: Double
        var y: Double
        var anchor: String
        var leader: (from: Coordinate, to: Coordinate)? = nil
    }

    /// The box labels must stay inside.
    var area: Bounds
    /// Boxes no label may cover (legend, title, scale bar).
    var obstacles: [Bounds]
    /// The radius kept free around every point.
    var pointRadius = 3.0
    /// How far from its point a label with a leader line may go, in drawing units.
    var leaderLengths: [Double] = [45, 70, 100]

    private typealias Candidate = (x: Double, y: Double, anchor: String, left: Double)

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
            // Descenders reach about a quarter of the size below the baseline.
            func box(_ candidate: Candidate) -> Bounds {
                Bounds(
                    minX: candidate.left - 1, minY: candidate.y - ascent - 1, maxX: candidate.left + width + 1,
                    maxY: candidate.y + request.fontSize * 0.25 + 1)
            }
            // Its own point's box is skipped: a label may touch the point it names.
            func isFree(_ box: Bounds) -> Bool {
                area.contains(box)
                    && !taken.indices.contains { $0 != obstacles.count + index && taken[$0].overlaps(box) }
            }
            let gap = pointRadius + 2
            let (x, y) = (request.point.x, request.point.y)
            let centre: [Candidate] = request.centred ? [(x, y + ascent / 2, "middle", x - width / 2)] : []
            let around = centre + Self.ring(x: x, y: y, gap: gap, width: width, ascent: ascent)
            if let candidate = around.first(where: { isFree(box($0)) && (request.fits?(box($0)) ?? true) }) {
                taken.append(box(candidate))
                placed.append(Placed(request: index, x: candidate.x, y: candidate.y, anchor: candidate.anchor))
                continue
            }
            guard request.fits != nil else { continue }
            // Away from the area, joined to its point by a leader line.
            let further = leaderLengths.flatMap { Self.ring(x: x, y: y, gap: $0, width: width, ascent: ascent) }
            if let candidate = further.first(where: { isFree(box($0)) }) {
                let labelBox = box(candidate)
                taken.append(labelBox)
                let end = Coordinate(
                    x: min(max(x, labelBox.minX), labelBox.maxX), y: min(max(y, labelBox.minY), labelBox.maxY))
                placed.append(
                    Placed(
                        request: index, x: candidate.x, y: candidate.y, anchor: candidate.anchor,
                        leader: (from: end, to: request.point)))
            }
        }
        return placed
    }

    /// The eight positions around a point at distance `gap`: right, left, above, below, then the
    /// diagonals.
    private static func ring(x: Double, y: Double, gap: Double, width: Double, ascent: Double) -> [Candidate] {
        [
            (x + gap, y + ascent / 2, "start", x + gap),
            (x - gap, y + ascent / 2, "end", x - gap - width),
            (x, y - gap, "middle", x - width / 2),
            (x, y + gap + ascent, "middle", x - width / 2),
            (x + gap * 0.7, y - gap * 0.7, "start", x + gap * 0.7),
            (x + gap * 0.7, y + gap * 0.7 + ascent, "start", x + gap * 0.7),
            (x - gap * 0.7, y - gap * 0.7, "end", x - gap * 0.7 - width),
            (x - gap * 0.7, y + gap * 0.7 + ascent, "end", x - gap * 0.7 - width),
        ]
    }
}
