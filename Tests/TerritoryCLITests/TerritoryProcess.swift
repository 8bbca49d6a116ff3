import Foundation
import Testing

/// What one run of the built `territory` binary did.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The single line a failure prints, without its newline.
    var errorLine: String { stderr.trimmingCharacters(in: .newlines) }

    /// stdout parsed as a JSON object.
    func json() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any], "stdout: \(stdout)")
    }

    /// stdout parsed as a JSON array of objects.
    func jsonArray() throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]], "stdout: \(stdout)")
    }
}

/// The `territory` executable next to this test bundle (`swift build` puts both in .build/debug),
/// or the one named by TERRITORY_BINARY.
let territoryBinary: URL = {
    if let path = ProcessInfo.processInfo.environment["TERRITORY_BINARY"] {
        return URL(fileURLWithPath: path)
    }
    let bundle = Bundle.main.bundleURL
    let executable = Bundle.main.executableURL ?? bundle
    return executable.deletingLastPathComponent().appendingPathComponent("territory")
}()

/// Runs `territory ARGUMENTS` with no stdin, in `directory` if given, and waits for it.
func territory(_ arguments: String..., in directory: URL? = nil) throws -> Run {
    try territory(arguments, in: directory)
}

/// Runs `territory ARGUMENTS` with no stdin, in `directory` if given, and waits for it.
func territory(_ arguments: [String], in directory: URL? = nil) throws -> Run {
    let binary = territoryBinary
    try #require(
        FileManager.default.isExecutableFile(atPath: binary.path),
        "no territory binary at \(binary.path): run `swift build` before `swift test`")
    // Output goes to files, not pipes, so a large output cannot block the child.
    let scratch = try TemporaryDirectory()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
        try? out.close()
        try? err.close()
    }

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    if let directory { process.currentDirectoryURL = directory }
    try process.run()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: try text(of: outURL), stderr: try text(of: errURL))
}

/// A file's text. Not `String(contentsOf:)`: Foundation's reader leaks its buffer on an empty
/// file (LeakSanitizer, Swift 6.3), and most runs leave stdout or stderr empty.
private func text(of url: URL) throws -> String {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    return String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
}

/// A fresh directory removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("territory-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The names of the files in the directory, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Checks that a run failed the way the CLI promises: the exit status, nothing on stdout, and one
/// line on stderr starting `territory: error: ` that contains every one of `fragments`.
func expectFailure(
    _ run: Run, status: Int32, mentioning fragments: String..., sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(run.status == status, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.stdout.isEmpty, "stdout: \(run.stdout.prefix(300))", sourceLocation: sourceLocation)
    #expect(run.stderr.hasPrefix("territory: error: "), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
    #expect(
        run.stderr.hasSuffix("\n") && run.errorLine.split(separator: "\n").count == 1, "stderr: \(run.stderr)",
        sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(
            run.stderr.contains(fragment), "stderr lacks '\(fragment)': \(run.stderr)", sourceLocation: sourceLocation)
    }
}
