// The area each holder controlled, once a year, as CSV (km², geodesic on WGS 84). The engine
// computes areas once per distinct state, so a daily series costs little more than a yearly one.
import Territory

let atlas = try Atlas.embedded()
let series = try atlas.series(from: try Day(iso: "1988-01-01"), to: try Day(iso: "2024-01-01"), step: .year)
print((["date"] + series.holders).joined(separator: ","))
for row in series.rows {
    let cells = row.areasKm2.map { String(Int($0.rounded())) }
    print(([row.date.description] + cells).joined(separator: ","))
}
