import Territory

/// The fill colour of each holder on the maps: the parties to the conflict in distinct, light
/// colours that keep labels readable; the neighbours, shown only in part, in quiet neutrals.
enum MapPalette {
    private static let known: [String: String] = [
        "AZE": "#8fbfe0", "AZSSR": "#b9d7ec", "ARM": "#f4b37c", "ARMSSR": "#f8d2ad", "NKR": "#e0867f",
        "USSR": "#c7a6d8", "RUS-PK": "#7fcf9b", "RUS": "#d9dcd6", "GEO": "#e4dfcc", "IRN": "#dcd6c4",
        "TUR": "#ebe6d8",
    ]
    /// Land drawn for context only (a dataset's backdrop): grey, unlike any holder and the sea.
    static let backdrop = "#efefeb"
    private static let spare = ["#b5d99c", "#f2e394", "#a9c6c3", "#e6b8d3", "#c9c0a8", "#9fb7e8"]

    /// The colour of `holder` (an entity id); an unknown id gets a stable spare colour.
    static func colour(of holder: String) -> String {
        if let colour = known[holder] { return colour }
        let hash = holder.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
        return spare[hash % spare.count]
    }

    /// The stroke of a corridor with `status`: colour and dash pattern (nil: solid).
    static func corridorStroke(_ status: Corridor.Status?) -> (colour: String, dash: String?) {
        switch status {
        case .operational: return ("#1d7a3a", nil)
        case .blockaded: return ("#b3261e", "7 4")
        case .checkpoint: return ("#c25a00", "10 3 2 3")
        case .closed: return ("#4a4a4a", "2 3")
        case .proposed: return ("#6d3a99", "9 5")
        case nil: return ("#777777", "1 3")
        }
    }
}

extension String {
    /// The text escaped for XML and HTML character data and attribute values (`&`, `<`, `>`, both
    /// quotes), as the SVG maps, the viewer and the server's HTML pages write it.
    package var xmlEscaped: String {
        var escaped = ""
        escaped.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
