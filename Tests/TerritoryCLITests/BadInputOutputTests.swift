import Foundation
import Testing

/// `--out` where the file cannot be written: an empty path (of any command), a directory that
/// cannot hold files, a path through a regular file, a full disk and a write cut short. Each fails
/// with its status (64 for the empty path, 73 for the others), one line naming the path or the
/// option and the reason, and leaves no file, not even a temporary one.
@Suite struct BadInputOutputTests {
    private static let export = ["export", "--date", "2021-01-01", "--format", "geojson"]

    /// An empty --out (most often a shell variable that was never set), for every command that
    /// writes a file or a directory.
    static let emptyOutPaths: [[String]] = [
        export + ["--out", ""],
        ["export", "--all-periods", "--format", "gpkg", "--out", ""],
        ["map", "--date", "2021", "--out", ""],
        ["viewer", "--out", ""],
    ]

    @Test(arguments: emptyOutPaths)
    func emptyOutputPathFails(_ arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        let run = try territory(arguments, in: directory.url)
        expectFailure(run, status: 64, mentioning: "--out is an empty path", "give the")
        #expect(try directory.contents() == [])
    }

    @Test func directoryThatCannotHoldFilesFails() throws {
        // /proc takes no new files, even from root.
        let path = "/proc/territory-\(UUID().uuidString).geojson"
        let run = try territory(Self.export + ["--out", path])
        expectFailure(run, status: 73, mentioning: path, "cannot create")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func pathThroughARegularFileFails() throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("plain")
        try Data("x".utf8).write(to: file)
        let path = file.appendingPathComponent("state.geojson").path
        let run = try territory(Self.export + ["--out", path])
        expectFailure(run, status: 73, mentioning: path, "Not a directory")
        #expect(try directory.contents() == ["plain"])
    }

    /// A 64 KiB tmpfs, smaller than the export, where the machine lets the test mount one (root in
    /// a sandbox that allows it); elsewhere the same failure is simulated with a file size limit
    /// (except in a ThreadSanitizer build, which cannot run under one).
    @Test func fullDiskFailsAndLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        let disk = directory.url.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: false)
        let path = disk.appendingPathComponent("state.geojson").path
        if try Self.shell("mount -t tmpfs -o size=64k tmpfs '\(disk.path)' 2>/dev/null").status == 0 {
            defer { _ = try? Self.shell("umount '\(disk.path)'") }
            let run = try territory(Self.export + ["--out", path])
            expectFailure(run, status: 73, mentioning: path, "No space left on device")
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == [])
        } else if Self.runsUnderAFileSizeLimit {
            let run = try Self.shell(Self.limitingFileSize(Self.export + ["--out", path]))
            expectFailure(run, status: 73, mentioning: path, "File too large")
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == [])
        }
    }

    /// Whether `territory` runs at all under a file size limit: ThreadSanitizer's runtime does not
    /// (it dies of SIGBUS before main), so a TSan build skips the tests that need one.
    static let runsUnderAFileSizeLimit = (try? Self.shell(Self.limitingFileSize(["--help"])).status) == 0

    @Test(.enabled(if: runsUnderAFileSizeLimit)) func writeCutShortFailsAndLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("state.geojson").path
        let run = try Self.shell(Self.limitingFileSize(Self.export + ["--out", path]))
        expectFailure(run, status: 73, mentioning: path, "File too large")
        #expect(try directory.contents() == [])
    }

    @Test(.enabled(if: runsUnderAFileSizeLimit)) func writeCutShortKeepsTheFileItWouldReplace() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("state.geojson").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        let run = try Self.shell(Self.limitingFileSize(Self.export + ["--out", path, "--force"]))
        expectFailure(run, status: 73, mentioning: path, "File too large")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        #expect(try directory.contents() == ["state.geojson"])
    }

    /// A shell command running `territory ARGUMENTS` with files limited to 8 KiB: a write past the
    /// limit fails with EFBIG ("File too large"), as one past the end of a disk fails with ENOSPC.
    /// SIGXFSZ, which would kill the process instead, is ignored (an ignored signal stays ignored
    /// across exec).
    private static func limitingFileSize(_ arguments: [String]) -> String {
        let quoted = ([territoryBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        return "trap '' XFSZ; ulimit -f 16; exec \(quoted)"
    }

    /// Runs `command` with /bin/sh; its output is a line at most, so pipes cannot fill.
    private static func shell(_ command: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let out = Pipe()
        let err = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
