// Adds who held the ground to every row of an event CSV: `classify-csv events.csv > out.csv`.
// Two ways: the whole file through `EventFile` (streamed, every core, input columns kept byte for
// byte), and a few questions of your own through `Classifier.classify(_:)` directly.
import Foundation
import Territory

let classifier = Classifier(dataset: try Dataset.embedded())

if CommandLine.arguments.count > 1 {
    guard let input = FileHandle(forReadingAtPath: CommandLine.arguments[1]) else {
        FileHandle.standardError.write(Data("classify-csv: cannot read \(CommandLine.arguments[1])\n".utf8))
        exit(66)
    }
    let summary = try EventFile.classify(
        .stream { buffer, count in
            let data = (try? input.read(upToCount: count)) ?? Data()
            buffer += data
            return data.count
        },
        format: .csv,
        to: .stream { bytes in FileHandle.standardOutput.write(Data(bytes)) },
        with: classifier,
        options: EventFileOptions(output: .csv, added: [.deFacto, .deJure, .district]))
    FileHandle.standardError.write(Data("\(summary.classified) of \(summary.rows) rows classified\n".utf8))
} else {
    // Questions stream through in order; each answer is a classification or the error of that row.
    let stepanakert = Coordinate(x: 46.752, y: 39.815)
    let queries = try ["1988-01-01", "1993-01-01", "2021-01-01", "2024-01-01"].map {
        ControlQuery(coordinate: stepanakert, date: try Day(iso: $0))
    }
    for (query, result) in zip(queries, classifier.classify(queries)) {
        switch result {
        case .success(let answer):
            print("\(query.date): \(answer.deFacto ?? "nobody") (\(answer.district ?? "no district"))")
        case .failure(let error):
            print("\(query.date): \(error)")
        }
    }
}
