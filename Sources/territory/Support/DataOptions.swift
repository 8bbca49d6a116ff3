import ArgumentParser
import Foundation
import Territory

/// `--data DIR`: which dataset a command reads.
struct DataOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A dataset directory (with dataset.json); default: the embedded dataset.", valueName: "dir"))
    var data: String?

    func validate() throws {
        try requireNonEmptyPath(
            data, option: "--data", expected: "a dataset directory, or leave --data out for the embedded dataset")
    }

    /// The dataset directory asked for, checked to exist, or nil for the embedded one.
    func directory() throws(CommandFailure) -> URL? {
        guard let data else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(
                status: .noInput, message: "no dataset directory at '\(data)' (pass --data DIR with dataset.json in it)"
            )
        }
        return URL(fileURLWithPath: data, isDirectory: true)
    }

    /// The dataset, loaded and validated.
    func dataset() throws -> Dataset {
        guard let url = try directory() else { return try Dataset.embedded() }
        return try Dataset(directory: url)
    }

    /// The engine over the dataset.
    func atlas() throws -> Atlas {
        Atlas(dataset: try dataset())
    }
}

/// Parses a `--date` (or `--from`, `--to`) value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
func parseDate(_ text: String) throws -> DatedDay {
    try Day.parse(text)
}
