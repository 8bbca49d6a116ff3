import Foundation
import Territory
import Testing

/// Issue 17: what the tool says back (points 2, 8, 9, 12 and 14).
@Suite struct NewcomerOutputTests {
    /// The repository's root, for the files a newcomer reads.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    // MARK: Point 2: past the last review

    @Test func answersPastTheLastReviewAreProjected() throws {
        let reviewed = try #require(try Dataset.embedded().info.reviewed)
        let later = reviewed.adding(days: 1)
        let table = try territory("control", "--date", "2099-01-01", "--place", "Shusha")
        #expect(table.status == 0, "stderr: \(table.stderr)")
        #expect(table.stdout.contains("certainty: projected: the dataset was last reviewed on \(reviewed);"))
        for (day, word) in [(reviewed, "certain"), (later, "projected")] {
            let json = try territory("control", "--date", day.description, "--place", "Shusha", "--format", "json")
            #expect(try json.json()["certainty"] as? String == word, "\(day)")
            #expect(try json.json()["reviewed"] as? String == reviewed.description)
            let snapshot = try territory("snapshot", "--date", day.description, "--format", "json")
            #expect(try snapshot.json()["certainty"] as? String == word, "\(day)")
        }
        // The library says the same.
        let answer = try Atlas.embedded().control(atPlace: "Shusha", on: later)
        #expect(answer.certainty == .projected(reviewed: reviewed) && answer.certainty.reviewed == reviewed)
    }

    // MARK: Point 8: one line on success

    @Test func writingCommandsSayWhatTheyWrote() throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("state-2021.geojson").path
        let run = try territory("export", "--date", "2021-01-01", "--out", file)
        #expect(run.status == 0 && run.stdout.isEmpty, "stderr: \(run.stderr)")
        // The count is the file's own (oracle: Foundation's JSON reader).
        let collection = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        let features = try #require(collection["features"] as? [Any])
        #expect(run.stderr == "wrote \(file): GeoJSON, \(features.count) features on 2021-01-01\n")

        let quiet = try territory("export", "--date", "2021-01-01", "--out", file, "--force", "--quiet")
        #expect(quiet.status == 0 && quiet.stderr.isEmpty && quiet.stdout.isEmpty)
        // Output on stdout needs no report.
        let piped = try territory("export", "--date", "2021-01-01")
        #expect(piped.stderr.isEmpty && piped.stdout.hasPrefix("{"))

        let map = directory.url.appendingPathComponent("map.svg").path
        let mapRun = try territory("map", "--date", "2021", "--out", map)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: map)).count
        #expect(
            mapRun.stderr
                == "wrote \(map): SVG map of 2021-01-01 (de-facto), 1400 px wide, \(Int((Double(bytes) / 1000).rounded())) KB\n"
        )
    }

    // MARK: Point 9: help text

    @Test func helpExamplesStayWhole() throws {
        let commands = [
            "", "snapshot", "control", "area", "distance", "export", "timeline", "diff", "series", "corridor", "places",
            "units", "validate", "map", "viewer",
        ]
        var examples = 0
        for command in commands {
            let run = try territory(command.isEmpty ? ["--help"] : [command, "--help"])
            #expect(run.status == 0)
            let lines = run.stdout.components(separatedBy: "\n")
            for (index, line) in lines.enumerated() where line.hasPrefix("  territory ") {
                examples += 1
                // ArgumentParser wraps at 80 columns: an example that fits is never cut, and its
                // description follows on its own indented line.
                #expect(line.count <= 80, "\(command): \(line)")
                #expect(
                    lines[index + 1].hasPrefix("      "), "\(command): '\(line)' is followed by '\(lines[index + 1])'")
            }
        }
        #expect(examples >= 14)
        let area = try territory("area", "--help")
        #expect(
            area.stdout.contains(
                "  territory area Azerbaijan --date 1994-05-12 --controller NKR\n      what NKR held inside it that day\n"
            ))
    }

    // MARK: Points 12 and 14: versions and licences

    @Test func versionNamesTheToolTheDatasetTheLibrariesAndTheLicences() throws {
        let run = try territory("--version")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        let changelog = try String(contentsOf: Self.root.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        // CHANGELOG.md's latest entry: "## territory X, dataset Y (DATE)".
        let latest = try #require(changelog.components(separatedBy: "\n").first { $0.hasPrefix("## territory ") })
        let info = try Dataset.embedded().info
        #expect(latest.hasPrefix("## territory \(lines[0].dropFirst("territory ".count)), dataset \(info.version) "))
        #expect(lines[1] == "dataset: \(info.name) \(info.version), reviewed \(info.reviewed!)")
        #expect(lines[2] == "data licence: \(info.license!)")
        #expect(lines[3] == "code licence: Apache-2.0 (LICENSE)")
        #expect(lines[4] == "GEOS \(ComputingLibraries.geos), PROJ \(ComputingLibraries.proj)")
        #expect(ComputingLibraries.geos.hasPrefix("3.") && ComputingLibraries.proj.first?.isNumber == true)
        // validate shows the data licence too.
        #expect(try territory("validate").stdout.contains("\nlicence: \(info.license!)\n"))
    }

    @Test func theCodeAndTheDataCarryLicences() throws {
        let apache = try String(contentsOf: Self.root.appendingPathComponent("LICENSE"), encoding: .utf8)
        #expect(apache.contains("Apache License") && apache.contains("Version 2.0, January 2004"))
        #expect(apache.contains("END OF TERMS AND CONDITIONS"))
        let data = try String(contentsOf: Self.root.appendingPathComponent("geodata/LICENSE"), encoding: .utf8)
        for term in ["CC BY 4.0", "creativecommons.org/licenses/by/4.0", "Natural Earth", "Public domain", "GeoNames"] {
            #expect(data.contains(term), "geodata/LICENSE lacks \(term)")
        }
        let sources = try String(contentsOf: Self.root.appendingPathComponent("geodata/SOURCES.md"), encoding: .utf8)
        #expect(!sources.contains("CC0") && sources.contains("CC BY 4.0"))
        // Every feature states the licences the dataset's licence names: the project's, Natural
        // Earth's, or Natural Earth's lines completed by the project's.
        let dataset = try Dataset.embedded()
        #expect(!dataset.features.isEmpty)
        let licences = [
            "CC-BY-4.0", "public domain (Natural Earth)", "public domain (Natural Earth); drawn parts CC-BY-4.0",
        ]
        for feature in dataset.features.values {
            #expect(
                licences.contains(feature.license ?? ""),
                "\(feature.ref): \(feature.license ?? "no licence")")
        }
    }
}
