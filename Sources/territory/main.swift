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
    // Point at the help of the subcommand named on the command line, if any.
    let names = TerritoryCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
    let help = (CommandLine.arguments.dropFirst().first { names.contains($0) }).map { "territory \($0) --help" }
    let message = TerritoryCommand.message(for: error) + " (see '\(help ?? "territory --help")')"
    CommandFailure(status: .usage, message: message).exit()
}
