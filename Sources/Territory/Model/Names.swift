/// The names a person may use for a named record: its English name, names by language code
/// (`az`, `hy`, `ru`) and other spellings.
///
/// ```swift
/// let names = atlas.dataset.place(id: "stepanakert")!.names
/// names.name        // "Stepanakert"
/// names.byLanguage  // ["az": "Xankəndi", ...]
/// ```
public struct Names: Sendable, Hashable {
    /// The English name.
    public var name: String
    /// Names by language code.
    public var byLanguage: [String: String]
    /// Other spellings.
    public var aliases: [String]

    /// Names from their parts.
    public init(name: String, byLanguage: [String: String] = [:], aliases: [String] = []) {
        self.name = name
        self.byLanguage = byLanguage
        self.aliases = aliases
    }

    /// Every spelling: the name, the names by language (sorted by code), then the aliases.
    public var all: [String] {
        [name] + byLanguage.keys.sorted().map { byLanguage[$0]! } + aliases
    }
}
