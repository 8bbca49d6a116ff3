/// A half-open span of days `[from, to)`; a `nil` end is open.
///
/// An event dated D is in force for all of D, so a holding that starts on D and ends on E covers
/// D through the day before E.
///
/// ```swift
/// let nkao = Interval(from: try Day(iso: "1923-07-07"), to: try Day(iso: "1991-11-26"))
/// nkao.contains(try Day(iso: "1991-11-25"))   // true
/// nkao.contains(try Day(iso: "1991-11-26"))   // false
/// ```
public struct Interval: Sendable, Hashable, CustomStringConvertible {
    /// The first day inside, or `nil` for "since always".
    public var from: Day?
    /// The first day no longer inside, or `nil` for "still".
    public var to: Day?

    /// The interval `[from, to)`.
    public init(from: Day?, to: Day?) {
        self.from = from
        self.to = to
    }

    /// Every day.
    public static let always = Interval(from: nil, to: nil)

    /// Whether `day` lies inside.
    public func contains(_ day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (to.map { day < $0 } ?? true)
    }

    /// Whether the interval holds no day (`to` on or before `from`).
    public var isEmpty: Bool {
        guard let from, let to else { return false }
        return to <= from
    }

    /// The days inside both intervals (possibly empty).
    public func intersection(_ other: Interval) -> Interval {
        let start: Day? = [from, other.from].compactMap { $0 }.max()
        let end: Day? = [to, other.to].compactMap { $0 }.min()
        return Interval(from: start, to: end)
    }

    /// `[from, to)` with `…` for an open end.
    public var description: String {
        "[\(from?.description ?? "…"), \(to?.description ?? "…"))"
    }
}
