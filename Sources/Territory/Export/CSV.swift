/// Comma-separated values with RFC 4180 quoting, for tables that spreadsheets and data tools read.
///
/// A field is written as is unless it holds a comma, a double quote, a carriage return or a line
/// feed; then it is enclosed in double quotes, with each double quote doubled. Records end with a
/// line feed.
///
/// ```swift
/// CSV.record(["unit", "note"])                          // "unit,note\n"
/// CSV.record(["nkao", "Soviet figure, \"4,400\""])      // "nkao,\"Soviet figure, \"\"4,400\"\"\"\n"
/// ```
public enum CSV {
    /// One field, quoted when it must be.
    public static func field(_ text: String) -> String {
        let special = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard special else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: the fields, quoted when they must be, joined by commas, and a line feed.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}
