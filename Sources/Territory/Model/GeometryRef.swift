/// A pointer from a record to a feature of a GeoJSON file in the dataset: `FILE.geojson#FEATURE_ID`.
public struct GeometryRef: Sendable, Hashable, CustomStringConvertible {
    /// The file name, relative to the dataset directory.
    public var file: String
    /// The `id` of the Feature inside it.
    public var featureID: String

    /// A reference from its parts.
    public init(file: String, featureID: String) {
        self.file = file
        self.featureID = featureID
    }

    /// Parses `FILE#ID`; `nil` when either part is missing.
    public init?(_ text: String) {
        let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(file: String(parts[0]), featureID: String(parts[1]))
    }

    /// `FILE#ID`.
    public var description: String { "\(file)#\(featureID)" }
}

/// A geometry of the dataset with its provenance, as the GeoJSON feature states it.
public struct SourcedFeature: Sendable, Hashable {
    /// Where it lives.
    public var ref: GeometryRef
    /// Its label.
    public var name: String?
    /// Where the shape comes from.
    public var source: String?
    /// Its licence.
    public var license: String?
    /// The estimated accuracy of its lines, in kilometres.
    public var accuracyKm: Double?
    /// Its coordinates (longitude, latitude).
    public var shape: Shape
}
