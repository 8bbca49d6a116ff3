import Foundation

/// What a worker does with one batch of rows: read each row's position and date, classify it and
/// encode the row with its answers in the output format. Pure work on immutable data, so any
/// number of batches run at once.
struct EventBatchWork: Sendable {
    let schema: EventSchema
    let classifier: Classifier
    let output: EventFormat
    /// Whether to stop at the first bad row.
    let strict: Bool
    /// "line" for CSV, "feature" for GeoJSON, "row" for GeoPackage.
    let unit: String

    enum Batch: Sendable {
        case csv(CSVChunker.Chunk)
        case rows([EventRow])
    }

    struct Result: Sendable {
        /// Encoded output (CSV, JSONL, GeoJSON features each preceded by a comma).
        var bytes: [UInt8] = []
        /// Rows for a GeoPackage output.
        var rows: [(EventRow, RowOutcome)] = []
        var summary = ClassifySummary()
        /// Classified rows per answer; `summary.byHolder` is filled from it at the end of the batch
        /// (counting by holder name per row would hash a string per row).
        var groundCounts: [Int] = []
        /// Under `strict`, the first bad row's message; the rest of the batch is not done.
        var strictError: String?
    }

    func run(_ batch: Batch) -> Result {
        var result = Result()
        result.groundCounts = Array(repeating: 0, count: classifier.table.answers.count)
        switch batch {
        case .csv(let chunk):
            result.bytes.reserveCapacity(chunk.bytes.count * 2)
            chunk.bytes.withUnsafeBufferPointer { bytes in
                CSVRecordScanner.forEachRecord(in: bytes, firstLine: chunk.firstLine) { record, fields in
                    guard result.strictError == nil, record.end > record.start || fields.count > 1 else { return }
                    let outcome = csvOutcome(record, fields, bytes)
                    tally(outcome, into: &result)
                    guard result.strictError == nil else { return }
                    if output == .csv {
                        result.bytes.append(contentsOf: bytes[record.start..<record.end])
                        appendCSVAnswer(outcome, to: &result.bytes)
                        if record.next > record.end {
                            result.bytes.append(contentsOf: bytes[record.end..<record.next])
                        } else {
                            result.bytes.append(0x0A)
                        }
                    } else {
                        let row = EventRow(
                            line: record.line,
                            values: fields.map { .text(CSVRecordScanner.value($0, in: bytes)) })
                        emit(row, outcome, into: &result)
                    }
                }
            }
        case .rows(let rows):
            for row in rows where result.strictError == nil {
                let outcome = rowOutcome(row)
                tally(outcome, into: &result)
                if result.strictError == nil { emit(row, outcome, into: &result) }
            }
        }
        for (ground, count) in result.groundCounts.enumerated() where count > 0 {
            result.summary.byHolder[classifier.table.answers[ground].deFacto ?? "nobody", default: 0] += count
        }
        result.groundCounts = []
        return result
    }

    // MARK: Reading a row

    private func csvOutcome(
        _ record: CSVRecordScanner.Record, _ fields: [CSVRecordScanner.Field], _ bytes: UnsafeBufferPointer<UInt8>
    ) -> RowOutcome {
        let line = record.line
        if fields.count != schema.names.count {
            return failure(
                "line \(line): \(fields.count) field(s) where the header has \(schema.names.count) "
                    + "(an unquoted comma, or a missing one?)")
        }
        // One comparison per byte finds both NUL (0 wraps to 255) and non-ASCII bytes (0x80 and up).
        for index in record.start..<record.end where bytes[index] &- 1 >= 0x7F {
            if let problem = textProblem(bytes, fields) { return failure("line \(line): \(problem)") }
            break
        }
        // Unquoted fields are read in place; quoted ones are unquoted into a copy first.
        func withField<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
            let field = fields[index]
            guard field.hasQuote else { return body(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])) }
            return CSVRecordScanner.value(field, in: bytes).withUnsafeBufferPointer(body)
        }
        switch schema.position {
        case .columns(let latitude, let longitude):
            return withField(latitude) { latitude in
                withField(longitude) { longitude in
                    withField(schema.date) { date in
                        outcome(line: line, latitude: latitude, longitude: longitude, date: date)
                    }
                }
            }
        case .combined(let index):
            return withField(index) { combined in
                withField(schema.date) { date in outcome(line: line, combined: Array(combined), date: date) }
            }
        case .geometry:
            return failure("line \(line): no position")
        }
    }

    private func rowOutcome(_ row: EventRow) -> RowOutcome {
        let date = row.values[schema.date].textBytes
        switch schema.position {
        case .columns(let latitude, let longitude):
            return outcome(
                line: row.line, latitude: row.values[latitude].textBytes, longitude: row.values[longitude].textBytes,
                date: date)
        case .combined(let index):
            return date.withUnsafeBufferPointer {
                outcome(line: row.line, combined: row.values[index].textBytes, date: $0)
            }
        case .geometry:
            guard let point = row.point else {
                return failure("\(unit) \(row.line): \(row.pointError ?? "no Point geometry")")
            }
            return outcome(line: row.line, coordinate: point, date: date)
        }
    }

    /// A problem with the record's bytes as text (a NUL byte, or not UTF-8), naming the column.
    private func textProblem(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [CSVRecordScanner.Field]) -> String? {
        for (index, field) in fields.enumerated() {
            var plain = true
            for position in field.start..<field.end where bytes[position] == 0 || bytes[position] >= 0x80 {
                if bytes[position] == 0 { return "column '\(schema.names[index])' holds a NUL byte (binary data?)" }
                plain = false
            }
            if !plain && String(validating: bytes[field.start..<field.end], as: UTF8.self) == nil {
                return "column '\(schema.names[index])' is not UTF-8 text; save the file as UTF-8"
            }
        }
        return nil
    }

    private func outcome(
        line: Int, latitude: UnsafeBufferPointer<UInt8>, longitude: UnsafeBufferPointer<UInt8>,
        date: UnsafeBufferPointer<UInt8>
    ) -> RowOutcome {
        guard let lat = EventValueParsing.number(latitude) else {
            return failure("\(unit) \(line): " + notANumber("latitude", Array(latitude)))
        }
        guard let lon = EventValueParsing.number(longitude) else {
            return failure("\(unit) \(line): " + notANumber("longitude", Array(longitude)))
        }
        return outcome(line: line, coordinate: Coordinate(x: lon, y: lat), date: date)
    }

    private func outcome(line: Int, latitude: [UInt8], longitude: [UInt8], date: [UInt8]) -> RowOutcome {
        latitude.withUnsafeBufferPointer { latitude in
            longitude.withUnsafeBufferPointer { longitude in
                date.withUnsafeBufferPointer { date in
                    outcome(line: line, latitude: latitude, longitude: longitude, date: date)
                }
            }
        }
    }

    private func outcome(line: Int, combined: [UInt8], date: UnsafeBufferPointer<UInt8>) -> RowOutcome {
        let parts = combined.split(separator: 0x2C, omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return failure(
                "\(unit) \(line): position '\(String(decoding: combined, as: UTF8.self))' is not LAT,LON")
        }
        return Array(parts[0]).withUnsafeBufferPointer { latitude in
            Array(parts[1]).withUnsafeBufferPointer { longitude in
                outcome(line: line, latitude: latitude, longitude: longitude, date: date)
            }
        }
    }

    private func outcome(line: Int, coordinate: Coordinate, date: [UInt8]) -> RowOutcome {
        date.withUnsafeBufferPointer { outcome(line: line, coordinate: coordinate, date: $0) }
    }

    private func outcome(line: Int, coordinate: Coordinate, date: UnsafeBufferPointer<UInt8>) -> RowOutcome {
        let prefix = "\(unit) \(line): "
        guard coordinate.y.isFinite, (-90...90).contains(coordinate.y) else {
            return failure(prefix + "latitude \(Self.show(coordinate.y)) is out of range (-90 to 90)")
        }
        guard coordinate.x.isFinite, (-180...180).contains(coordinate.x) else {
            return failure(prefix + "longitude \(Self.show(coordinate.x)) is out of range (-180 to 180)")
        }
        let day: Day
        do {
            guard let parsed = try EventValueParsing.day(date) else {
                let text = String(decoding: date, as: UTF8.self)
                return failure(
                    prefix
                        + (text.trimmingCharacters(in: .whitespaces).isEmpty
                            ? "no date"
                            : "date '\(text)' is not YYYY, YYYY-MM or YYYY-MM-DD (an ISO date-time counts by its date)")
                )
            }
            day = parsed
        } catch {
            return failure(prefix + error.description)
        }
        let table = classifier.table
        guard classifier.dataset.info.range.contains(day) else {
            return failure(prefix + "\(day) is outside the dataset's range \(classifier.dataset.info.range)")
        }
        guard let atom = classifier.locator.atom(at: coordinate) else {
            return failure(
                prefix + "(\(Self.show(coordinate.y)), \(Self.show(coordinate.x))) lies outside the dataset's coverage "
                    + "(\(classifier.coverage)); give a position inside it, latitude first")
        }
        let segment = table.segment(of: day)
        let ground = table.answer(atom: atom, segment: segment)
        var frontKm: Double?
        if schema.added.contains(.frontKm) {
            frontKm = classifier.frontKm(at: coordinate, answer: table.answers[ground], segment: segment)
        }
        return RowOutcome(ground: ground, frontKm: frontKm, error: nil)
    }

    private func failure(_ message: String) -> RowOutcome { RowOutcome(ground: -1, frontKm: nil, error: message) }

    private func notANumber(_ what: String, _ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.trimmingCharacters(in: .whitespaces).isEmpty
            ? "no \(what)" : "\(what) '\(text)' is not a number (decimal degrees, e.g. 39.815)"
    }

    private static func show(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private func tally(_ outcome: RowOutcome, into result: inout Result) {
        result.summary.rows += 1
        if let error = outcome.error {
            result.summary.errors += 1
            if result.summary.firstErrors.count < 5 { result.summary.firstErrors.append(error) }
            if strict { result.strictError = error }
        } else {
            result.summary.classified += 1
            result.groundCounts[outcome.ground] += 1
        }
    }

    // MARK: Writing a row

    private func appendCSVAnswer(_ outcome: RowOutcome, to bytes: inout [UInt8]) {
        if outcome.error == nil, let answers = schema.csvAnswers {
            bytes += answers[outcome.ground]
            return
        }
        for (index, column) in schema.added.enumerated() {
            if outcome.error != nil {
                bytes.append(0x2C)
            } else if column == .frontKm {
                bytes.append(0x2C)
                if let km = outcome.frontKm { bytes += Array(EventSchema.kilometres(km).utf8) }
            } else {
                bytes += schema.csvFields[outcome.ground][index]
            }
        }
        bytes.append(0x2C)
        if let error = outcome.error { bytes += Array(CSV.field(error).utf8) }
    }

    private func emit(_ row: EventRow, _ outcome: RowOutcome, into result: inout Result) {
        switch output {
        case .csv:
            for (index, value) in row.values.enumerated() {
                if index > 0 { result.bytes.append(0x2C) }
                result.bytes += Array(CSV.field(String(decoding: value.textBytes, as: UTF8.self)).utf8)
            }
            appendCSVAnswer(outcome, to: &result.bytes)
            result.bytes.append(0x0A)
        case .jsonl:
            appendJSONObject(row, outcome, to: &result.bytes)
            result.bytes.append(0x0A)
        case .geojson:
            result.bytes += Array(",\n{\"type\":\"Feature\",\"geometry\":".utf8)
            if let geometry = row.geometryJSON {
                result.bytes += geometry
            } else if let point = position(of: row), outcome.error == nil {
                result.bytes += Array("{\"type\":\"Point\",\"coordinates\":[\(point.x),\(point.y)]}".utf8)
            } else {
                result.bytes += Array("null".utf8)
            }
            result.bytes += Array(",\"properties\":".utf8)
            appendJSONObject(row, outcome, to: &result.bytes)
            result.bytes.append(0x7D)
        case .gpkg:
            result.rows.append((row, outcome))
        }
    }

    /// The row's position as read (for writing a geometry), if it reads.
    func position(of row: EventRow) -> Coordinate? {
        switch schema.position {
        case .geometry: return row.point
        case .columns(let latitude, let longitude):
            guard let lat = row.values[latitude].textBytes.withUnsafeBufferPointer(EventValueParsing.number),
                let lon = row.values[longitude].textBytes.withUnsafeBufferPointer(EventValueParsing.number)
            else { return nil }
            return Coordinate(x: lon, y: lat)
        case .combined(let index):
            let parts = row.values[index].textBytes.split(separator: 0x2C, omittingEmptySubsequences: false)
            guard parts.count == 2, let lat = Array(parts[0]).withUnsafeBufferPointer(EventValueParsing.number),
                let lon = Array(parts[1]).withUnsafeBufferPointer(EventValueParsing.number)
            else { return nil }
            return Coordinate(x: lon, y: lat)
        }
    }

    private func appendJSONObject(_ row: EventRow, _ outcome: RowOutcome, to bytes: inout [UInt8]) {
        bytes.append(0x7B)
        for (index, value) in row.values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            bytes += schema.jsonKeys[index]
            switch value {
            case .text(let text): JSONText.appendString(text[...], to: &bytes)
            case .blob(let blob):
                JSONText.appendString(Array(blob.map { String(format: "%02x", $0) }.joined().utf8)[...], to: &bytes)
            case .json(let raw): bytes += raw
            case .integer(let number): bytes += Array(String(number).utf8)
            case .real(let number): bytes += Array((number.isFinite ? String(number) : "null").utf8)
            case .null: bytes += Array("null".utf8)
            }
        }
        var separator: [UInt8] = row.values.isEmpty ? [] : [0x2C]
        for (index, column) in schema.added.enumerated() {
            bytes += separator
            if outcome.error == nil && column != .frontKm {
                bytes += schema.jsonFields[outcome.ground][index].dropFirst()
            } else {
                bytes += Array("\(JSONText.string(column.rawValue)):".utf8)
                bytes += Array((outcome.frontKm.map(EventSchema.kilometres) ?? "null").utf8)
            }
            bytes.append(0x2C)
            separator = []
        }
        bytes += separator
        bytes += Array("\"error\":".utf8)
        if let error = outcome.error {
            JSONText.appendString(Array(error.utf8)[...], to: &bytes)
        } else {
            bytes += Array("null".utf8)
        }
        bytes.append(0x7D)
    }
}
