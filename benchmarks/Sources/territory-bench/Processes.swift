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
