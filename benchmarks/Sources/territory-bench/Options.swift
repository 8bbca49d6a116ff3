import Foundation

/// Command-line options: `territory-bench --territory BIN --floor BIN --peer NAME=PYTHON ... --work DIR --out FILE`.
struct Options {
    var territory: URL?
    var floor: URL?
    var peers: [(name: String, python: URL)] = []
    var peerScript = URL(fileURLWithPath: "benchmarks/peers/bench.py")
    var work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("territory-bench")
    var out = URL(fileURLWithPath: "benchmarks/results.json")
    var points = 1_000_000
    var runs = 5
    /// Workloads to run (W1 … W7, scaling); all when `nil`. For profiling one of them.
    var only: Set<String>?

    static let usage = """
        usage: territory-bench [--territory PATH] [--floor PATH] [--peer NAME=PYTHON]... [--peer-script PATH]
                               [--work DIR] [--out FILE] [--points N] [--runs N] [--only W1,W3,...]
        """

    /// Whether `workload` is to run.
    func wants(_ workload: String) -> Bool { only?.contains(workload) ?? true }

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else {
                throw OptionError(message: "\(flag) needs a value\n\(Self.usage)")
            }
            switch flag {
            case "--territory": territory = URL(fileURLWithPath: value)
            case "--floor": floor = URL(fileURLWithPath: value)
            case "--peer":
                guard let equals = value.firstIndex(of: "=") else {
                    throw OptionError(message: "--peer takes NAME=PYTHON, e.g. shapely-wheel=.venv-bench/bin/python")
                }
                peers.append(
                    (String(value[..<equals]), URL(fileURLWithPath: String(value[value.index(after: equals)...]))))
            case "--only": only = Set(value.split(separator: ",").map(String.init))
            case "--peer-script": peerScript = URL(fileURLWithPath: value)
            case "--work": work = URL(fileURLWithPath: value)
            case "--out": out = URL(fileURLWithPath: value)
            case "--points", "--runs":
                guard let number = Int(value), number > 0 else {
                    throw OptionError(message: "\(flag) takes a positive whole number, not '\(value)'")
                }
                if flag == "--points" { points = number } else { runs = number }
            default: throw OptionError(message: "unknown option \(flag)\n\(Self.usage)")
            }
        }
    }
}

/// A command line that cannot be run.
struct OptionError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
