import Foundation
import Testing

/// `territory map` and `territory viewer`: files written atomically, clear failures.
@Suite struct MapCommandTests {
    @Test func writesAnSVGMap() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("map.svg").path
        let run = try territory("map", "--date", "1994-05-12", "--out", path, "--width", "900")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty && run.stderr.hasPrefix("wrote \(path): SVG map of 1994-05-12 (de-facto), 900 px"))
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("width=\"900\"") && svg.contains("data-holder=\"NKR\""))
        #expect(try directory.contents() == ["map.svg"])
    }

    @Test func refusesToReplaceAMapWithoutForce() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("map.svg").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        expectFailure(try territory("map", "--date", "2021", "--out", path), status: 73, mentioning: "--force")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        #expect(try territory("map", "--date", "2021", "--out", path, "--force").status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<?xml"))
    }

    @Test func refusesAnUnknownImageType() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("map.jpg").path
        expectFailure(try territory("map", "--date", "2021", "--out", path), status: 64, mentioning: ".svg or .png")
        expectFailure(
            try territory("map", "--date", "2021", "--out", path + ".svg", "--width", "10"), status: 64,
            mentioning: "--width")
        #expect(try directory.contents().isEmpty)
    }

    @Test func writesAPNGOrSaysWhatIsMissing() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("map.png").path
        let run = try territory("map", "--date", "2021-01-01", "--out", path, "--width", "600")
        let converter = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/rsvg-convert")
        }
        if converter {
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let bytes = try #require(FileManager.default.contents(atPath: path))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        } else {
            expectFailure(run, status: 69, mentioning: "rsvg-convert", "librsvg2-bin")
            #expect(try directory.contents().isEmpty)
        }
    }

    @Test func writesTheViewerPage() throws {
        let directory = try TemporaryDirectory()
        let out = directory.url.appendingPathComponent("viewer").path
        let run = try territory("viewer", "--out", out)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        // Not a terminal: no progress bar.
        #expect(run.stderr.hasPrefix("wrote \(out)/index.html: offline timeline viewer, ") && run.stdout.isEmpty)
        let page = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("id=\"slider\""))
        expectFailure(try territory("viewer", "--out", out), status: 73, mentioning: "--force")
    }

    @Test func longSeriesPrintsNoProgressWhenPiped() throws {
        let run = try territory(
            "series", "--from", "1923-07-07", "--to", "2024-01-01", "--step", "month", "--format", "csv")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty, "stderr: \(run.stderr.prefix(200))")
        #expect(run.stdout.split(separator: "\n").count == 1 + 1206)
    }
}
