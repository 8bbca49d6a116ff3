/// Who held a unit on a day: its holders on both layers, with the ground each held.
///
/// ```swift
/// let nkao = try atlas.control(ofUnit: "Nagorno-Karabakh", on: try Day(iso: "1991-06-01"))
/// nkao.deFacto.map(\.holder)   // [Optional("AZSSR")]
/// ```
public struct UnitControlAnswer: Sendable, Hashable {
    /// The day asked.
    public var date: Day
    /// The unit id.
    public var unit: String
    /// Its name.
    public var name: String
    /// Its geodesic area as drawn, km².
    public var areaKm2: Double
    /// Its de facto holders, largest share first.
    public var deFacto: [Share]
    /// Its de jure holders, largest share first.
    public var deJure: [Share]
    /// The doubts that concern its ground on either layer, or that the day comes after the
    /// dataset's last review.
    public var certainty: Certainty
    /// The day the dataset was last reviewed against its sources (``DatasetInfo/reviewed``).
    public var reviewed: Day?
}

extension Atlas {
    /// Who held the unit called `unitName` (any of its names) on `day`, on both layers, with the
    /// ground each holder held in it.
    ///
    /// ```swift
    /// let lachin = try atlas.control(ofUnit: "Lachin", on: try Day(iso: "2021-06-01"))
    /// lachin.deFacto.first?.holder   // the largest holder of the district that day
    /// ```
    /// - Throws: `QueryError.unknownName`, `.outsideRange`, `.notApplicable` when the unit did not
    ///   exist on `day`, `.geometry`.
    public func control(ofUnit unitName: String, on day: Day) throws(QueryError) -> UnitControlAnswer {
        let unit = try dataset.unit(named: unitName)
        let deFacto = try holders(of: unit.id, on: day, layer: .deFacto)
        let deJure = try holders(of: unit.id, on: day, layer: .deJure)
        return UnitControlAnswer(
            date: day, unit: unit.id, name: unit.name, areaKm2: try area(of: unit.id).areaKm2, deFacto: deFacto,
            deJure: deJure, certainty: try certainty(ofUnit: unit.id, on: day), reviewed: dataset.info.reviewed)
    }
}
