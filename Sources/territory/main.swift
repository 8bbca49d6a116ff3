// Entry point: parse, run, and turn every failure into one line on stderr and a sysexits code.
import ArgumentParser
import Foundation

do {
    var command = try TerritoryCommand.parseAsRoot()
    try command.run()
} catch {
    if let failure = CommandFailure(error) {
        failure.exit()
    }
    let code = TerritoryCommand.exitCode(for: error)
    if code == .success {
        // --help and --version: ArgumentParser prints them to stdout.
        TerritoryCommand.exit(withError: error)
    }
    CommandFailure(status: .usage, message: TerritoryCommand.message(for: error) + " (see 'territory --help')").exit()
}
