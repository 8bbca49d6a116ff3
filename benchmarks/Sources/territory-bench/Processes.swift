import Foundation

/// A child process that failed.
struct ProcessFailure: Error, CustomStringConvertible {
    var command: String
    var status: Int32

    var description: String { "`\(command)` exited with status \(status) (its messages are above)" }
}

/// Runs `executable` with `arguments`, its standard output written to `output` (discarded when
/// `nil`) and its standard error shown; throws unless it exits with 0.
func run(_ executable: URL, _ arguments: [String], output: URL?) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let output {
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: output.path])
        }
        process.standardOutput = try FileHandle(forWritingTo: output)
    } else {
        process.standardOutput = FileHandle.nullDevice
    }
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ProcessFailure(
            command: ([executable.path] + arguments).joined(separator: " "), status: process.terminationStatus)
    }
}

/// Runs a program that prints one JSON object and returns that object.
func runJSON(_ executable: URL, _ arguments: [String], scratch: URL) throws -> [String: Any] {
    let output = scratch.appendingPathComponent("\(executable.lastPathComponent)-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: output) }
    try run(executable, arguments, output: output)
    let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: output))
    return object as? [String: Any] ?? [:]
}

/// What one measured child run took: wall seconds and the child's peak resident set.
struct ChildRun {
    var seconds: Double
    var peakRSSBytes: Int
}

/// Runs `executable` with `arguments` (output discarded, errors shown) and measures it: the wall
/// time, and the child's own peak RSS as GNU time reports it.
///
/// Not wait4's rusage: exec folds the high-water RSS of the address space it replaces into the
/// process's ru_maxrss, and under posix_spawn (CLONE_VM) that address space is this benchmark's,
/// hundreds of megabytes after W1-W6, so every child would report at least that much. GNU time
/// forks the child from its own small process and reports the child's rusage.
func runMeasured(_ executable: URL, _ arguments: [String]) throws -> ChildRun {
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("rss-\(UUID().uuidString).txt")
    defer { try? FileManager.default.removeItem(at: report) }
    let command = [executable.path] + arguments
    let argv = (["/usr/bin/time", "-f", "%M", "-o", report.path] + command).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/usr/bin/time", &actions, nil, argv, environ)
    guard spawned == 0 else { throw ProcessFailure(command: "/usr/bin/time (package time)", status: spawned) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let elapsed = seconds(clock.now - start)
    // WIFEXITED and WEXITSTATUS, spelled out: Glibc's macros are not imported into Swift. GNU time
    // exits with its child's status.
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
        throw ProcessFailure(command: command.joined(separator: " "), status: status)
    }
    // %M is the maximum resident set size in KiB.
    let text = try String(contentsOf: report, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let kibibytes = Int(text) else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: report.path])
    }
    return ChildRun(seconds: elapsed, peakRSSBytes: kibibytes * 1024)
}
