/// The median of several timed runs after warm-up runs, in seconds.
struct Timing: Sendable, Codable {
    var median: Double
    var runs: [Double]
}

/// Times `body`: `warmUp` untimed runs, then `runs` timed ones; returns their median.
func measure(runs: Int, warmUp: Int = 1, _ body: () throws -> Void) rethrows -> Timing {
    for _ in 0..<warmUp { try body() }
    var times: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<runs {
        let start = clock.now
        try body()
        times.append(seconds(clock.now - start))
    }
    return Timing(median: median(times), runs: times)
}

/// Times an async `body` the same way.
func measure(runs: Int, warmUp: Int = 1, _ body: () async throws -> Void) async rethrows -> Timing {
    for _ in 0..<warmUp { try await body() }
    var times: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<runs {
        let start = clock.now
        try await body()
        times.append(seconds(clock.now - start))
    }
    return Timing(median: median(times), runs: times)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
