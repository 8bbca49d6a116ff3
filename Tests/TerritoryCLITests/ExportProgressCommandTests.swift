import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `territory export --all-periods` shows a progress bar on a terminal and nothing when its stderr
/// is piped or redirected.
@Suite struct ExportProgressCommandTests {
    @Test(arguments: ["geojson", "gpkg", "postgis-sql"])
    func allPeriodsIsSilentWhenRedirected(format: String) throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("all.\(format)").path
        // A GeoPackage needs --out; the text formats go to stdout, as most pipelines use them.
        let arguments = ["export", "--all-periods", "--format", format] + (format == "gpkg" ? ["--out", file] : [])
        let run = try territory(arguments)
        #expect(run.status == 0, "stderr: \(run.stderr.prefix(300))")
        // No bar; a file written says so in one line (issue 17, point 8), stdout output does not.
        let report = format == "gpkg" ? "wrote \(file): GeoPackage for all periods; rows: control_periods " : nil
        #expect(
            report.map { run.stderr.hasPrefix($0) && run.stderr.split(separator: "\n").count == 1 }
                ?? run.stderr.isEmpty,
            "stderr: \(run.stderr.prefix(300))")
        if format == "gpkg" {
            #expect(run.stdout.isEmpty && FileManager.default.fileExists(atPath: file))
        } else {
            #expect(run.stdout.count > 1000)
        }
    }

    @Test func allPeriodsDrawsABarOnATerminal() throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("all.geojson").path
        let (status, terminal) = try runWithTerminalStderr(["export", "--all-periods", "--out", file, "--quiet"])
        #expect(status == 0, "terminal: \(terminal.prefix(300))")

        // Each frame is "\rexport [###...] P% (DONE/TOTAL)"; finish() erases the line at the end.
        #expect(terminal.hasSuffix("\r\u{1B}[K"), "terminal: \(terminal.suffix(200).debugDescription)")
        let frames = terminal.split(separator: "\r").filter { $0.hasPrefix("export [") }
        let counts = frames.compactMap { frame -> (done: Int, total: Int)? in
            guard let open = frame.lastIndex(of: "("), let slash = frame.lastIndex(of: "/") else { return nil }
            guard let done = Int(frame[frame.index(after: open)..<slash]),
                let total = Int(frame[frame.index(after: slash)...].dropLast())
            else { return nil }
            return (done, total)
        }
        #expect(counts.count == frames.count && counts.count > 1, "frames: \(frames.prefix(3))")
        #expect(zip(counts, counts.dropFirst()).allSatisfy { $0.done < $1.done && $0.total == $1.total })
        let last = try #require(counts.last)
        #expect(last.done == last.total && last.total > 1)
        #expect(FileManager.default.fileExists(atPath: file))
    }
}

/// Runs `territory ARGUMENTS` with stderr on a new pseudo-terminal (so `isatty` is true, as in a
/// shell) and stdout discarded; returns the exit status and everything written to the terminal.
private func runWithTerminalStderr(_ arguments: [String]) throws -> (status: Int32, terminal: String) {
    var master: Int32 = -1
    var terminal: Int32 = -1
    try #require(openpty(&master, &terminal, nil, nil, nil) == 0, "no pseudo-terminal: errno \(errno)")
    defer { close(master) }
    // Kept open until everything is read: the last close of the slave side would hang it up.
    defer { close(terminal) }

    let process = Process()
    process.executableURL = territoryBinary
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
    try process.run()
    process.waitUntilExit()

    // The child has exited, so all it wrote is on its way; read until the bar's closing erase, or
    // until nothing more arrives (a generous guard against hanging, not a timing check).
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    let erase = Array("\r\u{1B}[K".utf8)
    while !bytes.reversed().starts(with: erase.reversed()) {
        var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, 20_000) == 1 else { break }
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { break }
        bytes += buffer[0..<count]
    }
    return (process.terminationStatus, String(decoding: bytes, as: UTF8.self))
}
