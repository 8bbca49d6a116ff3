import ArgumentParser
import Foundation
import Territory

/// `--quiet`, and the one line a command that writes files prints on stderr when it succeeds:
/// what it wrote, how much, and where. stdout stays the command's output alone.
struct WriteReport: ParsableArguments {
    @Flag(help: "Print nothing on success (otherwise one line on stderr says what was written where).")
    var quiet = false

    /// Prints `wrote PATH: WHAT` on stderr unless --quiet.
    func wrote(_ path: String, _ what: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data("wrote \(path): \(what)\n".utf8))
    }

    /// `380 KB`, `12.4 MB`: a file's size as a person reads it (decimal units, as `ls -h --si`).
    static func size(_ bytes: Int) -> String {
        switch bytes {
        case ..<1000: return "\(bytes) bytes"
        case ..<1_000_000: return "\(Int((Double(bytes) / 1000).rounded())) KB"
        default: return "\(Formatting.grouped(Double(bytes) / 1_000_000)) MB"
        }
    }

    /// `1 feature`, `20 features`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// The number of features in GeoJSON text this tool wrote (a FeatureCollection).
    static func featureCount(ofGeoJSON text: String) -> Int {
        guard case .object(let collection)? = try? JSONValue(json: text),
            case .array(let features)? = collection["features"]
        else { return 0 }
        return features.count
    }
}
