import Territory

/// A holder's share of a unit as JSON: `{"holder", "area_km2"}` (`holder` null for ground nobody
/// held), in `snapshot`'s per-unit shares and `area NAME --date D`'s holders.
struct ShareJSON: Encodable {
    @NullWhenAbsent var holder: String?
    var area_km2: Double

    init(_ share: Share) {
        holder = share.holder
        area_km2 = share.areaKm2
    }
}

/// A unit's holders in a table: `AZE`, or `NKR 3,210.5 + AZE 120.2` for a unit split between
/// holders (km²; `-`: nobody).
func shareText(_ shares: [Share]) -> String {
    if shares.count == 1 { return shares[0].holder ?? "-" }
    return shares.map { "\($0.holder ?? "-") \(Formatting.grouped($0.areaKm2))" }.joined(separator: " + ")
}
