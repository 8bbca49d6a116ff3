import Foundation
import Territory

/// Exit statuses from BSD's sysexits.h, the ones this tool uses.
enum ExitStatus: Int32 {
    /// Success.
    case success = 0
    /// The command line is wrong: a bad option, date, coordinate or name, a date outside the dataset.
    case usage = 64
    /// The dataset is invalid.
    case dataError = 65
    /// The dataset directory or one of its files is missing or unreadable.
    case noInput = 66
    /// A program the command needs is missing or failed (psql for `export --postgres`).
    case unavailable = 69
    /// The output file cannot be created, or exists and --force was not given.
    case cannotCreate = 73
    /// Reading the input or writing standard output failed.
    case ioError = 74
}

/// A failure to report as one line, `territory: error: MESSAGE`, with its exit status.
struct CommandFailure: Error {
    var status: ExitStatus
    var message: String

    init(status: ExitStatus, message: String) {
        self.status = status
        self.message = message
    }

    /// The failure for an error of the Territory library, or nil for errors ArgumentParser owns.
    init?(_ error: any Error) {
        switch error {
        case let failure as CommandFailure:
            self = failure
        case let error as DatasetError:
            if case .unreadable = error {
                self.init(
                    status: .noInput,
                    message:
                        "\(error) (pass --data DIR with a readable dataset directory, or leave --data out for "
                        + "the embedded dataset)")
            } else {
                self.init(
                    status: .dataError, message: "\(error) (run 'territory validate --data DIR' for every problem)")
            }
        case let error as QueryError:
            if case .geometry = error {
                self.init(status: .dataError, message: "\(error) (the dataset's geometry could not be computed)")
            } else {
                self.init(status: .usage, message: error.description)
            }
        case let error as EventFileError:
            if case .io = error {
                self.init(status: .ioError, message: error.description)
            } else {
                self.init(status: .dataError, message: error.description)
            }
        case let error as DayError:
            self.init(status: .usage, message: error.description)
        default:
            return nil
        }
    }

    /// Writes the line to stderr and ends the process.
    func exit() -> Never {
        let line = "territory: error: " + message.replacingOccurrences(of: "\n", with: " ") + "\n"
        FileHandle.standardError.write(Data(line.utf8))
        Foundation.exit(status.rawValue)
    }
}
