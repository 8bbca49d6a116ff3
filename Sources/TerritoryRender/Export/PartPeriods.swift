import Territory

extension ExportTable {
    /// `control_periods` by part: one row per piece of ground and run of days with the same
    /// holders (`Atlas.partPeriods(on:)`), so rows of one part never overlap.
    static func control(_ parts: [PartPeriod]) -> ExportTable {
        let rows = parts.map { part in
            ExportTable.Row(
                values: [
                    .integer(part.part), .text(part.deFacto), .text(part.deJure), .texts(part.units),
                    .period(part.period), .real(part.areaKm2),
                ],
                shape: part.shape)
        }
        return ExportTable(
            name: "control_periods",
            description: "A part of the ground (an atom: it lies in exactly the same units throughout) with one "
                + "controller and one de jure holder over a period.",
            geometryKind: .multiPolygon,
            columns: [
                .init("part_id", .integer), .init("controller", .text), .init("de_jure", .text),
                .init("units", .texts), .init("valid", .period), .init("area_km2", .real),
            ],
            rows: rows,
            exclusiveKey: "part_id")
    }
}
