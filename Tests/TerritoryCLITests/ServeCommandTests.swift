import Foundation
import Testing

/// `territory serve` runs `territory-serve` from beside it (the HTTP server has its own executable,
/// so the CLI stays free of SwiftNIO): its options reach the server, which refuses bad ones as
/// the CLI does. The server itself is checked with real clients by scripts/serve-test.
@Suite struct ServeCommandTests {
    @Test func passesItsOptionsToTheServer() throws {
        let run = try territory("serve", "--help")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("OGC API - Features") && run.stdout.contains("--port"), "stdout: \(run.stdout)")
    }

    @Test func refusesABadPortOrDataDirectory() throws {
        expectFailure(try territory("serve", "--port", "70000"), status: 64, mentioning: "--port 70000")
        expectFailure(try territory("serve", "--colour", "red"), status: 64, mentioning: "--colour")
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-dataset-\(UUID())").path
        expectFailure(try territory("serve", "--data", missing), status: 66, mentioning: missing)
    }
}
