import Territory

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
