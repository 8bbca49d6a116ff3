import Territory

/// A unit's holders in a table: `AZE`, or `NKR 3,210.5 + AZE 120.2` for a unit split between
/// holders (km²; `-`: nobody).
func shareText(_ shares: [Share]) -> String {
    if shares.count == 1 { return shares[0].holder ?? "-" }
    return shares.map { "\($0.holder ?? "-") \(Formatting.grouped($0.areaKm2))" }.joined(separator: " + ")
}
