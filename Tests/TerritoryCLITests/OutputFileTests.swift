import Foundation
import Testing

/// `export --out`: atomic, never clobbers without --force, leaves nothing behind on failure.
@Suite struct OutputFileTests {
    private let arguments = ["export", "--date", "2021-01-01", "--format", "geojson"]

    @Test func writesTheFileAndNothingElse() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("state.geojson").path
        let run = try territory(arguments + ["--out", path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try directory.contents() == ["state.geojson"])
        let sameText = try String(contentsOfFile: path, encoding: .utf8) == territory(arguments).stdout
        #expect(sameText, "the file differs from what export prints to stdout")
    }

    @Test func refusesToReplaceAnExistingFileWithoutForce() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("state.geojson").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))

        let refused = try territory(arguments + ["--out", path])
        expectFailure(refused, status: 73, mentioning: "exists", "--force")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        #expect(try directory.contents() == ["state.geojson"])

        let forced = try territory(arguments + ["--out", path, "--force"])
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{"))
        #expect(try directory.contents() == ["state.geojson"])
    }

    @Test func unwritableDirectoryFailsAndLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        let locked = directory.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path) }
        // root ignores directory permissions; a missing directory fails for everyone.
        let target =
            getuid() == 0
            ? locked.appendingPathComponent("missing/out.geojson") : locked.appendingPathComponent("out.geojson")

        let run = try territory(arguments + ["--out", target.path])
        expectFailure(run, status: 73, mentioning: target.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }

    @Test func failedWriteOverAnExistingFileKeepsIt() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("state.geojson").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        // An invalid date fails before anything is written, even with --force.
        let run = try territory(["export", "--date", "2023-02-30", "--format", "geojson", "--out", path, "--force"])
        expectFailure(run, status: 64)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        #expect(try directory.contents() == ["state.geojson"])
    }

    @Test func failedRenameRemovesItsTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        // A non-empty directory cannot be replaced by a file, even with --force; by then the
        // temporary file has been written, and it must go.
        let target = directory.url.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("x".utf8).write(to: target.appendingPathComponent("inside"))
        let run = try territory(arguments + ["--out", target.path, "--force"])
        expectFailure(run, status: 73, mentioning: target.path)
        #expect(try directory.contents() == ["taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["inside"])
    }
}
