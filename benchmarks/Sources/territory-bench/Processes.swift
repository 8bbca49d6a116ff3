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
/// time, and the peak RSS from wait4's rusage, which is this child's alone (RUSAGE_CHILDREN would
/// be the maximum over every child so far).
func runMeasured(_ executable: URL, _ arguments: [String]) throws -> ChildRun {
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
    guard spawned == 0 else { throw ProcessFailure(command: executable.path, status: spawned) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let elapsed = seconds(clock.now - start)
    // WIFEXITED and WEXITSTATUS, spelled out: Glibc's macros are not imported into Swift.
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
        throw ProcessFailure(command: ([executable.path] + arguments).joined(separator: " "), status: status)
    }
    // Linux reports ru_maxrss in KiB.
    return ChildRun(seconds: elapsed, peakRSSBytes: usage.ru_maxrss * 1024)
}
