import Foundation
import Territory

extension Inputs {
    /// events.csv for W7: the questions as an event log a newsroom or ACLED export would look
    /// like: an id, the date, latitude and longitude with 5 decimals (about 1 m), an actor and a
    /// note, one in ten quoted with a comma inside, CRLF line ends as Python's csv module writes.
    func writeEventsCSV(to url: URL, count: Int) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var text = "event_id,event_date,latitude,longitude,actor,notes\r\n"
        let actors = ["Military Forces", "Police", "Rebel Group", "Civilians", "Unidentified Armed Group"]
        for (index, query) in queries.prefix(count).enumerated() {
            let notes = index % 10 == 0 ? "\"shelling reported, \"\"heavy\"\"\"" : "report \(index % 997)"
            text += "EV\(index),\(query.date),\(String(format: "%.5f", query.coordinate.y)),"
            text += "\(String(format: "%.5f", query.coordinate.x)),\(actors[index % actors.count]),\(notes)\r\n"
            if text.utf8.count > 1 << 20 {
                handle.write(Data(text.utf8))
                text = ""
            }
        }
        handle.write(Data(text.utf8))
    }
}

/// `w7_rows_HOLDER`: the rows per de facto holder in a classified CSV whose last two columns
/// are de_facto and error (what `--columns de_facto` writes).
func w7Counts(of url: URL) throws -> [String: Double] {
    var counts: [String: Double] = [:]
    let text = try String(contentsOf: url, encoding: .utf8)
    for line in text.split(separator: "\r\n").dropFirst() {
        let fields = csvFields(line)
        guard fields.count >= 2 else { continue }
        let holder = fields[fields.count - 2]
        counts["w7_rows_\(holder.isEmpty ? "none" : String(holder))", default: 0] += 1
    }
    return counts
}

/// The fields of one CSV line (RFC 4180: a quoted field may hold commas, `""` is a quote), unquoted:
/// the error column quotes its message, which has commas in it.
func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var previous: Character?
    for character in line {
        switch (character, quoted) {
        case ("\"", true): quoted = false
        case ("\"", false):
            quoted = true
            if previous == "\"" { field.append("\"") }
        case (",", false):
            fields.append(field)
            field = ""
        default: field.append(character)
        }
        previous = character
    }
    fields.append(field)
    return fields
}
