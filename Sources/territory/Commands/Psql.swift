import Foundation

/// Loads an SQL script into a PostgreSQL database by piping it to `psql`.
///
/// Why psql and not a Swift PostgreSQL driver: a driver (postgres-nio and its dependencies) adds
/// minutes to every build of this tool for one option, while anyone loading into PostGIS has the
/// PostgreSQL client at hand; psql also takes every connection form libpq knows (URLs, service
/// names, PGPASSWORD, ~/.pgpass).
enum Psql {
    /// Runs `psql` on `url` with `script` on its stdin, stopping at the first error.
    static func load(_ script: String, into url: String) throws(CommandFailure) {
        guard let psql = executable("psql") else {
            throw CommandFailure(
                status: .unavailable,
                message: "psql is not on PATH: install the PostgreSQL client (Debian: apt-get install "
                    + "postgresql-client), or write the script with --out FILE and load it with your own client")
        }
        let process = Process()
        process.executableURL = psql
        process.arguments = ["--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--dbname", url, "--file", "-"]
        let input = Pipe()
        process.standardInput = input
        // Command tags ("INSERT 0 100") go nowhere; errors and warnings reach stderr.
        process.standardOutput = FileHandle.nullDevice
        // When psql stops at an error it closes the pipe; the write must then fail, not kill us.
        signal(SIGPIPE, SIG_IGN)
        do {
            try process.run()
        } catch {
            throw CommandFailure(status: .unavailable, message: "cannot run \(psql.path): \(error)")
        }
        let sent = Result { try input.fileHandleForWriting.write(contentsOf: Data(script.utf8)) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0, case .success = sent else {
            throw CommandFailure(
                status: .unavailable,
                message: "psql could not load the script into the database (exit \(process.terminationStatus)); "
                    + "its messages are above. Check the URL, that PostGIS is installed on the server, and that "
                    + "the user may create extensions and schemas")
        }
    }

    /// The first executable called `name` on PATH.
    private static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
