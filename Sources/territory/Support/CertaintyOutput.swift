import Territory

extension Certainty {
    /// Lines for table output: `certainty: certain`, `certainty: projected …` with the day the
    /// dataset was last reviewed, or one line per doubt, starting `uncertain:`.
    func tableLines(withArea: Bool) -> [String] {
        switch self {
        case .certain:
            return ["certainty: certain"]
        case .projected(let reviewed):
            return [
                "certainty: projected: the dataset was last reviewed on \(reviewed); this is the state of that day "
                    + "carried forward, and a later change would not be in it"
            ]
        case .uncertain(let doubts):
            return doubts.map { doubt in
                let ground = withArea ? " for \(Formatting.grouped(doubt.areaKm2)) km²" : ""
                return
                    "uncertain: \(doubt.layer.rawValue) \(doubt.holder ?? "nobody"), or \(doubt.alternativeHolder ?? "nobody")"
                    + "\(ground) within \(doubt.window) (\(doubt.event)): \(doubt.reason)"
            }
        }
    }
}
