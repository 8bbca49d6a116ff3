import Foundation

/// Text the maps and the answers share (package API): dates as people write them, areas with
/// grouped thousands.
package enum MapText {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `12 May 1994`.
    package static func longDate(_ day: Day) -> String {
        "\(day.dayOfMonth) \(months[day.month - 1]) \(day.year)"
    }

    /// `86617.34` as `86,617.3 km²` (areas are never negative).
    package static func km2(_ value: Double) -> String {
        let fixed = format(abs(value), 1)
        let integer = Array(fixed.prefix { $0 != "." })
        var grouped = ""
        for (index, digit) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return grouped + fixed.drop { $0 != "." } + " km²"
    }

    /// The entity's name when short enough for a map label, else its id.
    package static func shortName(_ id: String, in dataset: Dataset) -> String {
        let name = dataset.entity(id: id)?.name ?? id
        return name.count <= 22 ? name : id
    }
}

/// `value` with exactly `decimals` decimals, no exponent, no negative zero.
package func format(_ value: Double, _ decimals: Int) -> String {
    let text = String(format: "%.\(decimals)f", value)
    return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
}
