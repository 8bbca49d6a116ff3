/// A plain-text table: a header row, a rule, and left-aligned text or right-aligned numbers.
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns whose cells are numbers, aligned on the right.
    var numericColumns: Set<Int> = []

    init(headers: [String], numeric numericColumns: Set<Int> = []) {
        self.headers = headers
        self.numericColumns = numericColumns
    }

    init(_ headers: String..., numeric numericColumns: Set<Int> = []) {
        self.init(headers: headers, numeric: numericColumns)
    }

    mutating func append(_ cells: String...) {
        rows.append(cells)
    }

    mutating func append(_ cells: [String]) {
        rows.append(cells)
    }

    var rendered: String {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numericColumns.contains(column) ? padding + cell : cell + padding
            }
            return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }
        let rule = widths.map { String(repeating: "-", count: $0) }
        return ([line(headers), line(rule)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
