import ArgumentParser
import Foundation

/// `territory serve`: runs `territory-serve`, the HTTP server, found beside this executable.
///
/// The server is a separate executable so that this one, and the library, stay free of SwiftNIO
/// and Hummingbird: the process is replaced (exec), so signals such as Ctrl-C reach the server
/// directly and its exit status is the command's.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the atlas over HTTP: OGC API - Features, a map, and these questions as JSON.",
        discussion: """
            Options (given to territory-serve, beside this executable): --data DIR, --host ADDRESS \
            (default 127.0.0.1), --port N (default 8080, 0 for any free port). See \
            'territory serve --help' and docs/serve.md.
            """)

    @Argument(parsing: .captureForPassthrough, help: "Options of territory-serve.")
    var arguments: [String] = []

    func run() throws {
        let here = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        guard let server = here?.appendingPathComponent("territory-serve").path,
            FileManager.default.isExecutableFile(atPath: server)
        else {
            throw CommandFailure(
                status: .unavailable,
                message: "territory-serve is not beside territory in \(here?.path ?? "its directory"); "
                    + "build it with 'swift build --product territory-serve'")
        }
        let argv = ([server] + arguments).map { strdup($0) } + [nil]
        execv(server, argv)
        throw CommandFailure(
            status: .unavailable, message: "cannot run \(server): \(String(cString: strerror(errno)))")
    }
}
