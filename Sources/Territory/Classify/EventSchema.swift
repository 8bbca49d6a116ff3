/// The columns of an event file and what a run does with them: where the position and date are,
/// the names written, and every added field already encoded per answer, so that a row costs a
/// look-up and a few copies.
struct EventSchema: Sendable {
    /// Input column names (as text; CSV headers must be UTF-8).
    let names: [String]
    /// Where the position is: two columns, one `LAT,LON` column, or the input's geometry.
    enum Position: Sendable {
        case columns(latitude: Int, longitude: Int)
        case combined(Int)
        case geometry
    }
    let position: Position
    let date: Int
    let added: [AddedColumn]
    /// `csvFields[ground][column]`: `,VALUE` for each added column but `front_km`.
    let csvFields: [[[UInt8]]]
    /// Without `front_km`, each ground's added columns and the empty `error` in one piece: one copy per row.
    let csvAnswers: [[UInt8]]?
    /// `jsonFields[ground][column]`: `,"NAME":VALUE` for each added column but `front_km`.
    let jsonFields: [[[UInt8]]]
    /// `"NAME":` for each input column, in order (duplicates get `_2`, `_3`... as JSON keys must differ).
    let jsonKeys: [[UInt8]]

    init(names: [String], geometry: Bool, options: EventFileOptions, classifier: Classifier) throws(EventFileError) {
        self.names = names
        let folded = names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func find(_ wanted: String?, _ common: [String], role: String, option: String) throws(EventFileError) -> Int {
            let candidates = wanted.map { [$0.lowercased()] } ?? common
            for candidate in candidates {
                let positions = folded.indices.filter { folded[$0] == candidate }
                if positions.count > 1 {
                    throw .duplicateColumn(
                        name: names[positions[0]],
                        positions: positions.map { String($0 + 1) }.joined(separator: " and "))
                }
                if let position = positions.first { return position }
            }
            // A text, not the array: an array in an enum payload carries the case in its pointer's
            // spare bits, which LeakSanitizer cannot follow when the process exits with the error.
            let header = names.prefix(12).joined(separator: ", ") + (names.count > 12 ? ", …" : "")
            throw .missingColumn(role: role, option: option, header: header)
        }
        if let combined = options.columns.position {
            position = .combined(try find(combined, [], role: "position", option: "--at-col"))
        } else if geometry && options.columns.latitude == nil && options.columns.longitude == nil {
            position = .geometry
        } else {
            position = .columns(
                latitude: try find(
                    options.columns.latitude, EventColumns.latitudeNames, role: "latitude", option: "--lat"),
                longitude: try find(
                    options.columns.longitude, EventColumns.longitudeNames, role: "longitude", option: "--lon"))
        }
        date = try find(options.columns.date, EventColumns.dateNames, role: "date", option: "--date")
        added = options.added
        for column in added.map(\.rawValue) + ["error"] where folded.contains(column) {
            throw .addedColumnClash(name: column)
        }
        let answers = classifier.table.answers
        csvFields = answers.map { answer in
            options.added.map { column in [0x2C] + Array(CSV.field(Self.text(of: column, in: answer) ?? "").utf8) }
        }
        let fields = csvFields
        csvAnswers = options.added.contains(.frontKm) ? nil : fields.map { $0.joined() + [0x2C] }
        jsonFields = answers.map { answer in
            options.added.map { column in
                var bytes = Array(",\(JSONText.string(column.rawValue)):".utf8)
                if column == .zones {
                    bytes += Array("[\(answer.zones.map(JSONText.string).joined(separator: ","))]".utf8)
                } else {
                    bytes += Array((Self.text(of: column, in: answer).map(JSONText.string) ?? "null").utf8)
                }
                return bytes
            }
        }
        var seen: [String: Int] = [:]
        jsonKeys = names.map { name in
            seen[name, default: 0] += 1
            let key = seen[name]! > 1 ? "\(name)_\(seen[name]!)" : name
            return Array("\(JSONText.string(key)):".utf8)
        }
    }

    /// An added column's text for an answer (`nil`: empty in CSV, null in JSON).
    static func text(of column: AddedColumn, in answer: Classification) -> String? {
        switch column {
        case .deFacto: answer.deFacto
        case .deFactoName: answer.deFactoName
        case .deJure: answer.deJure
        case .district: answer.district
        case .zones: answer.zones.isEmpty ? nil : answer.zones.joined(separator: ";")
        case .certainty: answer.certaintyWord
        case .alternative: answer.alternative
        case .event: answer.event
        case .frontKm: answer.frontKm.map(Self.kilometres)
        }
    }

    /// A distance with metre precision.
    static func kilometres(_ km: Double) -> String {
        let metres = Int((km * 1000).rounded())
        let fraction = String(metres % 1000)
        return "\(metres / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

/// JSON text of values.
enum JSONText {
    /// A JSON string literal of `text`.
    static func string(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendString(Array(text.utf8)[...], to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `bytes` (valid UTF-8) as a JSON string literal.
    static func appendString(_ bytes: ArraySlice<UInt8>, to output: inout [UInt8]) {
        output.append(0x22)
        for byte in bytes {
            switch byte {
            case 0x22: output += [0x5C, 0x22]
            case 0x5C: output += [0x5C, 0x5C]
            case 0x0A: output += [0x5C, 0x6E]
            case 0x0D: output += [0x5C, 0x72]
            case 0x09: output += [0x5C, 0x74]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }
}
