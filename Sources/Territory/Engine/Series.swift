/// The spacing of a series' dates.
public enum SeriesStep: String, Sendable, Hashable, CaseIterable {
    /// Every day.
    case day
    /// The same day of every month (clamped to shorter months).
    case month
    /// The same day of every year.
    case year

    /// The `count`-th date from `start`.
    func date(_ count: Int, from start: Day) -> Day {
        switch self {
        case .day: return start.adding(days: count)
        case .month: return start.adding(months: count)
        case .year: return start.adding(years: count)
        }
    }
}

/// Area per holder at regular dates.
///
/// ```swift
/// let series = try atlas.series(from: try Day(iso: "1991-01-01"), to: try Day(iso: "2024-01-01"), step: .year)
/// print((["date"] + series.holders).joined(separator: ","))
/// for row in series.rows { print(([row.date.description] + row.areasKm2.map { String($0) }).joined(separator: ",")) }
/// ```
public struct Series: Sendable {
    /// The layer measured.
    public var layer: Layer
    /// The spacing of the dates.
    public var step: SeriesStep
    /// Every holder that holds ground at some date of the series, by first appearance then id.
    public var holders: [String]
    /// One row per date.
    public var rows: [SeriesRow]
}

/// The areas on one date of a series.
public struct SeriesRow: Sendable, Hashable {
    /// The date.
    public var date: Day
    /// Geodesic km² per holder, aligned with `Series.holders` (0 where it holds nothing).
    public var areasKm2: [Double]
}

extension Atlas {
    /// The area each holder held on `layer` at `from`, `from + step`, ... up to and including `to`.
    ///
    /// Areas are computed once per distinct state (the dates between two transfers) and each date
    /// finds its state by binary search, so a daily series over a century costs little more than
    /// a yearly one.
    ///
    /// ```swift
    /// let daily = try atlas.series(from: try Day(iso: "2020-09-27"), to: try Day(iso: "2020-11-10"), step: .day)
    /// daily.rows.count   // 45
    /// ```
    /// - Throws: `QueryError.reversedRange`, `.outsideRange`.
    public func series(from: Day, to: Day, step: SeriesStep, layer: Layer = .deFacto) throws(QueryError) -> Series {
        guard from <= to else { throw .reversedRange(from: from, to: to) }
        try check(from)
        try check(to)
        let timeline = dataset.timelines[layer]
        var dated: [(date: Day, state: Int)] = []
        var order: [Int32] = []
        var seen: Set<Int32> = []
        var count = 0
        while case let date = step.date(count, from: from), date <= to {
            let state = timeline.state(on: date)
            // Dates ascend, so each state's dates come together: its holders are looked at once.
            if state != dated.last?.state {
                let holders = areas(ofState: state, layer: layer).keys
                for holder in holders.sorted(by: { entityID($0)! < entityID($1)! }) where seen.insert(holder).inserted {
                    order.append(holder)
                }
            }
            dated.append((date, state))
            count += 1
        }
        // One row of areas per state, shared by all its dates.
        var rows: [SeriesRow] = []
        rows.reserveCapacity(dated.count)
        var current: (state: Int, areasKm2: [Double]) = (-1, [])
        for (date, state) in dated {
            if state != current.state {
                let areas = areas(ofState: state, layer: layer)
                current = (state, order.map { areas[$0] ?? 0 })
            }
            rows.append(SeriesRow(date: date, areasKm2: current.areasKm2))
        }
        return Series(layer: layer, step: step, holders: order.map { entityID($0)! }, rows: rows)
    }
}
