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
