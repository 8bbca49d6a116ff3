/// The dataset's quality gates beyond loading (issue 13): every place lies inside the unit it
/// names and that unit's parents, and every unit of a gated kind comes within its tolerance of its
/// official area unless it states why it cannot. (Exact tilings, the third gate, are checked at
/// every load by the tiling check.)
///
/// Loading does not run these (they need GEOS per unit and the CLI loads the dataset at every
/// start); `Dataset.validate(directory:strict: true)` and `territory validate --strict` do.
///
/// ```swift
/// let gates = try Dataset.embedded().qualityGates()
/// for row in gates.areas where row.verdict == .fail { print(row.unit, row.error ?? 0) }
/// gates.problems.isEmpty   // true for the embedded dataset
/// ```
public struct QualityGates: Sendable {
    /// The outcome of one gate for one record.
    public enum Verdict: String, Sendable, Hashable {
        /// Within the tolerance, or inside the unit.
        case pass
        /// Outside the tolerance or the unit.
        case fail
        /// Outside the tolerance, with a stated reason (`Unit.areaExemption`).
        case exempt
        /// The unit has no official area or its kind no tolerance.
        case notGated = "not gated"
    }

    /// A unit's measured area against its official figure.
    public struct Area: Sendable, Hashable {
        /// The unit's id.
        public var unit: String
        /// Where its geometry comes from (the GeoJSON feature's `source`).
        public var source: String?
        /// The estimated accuracy of its lines, km (the feature's `accuracy_km`).
        public var accuracyKm: Double?
        /// The published area, km².
        public var officialKm2: Double?
        /// The geodesic area of its geometry as loaded (the overlay's atoms), km².
        public var measuredKm2: Double
        /// The relative error allowed for its kind (0.02 is 2 %), if its kind is gated.
        public var tolerance: Double?
        /// Why it may exceed the tolerance.
        public var exemption: String?
        /// The gate's outcome.
        public var verdict: Verdict

        /// measured / official − 1, when there is an official figure.
        public var error: Double? { officialKm2.map { measuredKm2 / $0 - 1 } }
    }

    /// A place against the unit it names and that unit's parents.
    public struct PlaceInUnit: Sendable, Hashable {
        /// The place's id.
        public var place: String
        /// The unit it names.
        public var unit: String
        /// That unit and its parents, narrowest first, that do not cover the place (empty: passes).
        public var outside: [String]
        /// The gate's outcome.
        public var verdict: Verdict { outside.isEmpty ? .pass : .fail }
    }

    /// One row per unit, in file order.
    public var areas: [Area]
    /// One row per place that names a unit, in file order.
    public var places: [PlaceInUnit]

    /// The failures, as the problems `territory validate --strict` reports.
    public var problems: [DatasetError] {
        places.filter { $0.verdict == .fail }.map { row in
            .placeOutsideUnit(
                file: DatasetFiles.places, id: row.place,
                problem: "lies outside "
                    + row.outside.map { "'\($0)'" }.joined(separator: " and ")
                    + " (its unit '\(row.unit)' and that unit's parents must cover it); "
                    + "correct the position or the unit, or redraw the unit")
        }
            + areas.filter { $0.verdict == .fail }.map { row in
                let error = row.error ?? 0
                return .areaOutOfTolerance(
                    file: DatasetFiles.units, id: row.unit,
                    problem: "measures \(formatKm2(row.measuredKm2)) against the official "
                        + "\(formatKm2(row.officialKm2 ?? 0)) (\(Self.percent(error)), allowed ±"
                        + "\(Self.percent(row.tolerance ?? 0, signed: false)) for its kind); redraw it, "
                        + "correct \"official_area_km2\", or say why in \"area_exemption\"")
            }
    }

    /// The relative area error allowed for units of a kind: 2 % for countries (issue 13), 10 %
    /// for rayons, marzer, the two capitals and Nakhchivan; other kinds (cities, exclaves, zones,
    /// the NKAO) are listed but not gated.
    public static func tolerance(for kind: Unit.Kind) -> Double? {
        switch kind {
        case .country: 0.02
        case .district, .province, .capital, .autonomousRepublic: 0.10
        default: nil
        }
    }

    static func percent(_ fraction: Double, signed: Bool = true) -> String {
        String(format: signed ? "%+.1f %%" : "%.0f %%", fraction * 100)
    }
}

extension Dataset {
    /// Runs the quality gates on the loaded dataset (see ``QualityGates``).
    ///
    /// ```swift
    /// let gates = try Dataset.embedded().qualityGates()
    /// gates.places.first { $0.place == "barkhudarly" }?.verdict   // .pass
    /// ```
    /// - Throws: `DatasetError.invalidGeometry` if GEOS cannot read a unit's geometry (a dataset
    ///   that loaded has none such).
    public func qualityGates() throws(DatasetError) -> QualityGates {
        let areas = units.indices.map { index in
            let unit = units[index]
            let feature = features[unit.geometry]
            let measured = overlay.areaKm2(of: overlay.unitAtoms[index])
            let tolerance = QualityGates.tolerance(for: unit.kind)
            var verdict = QualityGates.Verdict.notGated
            if let official = unit.officialAreaKm2, let tolerance {
                if abs(measured / official - 1) <= tolerance {
                    verdict = .pass
                } else {
                    verdict = unit.areaExemption == nil ? .fail : .exempt
                }
            }
            return QualityGates.Area(
                unit: unit.id, source: feature?.source, accuracyKm: feature?.accuracyKm,
                officialKm2: unit.officialAreaKm2,
                measuredKm2: measured, tolerance: tolerance, exemption: unit.areaExemption, verdict: verdict)
        }
        var prepared: [Int: PreparedGeometry] = [:]
        var places: [QualityGates.PlaceInUnit] = []
        for place in self.places {
            guard let id = place.unit, var index = unitIndex[id] else { continue }
            var outside: [String] = []
            while true {
                let unit = units[index]
                if prepared[index] == nil {
                    do {
                        prepared[index] = PreparedGeometry(try Geometry(shape(of: unit)))
                    } catch {
                        throw .invalidGeometry(
                            file: unit.geometry.file, id: unit.geometry.featureID, problem: error.message)
                    }
                }
                let covers: Bool
                do {
                    covers = try prepared[index]!.covers(place.coordinate)
                } catch {
                    throw .invalidGeometry(
                        file: unit.geometry.file, id: unit.geometry.featureID, problem: error.message)
                }
                if !covers { outside.append(unit.id) }
                guard let parent = unit.parent.flatMap({ unitIndex[$0] }) else { break }
                index = parent
            }
            places.append(QualityGates.PlaceInUnit(place: place.id, unit: id, outside: outside))
        }
        return QualityGates(areas: areas, places: places)
    }
}
