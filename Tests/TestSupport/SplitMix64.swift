/// SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator, so every run, on every platform,
/// draws the same cases and a failure repeats exactly.
///
/// It lives in `TestSupport`, a target only test targets depend on, so no product ships it.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose draws are fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An integer in `0..<bound`: the next draw modulo `bound`. Its slight bias (for bounds that do
    /// not divide 2^64) does not matter to the tests, and keeping it keeps their seeds drawing the
    /// cases they always drew (the standard library's `next(upperBound:)` draws differently).
    public mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A value uniformly distributed in `range`.
    public mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        Double.random(in: range, using: &self)
    }
}
