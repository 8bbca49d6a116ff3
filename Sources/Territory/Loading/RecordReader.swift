/// Reads one JSON object of a dataset file strictly: values must have the documented types and
/// every key must be one the reader asked for, so a typo such as `"form"` for `"from"` is an error
/// instead of a silently missing value.
struct RecordReader {
    /// The file, for messages.
    let file: String
    /// The record's id once read; before that, a label such as `units[3]` (`nil` for a file's top level).
    private(set) var id: String?
    /// Where inside the record this object sits (`route 'old-road': `), for nested objects.
    private let context: String
    private let fields: [String: JSONValue]
    private var read: Set<String> = []

    /// A reader over `value`, which must be an object.
    init(_ value: JSONValue, file: String, id: String?, context: String = "") throws(DatasetError) {
        self.file = file
        self.id = id
        self.context = context
        guard case .object(let fields) = value else {
            throw .malformed(file: file, id: id, problem: "\(context)expected an object, found \(value.kindName)")
        }
        self.fields = fields
    }

    /// A reader for an object nested under `key` of this record, reporting errors against this
    /// record's id.
    func nested(_ value: JSONValue, context nestedContext: String) throws(DatasetError) -> RecordReader {
        try RecordReader(value, file: file, id: id, context: context + nestedContext + ": ")
    }

    /// The record's `id`: a non-empty string without spaces; messages name it from now on.
    mutating func readID() throws(DatasetError) -> String {
        let value = try string("id")
        guard !value.isEmpty, !value.contains(where: \.isWhitespace), !value.contains("#") else {
            throw malformed("\"id\" must be a non-empty string without spaces or '#', found \"\(value)\"")
        }
        id = value
        return value
    }

    /// The error for this record with `problem`.
    func malformed(_ problem: String) -> DatasetError {
        .malformed(file: file, id: id, problem: context + problem)
    }

    /// An error of another category for this record.
    func error(_ make: (String, String?, String) -> DatasetError, _ problem: String) -> DatasetError {
        make(file, id, context + problem)
    }

    /// The value under `key` as it is, marking the key read; `nil` when absent or `null`.
    mutating func raw(_ key: String) -> JSONValue? { value(key) }

    private mutating func value(_ key: String) -> JSONValue? {
        read.insert(key)
        guard let value = fields[key], value != .null else { return nil }
        return value
    }

    /// A required string.
    mutating func string(_ key: String) throws(DatasetError) -> String {
        guard let text = try optionalString(key) else { throw malformed("missing required key \"\(key)\"") }
        return text
    }

    /// A string that may be absent or `null`.
    mutating func optionalString(_ key: String) throws(DatasetError) -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let text) = value else {
            throw malformed("\"\(key)\" must be a string, found \(value.kindName)")
        }
        return text
    }

    /// A boolean that may be absent or `null` (false then).
    mutating func flag(_ key: String) throws(DatasetError) -> Bool {
        guard let value = value(key) else { return false }
        guard case .bool(let flag) = value else {
            throw malformed("\"\(key)\" must be true or false, found \(value.kindName)")
        }
        return flag
    }

    /// A required number.
    mutating func number(_ key: String) throws(DatasetError) -> Double {
        guard let number = try optionalNumber(key) else { throw malformed("missing required key \"\(key)\"") }
        return number
    }

    /// A number that may be absent or `null`.
    mutating func optionalNumber(_ key: String) throws(DatasetError) -> Double? {
        guard let value = value(key) else { return nil }
        guard case .number(let number) = value, number.isFinite else {
            throw malformed("\"\(key)\" must be a number, found \(value.kindName)")
        }
        return number
    }

    /// One of the words of `T` (its raw values).
    mutating func word<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(DatasetError) -> T
    where T.RawValue == String {
        let text = try string(key)
        guard let word = T(rawValue: text) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw malformed("\"\(key)\" is \"\(text)\"; allowed: \(allowed)")
        }
        return word
    }

    /// A word of `T` that may be absent or `null`.
    mutating func optionalWord<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type)
        throws(DatasetError) -> T?
    where T.RawValue == String {
        guard fields[key] != nil, fields[key] != .null else {
            read.insert(key)
            return nil
        }
        return try word(key, type)
    }

    /// A required `YYYY-MM-DD` day.
    mutating func day(_ key: String) throws(DatasetError) -> Day {
        guard let day = try optionalDay(key) else { throw malformed("missing required key \"\(key)\"") }
        return day
    }

    /// A `YYYY-MM-DD` day that may be absent or `null` (an open end).
    mutating func optionalDay(_ key: String) throws(DatasetError) -> Day? {
        guard let text = try optionalString(key) else { return nil }
        do {
            return try Day(exactly: text)
        } catch {
            throw self.error(DatasetError.invalidDate, "\"\(key)\": \(error)")
        }
    }

    /// The interval `[from, to)` of two optional day keys; `to` must come after `from`.
    mutating func interval(from fromKey: String = "from", to toKey: String = "to") throws(DatasetError) -> Interval {
        let interval = Interval(from: try optionalDay(fromKey), to: try optionalDay(toKey))
        if interval.isEmpty, let from = interval.from, let to = interval.to {
            throw error(
                DatasetError.reversedInterval,
                "interval ends before it starts: \"\(fromKey)\" is \(from) but \"\(toKey)\" is \(to) "
                    + "(intervals are [from, to), so \"\(toKey)\" must be later)")
        }
        return interval
    }

    /// An array that may be absent or `null` (empty then).
    mutating func array(_ key: String) throws(DatasetError) -> [JSONValue] {
        guard let value = value(key) else { return [] }
        guard case .array(let elements) = value else {
            throw malformed("\"\(key)\" must be an array, found \(value.kindName)")
        }
        return elements
    }

    /// An array of strings that may be absent or `null`.
    mutating func strings(_ key: String) throws(DatasetError) -> [String] {
        var result: [String] = []
        for (index, element) in try array(key).enumerated() {
            guard case .string(let text) = element else {
                throw malformed("\"\(key)\"[\(index)] must be a string, found \(element.kindName)")
            }
            result.append(text)
        }
        return result
    }

    /// `name`, `names` (language code to string) and `aliases`.
    mutating func names() throws(DatasetError) -> Names {
        let name = try string("name")
        var byLanguage: [String: String] = [:]
        if let value = value("names") {
            guard case .object(let object) = value else {
                throw malformed("\"names\" must be an object of language code to name, found \(value.kindName)")
            }
            for (code, element) in object {
                guard case .string(let text) = element else {
                    throw malformed("\"names\".\(code) must be a string, found \(element.kindName)")
                }
                byLanguage[code] = text
            }
        }
        return Names(name: name, byLanguage: byLanguage, aliases: try strings("aliases"))
    }

    /// Fails on any key nobody read.
    func finish() throws(DatasetError) {
        let unknown = fields.keys.filter { !read.contains($0) }.sorted()
        guard unknown.isEmpty else {
            let list = unknown.map { "\"\($0)\"" }.joined(separator: ", ")
            let allowed = read.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            throw malformed("unknown key\(unknown.count > 1 ? "s" : "") \(list); allowed: \(allowed)")
        }
    }
}

extension JSONValue {
    /// The JSON type of the value with an excerpt, for messages: `a number (5)`.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool(let bool): return "a boolean (\(bool))"
        case .number(let number): return "a number (\(number))"
        case .string(let text): return "a string (\"\(text.prefix(40))\")"
        case .array(let array): return "an array of \(array.count)"
        case .object: return "an object"
        }
    }
}
