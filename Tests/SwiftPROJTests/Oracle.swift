import Foundation

/// GeographicLib's command-line tools (Debian package geographiclib-tools), run as batch processes:
/// the independent oracles the geodesic tests compare against.
///
/// A missing tool is a failure, not a skip: a skipped oracle test would pass silently in CI.
enum Oracle {
    struct Missing: Error, CustomStringConvertible {
        let tool: String
        var description: String {
            "\(tool) is not installed: run `make test`, which installs geographiclib-tools (GeodSolve, "
                + "Planimeter, GeoConvert) before running the tests"
        }
    }

    struct Failed: Error, CustomStringConvertible {
        let tool: String
        let status: Int32
        let errorOutput: String
        var description: String { "\(tool) exited with status \(status): \(errorOutput)" }
    }

    /// Runs `/usr/bin/<tool> <arguments>` on `input` (through a file, so that neither side can
    /// block on a full pipe) and returns its output lines.
    static func run(_ tool: String, _ arguments: [String], input: String) throws -> [String] {
        let path = "/usr/bin/\(tool)"
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(tool: tool) }
        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("oracle-\(UUID().uuidString).txt")
        try input.write(to: inputFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: inputFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + ["--input-file", inputFile.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(
                tool: tool, status: process.terminationStatus, errorOutput: String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The numbers on an output line.
    static func numbers(_ line: String) -> [Double] {
        line.split(separator: " ").compactMap { Double($0) }
    }
}

/// A degree value written with fixed decimals (the tools do not all read exponents) and read back,
/// so that this code and the oracle see exactly the same number.
func roundTripped(_ degrees: Double) -> (value: Double, text: String) {
    let text = String(format: "%.12f", degrees)
    return (Double(text)!, text)
}
