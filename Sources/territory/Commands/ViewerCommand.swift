import ArgumentParser
import Foundation
import Territory
import TerritoryRender

/// `territory viewer`: an offline HTML page to browse who held what through time.
struct ViewerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "viewer",
        abstract: "Write an offline timeline viewer: DIR/index.html, one self-contained page.",
        discussion: """
            The page needs no network: data, style and code are embedded. It has a date slider and a \
            play button from the dataset's first day to today (a tick per year), a map that pans and \
            zooms (wheel, drag, arrow keys, + and −), the holders' areas, the events beside \
            the map (those around the date highlighted), and region details on click or Enter. Open \
            DIR/index.html#date=YYYY-MM-DD to start at a date (an impossible date is refused with a \
            message); the fragment follows the slider. \
            DIR is created if missing; an existing index.html is replaced only with --force.
            """)

    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("The directory to write index.html into.", valueName: "dir")) var out: String
    @Flag(help: "Replace DIR/index.html if it exists.") var force = false
    @OptionGroup var writing: WriteReport

    func validate() throws {
        try requireNonEmptyPath(out, option: "--out", expected: "the directory to write index.html into")
    }

    func run() throws {
        let atlas = try options.atlas()
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(
                status: .cannotCreate, message: "cannot create the directory '\(out)' (choose a writable --out DIR)")
        }
        let progress = ProgressBar("viewer")
        var periods = 0
        let page = try atlas.viewerPage { done, total in
            periods = total
            progress.update(done, of: total)
        }
        progress.finish()
        let index = URL(fileURLWithPath: out).appendingPathComponent("index.html").path
        try OutputFile(path: index, replacesExisting: force).write(page)
        writing.wrote(
            (out.hasSuffix("/") ? out : out + "/") + "index.html",
            "offline timeline viewer, \(WriteReport.count(periods, "period")), \(WriteReport.size(page.utf8.count)); "
                + "open it in a browser")
    }
}
