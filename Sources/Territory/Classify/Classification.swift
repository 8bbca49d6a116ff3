/// What `territory classify` adds to an event row: who held the ground on that day and why.
///
/// ```swift
/// let classifier = try Classifier(dataset: .embedded())
/// let row = try classifier.classify(Coordinate(x: 46.752, y: 39.815), on: try Day(iso: "2021-01-01"))
/// row.deFacto    // "NKR"
/// row.district   // "khankendi" (the first-level unit in force that day)
/// ```
public struct Classification: Sendable, Hashable {
    /// The de facto holder's entity id (`nil`: nobody, or outside the dataset's ground).
    public var deFacto: String?
    /// The de facto holder's English name.
    public var deFactoName: String?
    /// The de jure holder's entity id.
    public var deJure: String?
    /// The first-level unit (rayon, city, marz) in force that day that contains the position.
    public var district: String?
    /// The drawn zones (units of kind `zone`) in force that day that contain the position, broadest first.
    public var zones: [String]
    /// Whether a doubt on either layer applies (an imprecise or disputed event date).
    public var isUncertain: Bool
    /// The other holder while uncertain: the de facto doubt's alternative first, else the de jure one's.
    public var alternative: String?
    /// The id of the de facto transfer that set `deFacto` (the latest that covered the position).
    public var event: String?
    /// The geodesic distance in km to the nearest ground another de facto holder held that day, 0
    /// inside uncertain ground; `nil` unless the classifier measures it or when nobody held the position.
    public var frontKm: Double?
    /// Rows with equal `ground` have equal fields except `frontKm`: a key to cache their formatting.
    public var ground: Int

    /// `"certain"` or `"uncertain"`, as `Certainty.word`.
    public var certaintyWord: String { isUncertain ? "uncertain" : "certain" }
}
