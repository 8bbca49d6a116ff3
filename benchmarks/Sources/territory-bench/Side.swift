/// One implementation's results: median seconds per workload, W3 holder counts, checksums.
struct Side: Codable {
    var name: String
    var timings: [String: Double] = [:]
    var counts: [String: Int] = [:]
    var checks: [String: Double] = [:]
    var versions: [String: String] = [:]

    init(name: String) { self.name = name }

    /// Reads what a peer or the floor printed: `{"timings": {...}, "w3_counts": {...}, "checks": {...}, "versions": {...}}`.
    init(name: String, json: [String: Any]) {
        self.name = name
        for (key, value) in json["timings"] as? [String: Any] ?? [:] {
            if let number = value as? Double { timings[key] = number }
        }
        for (key, value) in json["w3_counts"] as? [String: Any] ?? [:] {
            if let number = value as? Int { counts[key] = number }
        }
        for (key, value) in json["checks"] as? [String: Any] ?? [:] {
            if let number = value as? Double { checks[key] = number }
        }
        for (key, value) in json["versions"] as? [String: Any] ?? [:] { versions[key] = "\(value)" }
    }
}
