import Foundation
import Territory

extension Atlas {
    /// A self-contained HTML page (no network: data, style and code embedded) to browse the
    /// dataset through time: a map, a date slider from the dataset's first day to `today`, a play
    /// button, the holders' areas, and the events beside the map, those around the date highlighted.
    ///
    /// Clicking a region, or focusing it with the keyboard and pressing Enter, shows its de facto
    /// and de jure holders, its area and the events that touched it. The map pans and zooms (mouse
    /// wheel, drag, arrow keys, + and −, and buttons) by moving the SVG's viewBox, a few lines of
    /// script with no library, so the page stays one offline file; the slider has a tick per year.
    /// The URL fragment `#date=YYYY-MM-DD` sets the date on load and follows the slider; an
    /// impossible or out-of-range date is refused with a visible message (`#date-error`), as the
    /// CLI refuses it, instead of rolling over into the next month. The legend is a table whose
    /// rows carry `data-holder` and `data-area-km2` (km², one decimal, as `territory snapshot`).
    /// Every period's ground is pre-projected (Lambert azimuthal equal-area) and simplified to
    /// 200 m, so the page stays small.
    ///
    /// ```swift
    /// let html = try atlas.viewerPage { done, total in print("\(done)/\(total)") }
    /// try html.write(to: URL(fileURLWithPath: "viewer/index.html"), atomically: true, encoding: .utf8)
    /// ```
    /// - Parameters:
    ///   - today: the slider's last day.
    ///   - progress: called after each period with the number done and the total.
    /// - Throws: `QueryError.outsideRange` when `today` is outside the dataset, `.geometry` if GEOS
    ///   or PROJ fails.
    public func viewerPage(
        today: Day = .today(), progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(QueryError) -> String {
        try check(today)
        let data = try ViewerData(atlas: self, today: today).json(progress: progress).json
        // "</" inside a script element would end it early.
        let embedded = data.replacingOccurrences(of: "</", with: "<\\/")
        return try ViewerPage.template.replacingOccurrences(of: "/*DATA*/", with: embedded)
            .replacingOccurrences(of: "<!--TITLE-->", with: dataset.info.name.xmlEscaped)
    }
}
/// The page around the viewer's data: Resources/viewer.html, an HTML file with its style and code,
/// kept as a file so it can be read, linted and edited as HTML. `/*DATA*/` marks where the data
/// goes and `<!--TITLE-->` the dataset's name.
enum ViewerPage {
    /// The page's text, from the module's resource bundle.
    static var template: String {
        get throws(QueryError) {
            guard let url = Bundle.module.url(forResource: "viewer", withExtension: "html"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else {
                throw .notApplicable(
                    "the viewer's page (viewer.html) is missing from the TerritoryRender resources; rebuild the package"
                )
            }
            return text
        }
    }
}
