import Foundation
import Hummingbird
import Territory

/// The query parameters of one request, checked against those its endpoint defines.
///
/// OGC API - Features Part 1 (requirement /req/core/query-param-unknown) has a server answer 400
/// to a parameter its API definition does not list, so an unknown or repeated parameter is refused
/// with the list of those the endpoint takes, rather than silently ignored.
struct QueryParameters {
    private let values: [String: String]

    /// The parameters of `request`, each named in `allowed`.
    ///
    /// - Throws: a 400 `Problem` for an unknown or repeated parameter or a malformed escape.
    init(_ request: Request, allowed: [String]) throws(Problem) {
        var values: [String: String] = [:]
        for pair in (request.uri.query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = try Self.decode(parts[0])
            let value = try Self.decode(parts.count > 1 ? parts[1] : "")
            guard allowed.contains(key) else {
                let names = allowed.isEmpty ? "none" : allowed.joined(separator: ", ")
                throw .badRequest("unknown query parameter '\(key)'; this endpoint takes: \(names)")
            }
            guard values[key] == nil else { throw .badRequest("query parameter '\(key)' is given twice; give it once") }
            values[key] = value
        }
        self.values = values
    }

    /// A form-encoded component: `+` is a space, then percent escapes.
    private static func decode(_ text: Substring) throws(Problem) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .badRequest("'\(text.prefix(80))' has a malformed percent escape; encode '%' as %25")
        }
        return decoded
    }

    /// The parameter's text, `nil` when absent.
    subscript(name: String) -> String? { values[name] }

    /// A parameter that must be given.
    func required(_ name: String, example: String) throws(Problem) -> String {
        guard let value = values[name], !value.isEmpty else {
            throw .badRequest("the query parameter '\(name)' is required, e.g. \(name)=\(example)")
        }
        return value
    }

    /// A day, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the CLI reads `--date`.
    func day(_ name: String) throws(Problem) -> Day? {
        guard let text = values[name] else { return nil }
        do {
            return try Day.parse(text).day
        } catch {
            throw .badRequest("\(name): \(error)")
        }
    }

    /// A number within `range`.
    func number(_ name: String, in range: ClosedRange<Double>, example: String) throws(Problem) -> Double {
        let text = try required(name, example: example)
        guard let value = Double(text), value.isFinite else {
            throw .badRequest("\(name) '\(text.prefix(80))' is not a number, e.g. \(name)=\(example)")
        }
        guard range.contains(value) else {
            throw .badRequest("\(name) \(text) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    /// An integer within `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int, hint: String) throws(Problem) -> Int
    {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text) else {
            throw .badRequest("\(name) '\(text.prefix(80))' is not a whole number")
        }
        guard range.contains(value) else {
            throw .badRequest("\(name) \(value) is outside \(range.lowerBound)...\(range.upperBound)\(hint)")
        }
        return value
    }

    /// One of the texts `choices`, or `fallback` when absent.
    func choice(_ name: String, of choices: [String], default fallback: String) throws(Problem) -> String {
        guard let text = values[name] else { return fallback }
        guard choices.contains(text) else {
            throw .badRequest("\(name) '\(text.prefix(80))' is not one of \(choices.joined(separator: ", "))")
        }
        return text
    }
}
