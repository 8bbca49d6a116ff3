import Foundation

/// Numbers as this tool prints them (JSON: ``AnswerJSON``, shared with the HTTP service).
enum Formatting {
    /// `86617.3` as `86,617.3`: grouped thousands, a fixed number of decimals.
    static func grouped(_ value: Double, decimals: Int = 1) -> String {
        let fixed = String(format: "%.\(decimals)f", value)
        let negative = fixed.hasPrefix("-")
        let unsigned = negative ? String(fixed.dropFirst()) : fixed
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groups.joined(separator: ",") + fraction
    }
}

/// Writes text to stdout as is.
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// An optional JSON field that is written as `null` when absent, instead of being left out, so
/// every documented key is always present.
@propertyWrapper
struct NullWhenAbsent<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}
