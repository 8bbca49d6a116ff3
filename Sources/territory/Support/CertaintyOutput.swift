import Territory

/// One doubt as JSON: see "certainty" in README.md.
struct UncertaintyJSON: Encodable {
    var event: String
    var layer: String
    @NullWhenAbsent var holder: String?
    @NullWhenAbsent var alternative_holder: String?
    var area_km2: Double
    @NullWhenAbsent var window_from: String?
    @NullWhenAbsent var window_to: String?
    var reason: String

    init(_ doubt: Uncertainty) {
        event = doubt.event
        layer = doubt.layer.rawValue
        holder = doubt.holder
        alternative_holder = doubt.alternativeHolder
        area_km2 = doubt.areaKm2
        window_from = doubt.window.from?.description
        window_to = doubt.window.to?.description
        reason = doubt.reason
    }
}

extension Certainty {
    /// Lines for table output: nothing when certain, else one line per doubt, starting `uncertain:`.
    func tableLines(withArea: Bool) -> [String] {
        doubts.map { doubt in
            let ground = withArea ? " for \(Formatting.grouped(doubt.areaKm2)) km²" : ""
            return
                "uncertain: \(doubt.layer.rawValue) \(doubt.holder ?? "nobody"), or \(doubt.alternativeHolder ?? "nobody")"
                + "\(ground) within \(doubt.window) (\(doubt.event)): \(doubt.reason)"
        }
    }
}
