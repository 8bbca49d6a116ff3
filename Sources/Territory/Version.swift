/// The version of Territory's code: the libraries, the `territory` command and `territory serve`
/// (the embedded dataset has its own, `Dataset.info.version`).
///
/// ```swift
/// TerritoryVersion.current   // "2.0.0"; CHANGELOG.md's latest entry names the same
/// ```
public enum TerritoryVersion {
    /// The version, semantic: a major step breaks library API, a minor one adds to it.
    public static let current = "2.1.0"
}
