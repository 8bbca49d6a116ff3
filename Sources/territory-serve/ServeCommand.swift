import ArgumentParser
import Foundation
import Hummingbird
import NIOCore
import Territory
import TerritoryRender

/// Entry point: parse, run, and report a bad command line as the CLI does, one line on stderr
/// (`territory: error: ...`) and status 64.
@main
enum ServeMain {
    static func main() async {
        do {
            var command = try ServeCommand.parseAsRoot()
            if let serve = command as? ServeCommand {
                try await serve.run()
            } else {
                try command.run()
            }
        } catch {
            if ServeCommand.exitCode(for: error) == .success {
                // --help: ArgumentParser prints it to stdout.
                ServeCommand.exit(withError: error)
            }
            let message = ServeCommand.message(for: error).replacingOccurrences(of: "\n", with: " ")
            FileHandle.standardError.write(Data("territory: error: \(message) (see 'territory serve --help')\n".utf8))
            Foundation.exit(64)
        }
    }
}

/// `territory-serve` (run as `territory serve`): the atlas as an OGC API - Features service.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "territory serve",
        abstract: "Serve the atlas over HTTP: OGC API - Features, the map, and the CLI's questions as JSON.",
        discussion: """
            Read only. Binds to 127.0.0.1 unless --host says otherwise. Stops cleanly on SIGTERM or \
            SIGINT (Ctrl-C): requests in flight are answered first. Prints 'listening on URL' once \
            it accepts connections (--port 0 picks a free port).
            """)

    @Option(help: ArgumentHelp("A dataset directory (default: the embedded dataset).", valueName: "dir"))
    var data: String?
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port).") var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is outside 0...65535") }
        if data?.isEmpty == true { throw ValidationError("--data is an empty path; give a dataset directory") }
    }

    func run() async throws {
        let dataset: Dataset
        do {
            dataset = try loadDataset()
        } catch {
            fail(error is DatasetError ? 65 : 66, "\(error)")
        }
        let note = { (text: String) in FileHandle.standardError.write(Data(("territory serve: " + text + "\n").utf8)) }
        note("preparing the collections and the map of \(dataset.info.name)")
        // One immutable atlas, shared by every request: it renders the collections and the map
        // once, here, and answers the questions.
        let atlas = Atlas(dataset: dataset)
        let (store, map): (FeatureStore, String)
        do {
            store = try FeatureStore(atlas: atlas)
            map = try atlas.viewerPage()
        } catch {
            fail(65, "cannot prepare the data: \(error)")
        }
        let title = dataset.info.name
        let api = OpenAPIDocument.document(store: store, title: title).json
        let base = BaseURL(fallback: "http://\(host.contains(":") ? "[\(host)]" : host):\(port)")
        let router = Server.router(
            features: FeaturesAPI(store: store, title: title, base: base),
            questions: QuestionsAPI(atlas: atlas), api: api, map: map)
        let app = Application(
            router: router,
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [
                        UnparsableRequestReply(), RequestHeadDeadline(limit: Server.requestHeadLimit),
                    ],
                    idleTimeout: Server.idleTimeout)),
            configuration: .init(address: .hostname(host, port: port), serverName: "territory-serve"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                FileHandle.standardOutput.write(Data("listening on http://\(shown):\(port)/\n".utf8))
            })
        do {
            try await app.runService()
        } catch {
            fail(74, "cannot serve on \(host):\(port): \(error)")
        }
    }

    private func loadDataset() throws -> Dataset {
        guard let data else { return try Dataset.embedded() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
            fail(66, "no dataset directory at '\(data)' (pass --data DIR with dataset.json in it)")
        }
        return try Dataset(directory: URL(fileURLWithPath: data, isDirectory: true))
    }

    /// One line on stderr and a sysexits status, as the CLI reports errors.
    private func fail(_ status: Int32, _ message: String) -> Never {
        FileHandle.standardError.write(Data("territory: error: \(message)\n".utf8))
        Foundation.exit(status)
    }
}
