// Entry point: parse, run, and turn every failure into one line on stderr and a sysexits code.
import ArgumentParser
import Foundation

// A negative position (`-0.5,-179.5`) is a value, not an option: see NegativePositions.
let arguments = NegativePositions.protect(Array(CommandLine.arguments.dropFirst()))
// ArgumentParser prints a fixed version string; this one names the dataset and libraries too.
if arguments == ["--version"] {
    emit(VersionText.full())
    exit(0)
}
do {
    var command = try TerritoryCommand.parseAsRoot(arguments)
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
    let message =
        NegativePositions.original(message: TerritoryCommand.message(for: error), protected: arguments)
        + " (see '\(help ?? "territory --help")')"
    CommandFailure(status: .usage, message: message).exit()
}
