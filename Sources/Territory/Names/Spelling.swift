import Foundation

/// Spelling-insensitive matching of names: the fold under which names are equal, and the edit
/// distance that ranks suggestions.
enum Spelling {
    /// `name` in the form names are compared in: lower case, without diacritics, Azerbaijani `ə`
    /// as `e` and dotless `ı` as `i` (neither decomposes into a base letter, so folding alone keeps
    /// them), and only letters and digits (no spaces, hyphens or apostrophes).
    ///
    /// `"KHANKƏNDİ"`, `"Khankəndi"` and `"khankendi"` fold alike; so do `"Nagorno-Karabakh"` and
    /// `"nagorno karabakh"`.
    static func fold(_ name: String) -> String {
        // Most names are ASCII (ids, English names, transliterations): there folding is keeping
        // letters and digits, lower-cased, which is what `foldUnicode` gives them, at a fraction
        // of the cost of Foundation's folding.
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return foldUnicode(name) }
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): folded.append(byte)
            default: continue
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// `fold` for any text, through Foundation's case and diacritic folding.
    static func foldUnicode(_ name: String) -> String {
        var text = ""
        text.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            switch scalar {
            case "ə", "Ə": text += "e"
            case "ı": text += "i"
            default: text.unicodeScalars.append(scalar)
            }
        }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.filter { $0.isLetter || $0.isNumber })
    }

    /// The Levenshtein distance between two strings, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Up to `limit` of `candidates` closest to `query` under the fold, best first; a candidate
    /// qualifies when it starts with the query or is at most about a third of its length away.
    static func closest(to query: String, among candidates: [String], limit: Int = 3) -> [String] {
        let key = fold(query)
        let allowed = max(1, key.count / 3)
        var scored: [(distance: Int, candidate: String)] = []
        var seen: Set<String> = []
        for candidate in candidates where seen.insert(candidate).inserted {
            let folded = fold(candidate)
            let distance = folded.hasPrefix(key) && !key.isEmpty ? 0 : editDistance(key, folded)
            if distance <= allowed { scored.append((distance, candidate)) }
        }
        return scored.sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }.prefix(limit).map(
            \.candidate)
    }
}
