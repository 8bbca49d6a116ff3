import Foundation

/// A JSON value, as found in GeoJSON Feature properties.
///
/// Numbers are `Double`s and are written in the shortest form that reads back to the same
/// `Double`, so reading what was written gives equal values.
public enum JSONValue: Sendable, Hashable, Codable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; key order is not kept (written sorted).
    case object([String: JSONValue])

    /// Parses one JSON text.
    ///
    /// - Throws: `GEOSError.parse` naming the line and column of the first error.
    public init(json: String) throws(GEOSError) {
        var text = json
        self = try text.withUTF8(JSONParser.parse).get()
    }

    /// Parses one JSON text given as UTF-8 bytes, with no copy into a `String` first.
    ///
    /// A text that parses is valid UTF-8: outside strings only ASCII is accepted, and every string
    /// is validated as it is read.
    ///
    /// - Throws: `GEOSError.parse` naming the line and column of the first error.
    public init(json: Data) throws(GEOSError) {
        self = try json.withUnsafeBytes { JSONParser.parse($0.bindMemory(to: UInt8.self)) }.get()
    }

    /// The compact JSON text of this value. Non-finite numbers, which JSON cannot hold, are
    /// written as `null`.
    public var json: String {
        var output = ""
        write(to: &output)
        return output
    }

    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Encodes the value as the JSON value it is.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let bool): try container.encode(bool)
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        case .array(let array): try container.encode(array)
        case .object(let object): try container.encode(object)
        }
    }

    func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let bool): output += bool ? "true" : "false"
        case .number(let number): JSONValue.write(number, to: &output)
        case .string(let string): JSONValue.write(string, to: &output)
        case .array(let array):
            output += "["
            for (index, element) in array.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .object(let object):
            output += "{"
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                JSONValue.write(key, to: &output)
                output += ":"
                object[key]!.write(to: &output)
            }
            output += "}"
        }
    }

    static func write(_ number: Double, to output: inout String) {
        output += number.isFinite ? number.shortestText : "null"
    }

    static func write(_ string: String, to output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
