import Foundation
import Territory
import Testing

/// The embedded dataset is found by this package's tests, and by a package that depends on
/// Territory (the examples) run from any directory; the resource bundle holds real files
/// (issue 3, point 11). The `territory` binary's case is in TerritoryCLITests.
@Suite("Where the embedded dataset is found")
struct EmbeddedDatasetLocationTests {
    static let repositoryData = Repository.root.appendingPathComponent("geodata/data")

    /// Where `make test` builds the examples package; TERRITORY_EXAMPLES_BUILD overrides it.
    static let examplesBuild =
        ProcessInfo.processInfo.environment["TERRITORY_EXAMPLES_BUILD"].map {
            URL(fileURLWithPath: $0)
        } ?? Repository.root.appendingPathComponent("examples/.build/debug")

    static let controlAtDate = examplesBuild.appendingPathComponent("control-at-date")

    @Test("the resource bundle holds regular files with the repository's bytes, not symlinks")
    func bundleHoldsRealFiles() throws {
        let bundle = try #require(Dataset.embeddedDirectory)
        try expectRealCopy(of: Self.repositoryData, at: bundle)
    }

    @Test("Dataset.embedded() reads the bundle, not geodata/ in the repository")
    func embeddedComesFromTheBundle() throws {
        let embedded = try Dataset.embedded()
        #expect(embedded.directory.standardizedFileURL == Dataset.embeddedDirectory?.standardizedFileURL)
        #expect(embedded.directory.standardizedFileURL != Self.repositoryData.standardizedFileURL)
        let repository = try Dataset(directory: Self.repositoryData)
        #expect(embedded.events == repository.events)
        #expect(embedded.units.map(\.id) == repository.units.map(\.id))
    }

    @Test(
        "a package depending on Territory finds the dataset when run from another directory",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: EmbeddedDatasetLocationTests.controlAtDate.path),
            "no examples/.build/debug/control-at-date (nor in $TERRITORY_EXAMPLES_BUILD): `make examples` builds it"))
    func dependentPackage() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }

        let process = Process()
        process.executableURL = Self.controlAtDate
        process.currentDirectoryURL = elsewhere
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The example prints a few short lines, far below a pipe's buffer.
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "stderr: \(complaint)")

        // The same answers as this process's own copy of the dataset gives.
        let atlas = try Atlas.embedded()
        let expected = try ["1991-01-01", "1993-01-01", "2020-11-09", "2024-01-01"].map { date in
            let answer = try atlas.control(atPlace: "Shushi", on: try Day(iso: date))
            return "\(date): de facto \(answer.deFacto ?? "nobody"), de jure \(answer.deJure ?? "nobody"), "
                + answer.certainty.word
        }
        #expect(Array(printed.split(separator: "\n").prefix(4).map(String.init)) == expected, "stdout: \(printed)")

        let bundle = Self.examplesBuild.appendingPathComponent("Territory_TerritoryData.resources/data")
        try expectRealCopy(of: Self.repositoryData, at: bundle)
    }

    /// Checks that `copy` is a directory (not a symlink, which SwiftPM leaves dangling when the
    /// resource folder is one) of regular files with the same names and bytes as `source`.
    private func expectRealCopy(of source: URL, at copy: URL) throws {
        let manager = FileManager.default
        // attributesOfItem does not follow symlinks.
        #expect(try manager.attributesOfItem(atPath: copy.path)[.type] as? FileAttributeType == .typeDirectory)
        let names = try manager.contentsOfDirectory(atPath: source.path).sorted()
        #expect(try manager.contentsOfDirectory(atPath: copy.path).sorted() == names)
        for name in names {
            let file = copy.appendingPathComponent(name)
            let type = try manager.attributesOfItem(atPath: file.path)[.type] as? FileAttributeType
            #expect(type == .typeRegular, "\(file.path) is \(type.map { "\($0)" } ?? "unknown")")
            #expect(
                try Data(contentsOf: file) == Data(contentsOf: source.appendingPathComponent(name)),
                "\(file.path) differs from geodata/data/\(name): rebuild")
        }
    }
}
