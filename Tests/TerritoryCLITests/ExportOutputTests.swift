import Foundation
import Testing

/// `export --out` for the GeoPackage and PostGIS formats: atomic, never clobbers without --force,
/// and a failed export leaves nothing behind (OutputFileTests covers GeoJSON).
@Suite struct ExportOutputTests {
    private static let formats: [(format: String, file: String)] = [("gpkg", "out.gpkg"), ("postgis-sql", "out.sql")]

    @Test(arguments: formats) func writesOnlyTheFile(format: String, file: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent(file).path
        let run = try territory("export", "--date", "2021-01-01", "--format", format, "--out", path)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try directory.contents() == [file])
        let head = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 16) ?? Data()
        let expected = format == "gpkg" ? "SQLite format 3\0" : "-- Territory expo"
        #expect(String(decoding: head, as: UTF8.self) == String(expected.prefix(head.count)))
        #expect(head.count == 16)
    }

    @Test(arguments: formats) func replacesAnExistingFileOnlyWithForce(format: String, file: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent(file).path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        let arguments = ["export", "--date", "2021-01-01", "--format", format, "--out", path]

        expectFailure(try territory(arguments), status: 73, mentioning: "exists", "--force")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")

        let forced = try territory(arguments + ["--force"])
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count > 10_000)
        #expect(try directory.contents() == [file])
    }

    @Test(arguments: formats) func failedExportLeavesTheOldFileAndNothingElse(format: String, file: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent(file).path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        // A day before the dataset starts fails after parsing, when the export is computed.
        let run = try territory("export", "--date", "1900-01-01", "--format", format, "--out", path, "--force")
        expectFailure(run, status: 64, mentioning: "1900-01-01", "outside")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        #expect(try directory.contents() == [file])
    }

    @Test(arguments: formats) func failedRenameRemovesItsTemporaryFile(format: String, file: String) throws {
        let directory = try TemporaryDirectory()
        // A non-empty directory cannot be replaced by a file: the rename fails after the write.
        let target = directory.url.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("x".utf8).write(to: target.appendingPathComponent("inside"))
        let run = try territory("export", "--date", "2021-01-01", "--format", format, "--out", target.path, "--force")
        expectFailure(run, status: 73, mentioning: target.path)
        #expect(try directory.contents() == [file])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["inside"])
    }

    @Test func geoPackageNeedsAFileAndPostgresNeedsTheSQLFormat() throws {
        expectFailure(
            try territory("export", "--date", "2021-01-01", "--format", "gpkg"), status: 64, mentioning: "--out")
        expectFailure(
            try territory("export", "--date", "2021-01-01", "--format", "gpkg", "--postgres", "postgresql://x/y"),
            status: 64, mentioning: "--postgres", "postgis-sql")
    }
}
