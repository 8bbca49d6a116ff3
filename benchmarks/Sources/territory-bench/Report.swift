import Foundation
import Territory

/// The comparison table and the results file.
struct Report {
    var sides: [Side]
    var scaling: [[String: Double]]
    var points: Int
    var dataset: Dataset

    /// A workload's row: its key in `Side.timings`, its label and its target, if any.
    struct Row {
        var key: String
        var label: String
        var target: String?
        var met: ((_ territory: Double, _ floor: Double?, _ bestPeer: Double?, _ wheel: Double?) -> Bool?)?
    }

    var rows: [Row] {
        [
            // Issue 15 point 7; the T/floor column still shows W1 against its GEOS calls from C.
            Row(key: "W1", label: "W1 snapshot 2020-11-10", target: "≤ 0.5× Shapely wheel") { t, _, _, w in
                w.map { t <= 0.5 * $0 }
            },
            Row(key: "W1-swiftgeos", label: "W1 as GEOS unions via SwiftGEOS", target: nil, met: nil),
            Row(key: "W2", label: "W2 daily de facto series", target: "< 50 ms") { t, _, _, _ in t < 0.050 },
            Row(key: "W3", label: "W3 holder of \(points) (point, day)", target: "≥ 1.5× Shapely throughput") {
                t, _, p, _ in
                p.map { $0 / t >= 1.5 }
            },
            Row(key: "W3-1task", label: "W3 same, one task", target: nil, met: nil),
            Row(key: "W3@10000", label: "W3 scaling: 10k points", target: nil, met: nil),
            Row(key: "W3@100000", label: "W3 scaling: 100k points", target: nil, met: nil),
            Row(key: "W3@1000000", label: "W3 scaling: 1M points", target: nil, met: nil),
            Row(key: "W4", label: "W4 all-periods GeoJSON", target: "≤ 0.5× Shapely wheel") { t, _, _, w in
                w.map { t <= 0.5 * $0 }
            },
            Row(key: "W5-distances", label: "W5a \(points) geodesic distances", target: nil, met: nil),
            Row(key: "W5-areas", label: "W5b geodesic area of every unit", target: nil, met: nil),
            Row(key: "W5", label: "W5 total", target: "≤ 0.9× Shapely wheel") { t, _, _, w in w.map { t <= 0.9 * $0 } },
            Row(key: "W6", label: "W6 CLI cold start (snapshot)", target: "≤ 50 ms") { t, _, _, _ in t <= 0.050 },
            Row(key: "W7", label: "W7 classify \(points) CSV rows", target: "≥ 4× peer, ≥ 1M rows/s") { t, _, p, _ in
                p.map { $0 / t >= 4 && Double(points) / t >= 1_000_000 }
            },
            Row(key: "W7-front", label: "W7 same, --front-distance", target: nil, met: nil),
        ]
    }

    private var territory: Side { sides[0] }
    private var floor: Side? { sides.first { $0.name == "C floor" } }
    private var peers: [Side] { sides.filter { $0.name != "Territory" && $0.name != "C floor" } }

    private func bestPeer(_ key: String) -> Double? { peers.compactMap { $0.timings[key] }.min() }

    /// The Shapely wheel's time (the peer issue 15's targets name), when it ran.
    private func wheel(_ key: String) -> Double? { peers.first { $0.name == "shapely-wheel" }?.timings[key] }

    func table() -> String {
        var lines: [String] = []
        let names = sides.map(\.name)
        let header =
            pad("workload", 36) + names.map { pad($0, 15) }.joined() + pad("T/floor", 9) + pad("peer/T", 9)
            + pad("target", 26) + "met?"
        lines.append(header)
        lines.append(String(repeating: "-", count: header.count))
        for row in rows {
            guard let t = territory.timings[row.key] else { continue }
            let floorTime = floor?.timings[row.key]
            let peerTime = bestPeer(row.key)
            var line = pad(row.label, 36)
            for side in sides { line += pad(side.timings[row.key].map(format) ?? "—", 15) }
            line += pad(floorTime.map { String(format: "%.2f", t / $0) } ?? "—", 9)
            line += pad(peerTime.map { String(format: "%.2f", $0 / t) } ?? "—", 9)
            line += pad(row.target ?? "", 26)
            if let met = row.met?(t, floorTime, peerTime, wheel(row.key)) {
                line += met ? "yes" : "NO"
            } else if row.target != nil {
                line += "n/a"
            }
            lines.append(line)
        }
        lines.append("")
        lines.append(
            "T/floor: Territory time ÷ the C floor's (overhead); peer/T: best Shapely time ÷ Territory's (speed-up).")
        lines.append("W3 holder counts (\(points) points): " + agreement().joined(separator: "; "))
        lines.append(
            "W5 checks: "
                + sides.map { side in
                    "\(side.name) Σdistance \(side.checks["w5_distance_sum_m"].map { String(format: "%.6e m", $0) } ?? "—"), "
                        + "Σarea \(side.checks["w5_area_sum_km2"].map { String(format: "%.3f km²", $0) } ?? "—")"
                }.joined(separator: "; "))
        if territory.timings["W7"] != nil { lines.append(contentsOf: w7Lines()) }
        lines.append("")
        lines.append("W2 with synthetic extra transfers (cost grows with events, not days):")
        lines.append(pad("events ×", 10) + pad("events", 10) + pad("states", 10) + pad("load", 12) + "daily series")
        for entry in scaling {
            lines.append(
                pad("\(Int(entry["factor"]!))", 10) + pad("\(Int(entry["events"]!))", 10)
                    + pad("\(Int(entry["states"]!))", 10) + pad(format(entry["load_s"]!), 12)
                    + format(entry["series_s"]!))
        }
        lines.append(
            "Other: dataset load \(territory.timings["load"].map(format) ?? "—") (overlay from overlay.bin), "
                + "full compile \(territory.timings["compile"].map(format) ?? "—") (overlay by GEOS), "
                + "Atlas(dataset:) \(territory.timings["atlas"].map(format) ?? "—")")
        return lines.joined(separator: "\n")
    }

    /// W7 per side: rows per second end to end and peak RSS; and whether the holder counts agree.
    func w7Lines() -> [String] {
        var lines = ["W7 end to end (a process: load, read CSV, classify, write CSV):"]
        for side in sides {
            guard let time = side.timings["W7"] else { continue }
            var line = "  \(pad(side.name, 18)) \(String(format: "%10.0f", Double(points) / time)) rows/s"
            line += side.checks["w7_peak_rss_mb"].map { String(format: ", peak RSS %.0f MB", $0) } ?? ""
            if let front = side.timings["W7-front"] {
                line += String(format: "; --front-distance %.0f rows/s", Double(points) / front)
                line += side.checks["w7_front_peak_rss_mb"].map { String(format: " (peak RSS %.0f MB)", $0) } ?? ""
            }
            lines.append(line)
        }
        let counts = sides.map { side in side.checks.filter { $0.key.hasPrefix("w7_rows_") } }
        for (side, sideCounts) in zip(sides.dropFirst(), counts.dropFirst()) where !sideCounts.isEmpty {
            let keys = Set(counts[0].keys).union(sideCounts.keys).sorted()
            let differing = keys.filter { counts[0][$0, default: 0] != sideCounts[$0, default: 0] }
            lines.append(
                "  rows per de facto holder, \(side.name) vs Territory: "
                    + (differing.isEmpty
                        ? "agree on all \(keys.count) holders"
                        : differing.map {
                            "\($0.dropFirst(8)): \(Int(sideCounts[$0, default: 0])) vs \(Int(counts[0][$0, default: 0]))"
                        }
                        .joined(separator: ", ")))
        }
        return lines
    }

    /// For each other side: "agree" or the holders whose counts differ.
    func agreement() -> [String] {
        sides.dropFirst().compactMap { side -> String? in
            guard !side.counts.isEmpty, !territory.counts.isEmpty else { return nil }
            let holders = Set(territory.counts.keys).union(side.counts.keys).sorted()
            let differing = holders.filter { territory.counts[$0, default: 0] != side.counts[$0, default: 0] }
            if differing.isEmpty { return "\(side.name) agrees on all \(holders.count) holders" }
            return "\(side.name) MISMATCH "
                + differing.map { "\($0): \(territory.counts[$0, default: 0]) vs \(side.counts[$0, default: 0])" }
                .joined(separator: ", ")
        }
    }

    func write(to url: URL) throws {
        var versions: [String: String] = [:]
        for side in sides { for (key, value) in side.versions { versions[key] = value } }
        let rowObjects: [[String: Any]] = rows.compactMap { row in
            guard let t = territory.timings[row.key] else { return nil }
            var object: [String: Any] = ["workload": row.key, "label": row.label, "territory_s": t]
            for side in sides.dropFirst() { object[side.name] = side.timings[row.key] ?? NSNull() }
            if let target = row.target { object["target"] = target }
            if let met = row.met?(t, floor?.timings[row.key], bestPeer(row.key), wheel(row.key)) { object["met"] = met }
            return object
        }
        let root: [String: Any] = [
            "generated": ISO8601DateFormatter().string(from: Date()),
            "dataset": ["version": dataset.info.version, "atoms": dataset.atomCount, "events": dataset.events.count],
            "machine": machine(),
            "versions": versions,
            "points": points,
            "rows": rowObjects,
            "sides": sides.map { side in
                ["name": side.name, "timings_s": side.timings, "w3_counts": side.counts, "checks": side.checks]
                    as [String: Any]
            },
            "w3_agreement": agreement(),
            "w2_scaling": scaling,
        ]
        try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    private func machine() -> [String: Any] {
        let info = ProcessInfo.processInfo
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
        return [
            "cpu": model ?? "unknown", "cores": info.activeProcessorCount, "memory_bytes": info.physicalMemory,
            "os": info.operatingSystemVersionString,
        ]
    }
}

/// Seconds as "12.3 ms" or "1.23 s".
func format(_ seconds: Double) -> String {
    if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
    if seconds < 1 { return String(format: "%.1f ms", seconds * 1e3) }
    return String(format: "%.2f s", seconds)
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}
