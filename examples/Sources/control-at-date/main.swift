// Who held a place, de facto and de jure, on a few dates: the embedded dataset answers with the
// holders, the units around the point and whether the sources leave any doubt.
import Territory

let atlas = try Atlas.embedded()
for date in ["1991-01-01", "1993-01-01", "2020-11-09", "2024-01-01"] {
    let answer = try atlas.control(atPlace: "Shushi", on: try Day(iso: date))
    print(
        "\(date): de facto \(answer.deFacto ?? "nobody"), de jure \(answer.deJure ?? "nobody"), \(answer.certainty.word)"
    )
}

// Any position (x longitude, y latitude) works the same way.
let answer = try atlas.control(at: Coordinate(x: 46.752, y: 39.815), on: try Day(iso: "2021-06-01"))
print("39.815,46.752 on 2021-06-01: \(answer.deFacto ?? "nobody"), in \(answer.units.joined(separator: ", "))")
