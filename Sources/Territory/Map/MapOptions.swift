/// What `Atlas.svgMap(on:options:)` draws.
///
/// ```swift
/// let svg = try atlas.svgMap(on: try Day(iso: "1994-05-12"), options: MapOptions(width: 2000, layer: .deJure))
/// ```
public struct MapOptions: Sendable, Hashable {
    /// The image's width in pixels (its height follows from the ground's shape); 200 to 20,000.
    public var width: Int
    /// The layer shaded: who controlled the ground (`deFacto`) or whose territory it was (`deJure`).
    public var layer: Layer

    /// Options for a map `width` pixels wide of `layer`.
    public init(width: Int = 1400, layer: Layer = .deFacto) {
        self.width = width
        self.layer = layer
    }

    /// The widths a map may have, in pixels.
    public static let widths = 200...20_000
}

/// Text the maps share: dates as people write them, areas with grouped thousands.
enum MapText {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `12 May 1994`.
    static func longDate(_ day: Day) -> String {
        "\(day.dayOfMonth) \(months[day.month - 1]) \(day.year)"
    }

    /// `86617.34` as `86,617.3 km²` (areas are never negative).
    static func km2(_ value: Double) -> String {
        let fixed = format(abs(value), 1)
        let integer = Array(fixed.prefix { $0 != "." })
        var grouped = ""
        for (index, digit) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return grouped + fixed.drop { $0 != "." } + " km²"
    }

    /// The entity's name when short enough for a map label, else its id.
    static func shortName(_ id: String, in dataset: Dataset) -> String {
        let name = dataset.entity(id: id)?.name ?? id
        return name.count <= 22 ? name : id
    }
}
