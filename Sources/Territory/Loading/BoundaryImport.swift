import Foundation

/// The result of replacing drawn unit geometries with those of an external boundary file.
///
/// ```swift
/// let imported = try Dataset.embedded().replacingBoundaries(from: URL(fileURLWithPath: "ne_10m_admin_1.geojson"))
/// for replacement in imported.replacements { print(replacement.unit, replacement.matchedBy, replacement.newAreaKm2) }
/// for note in imported.skipped { print(note) }   // e.g. Natural Earth's "Naxçıvan" is the city, not the republic
/// let atlas = Atlas(dataset: imported.dataset)
/// ```
public struct BoundaryImport: Sendable {
    /// How a unit was matched to its features.
    public enum Match: String, Sendable, Hashable {
        /// Same ISO 3166-2 code (the feature's name may match too).
        case iso3166_2
        /// A name of the feature folds like a name, alias or id of the unit.
        case name
    }

    /// One unit whose geometry was replaced.
    public struct Replacement: Sendable, Hashable {
        /// The unit id.
        public var unit: String
        /// The labels (code, else name) of the features in the external file that replaced it; when
        /// there are several (one unit drawn as several features), their union replaced it.
        public var features: [String]
        /// How they were matched: `.iso3166_2` when any of them has the unit's code.
        public var matchedBy: Match
        /// Geodesic area of the drawn geometry, km².
        public var oldAreaKm2: Double
        /// Geodesic area of the external geometry, km².
        public var newAreaKm2: Double
    }

    /// The dataset with the replaced geometries (timeline unchanged), compiled.
    public var dataset: Dataset
    /// The units replaced, in unit file order.
    public var replacements: [Replacement]
    /// What was not used, and why, one line each: features matching several units, features set
    /// aside for better matches of the same unit, matches refused because they would change the
    /// unit's area by more than `BoundaryImport.maximumAreaFactor`, and the features that matched
    /// no unit.
    public var skipped: [String]

    /// A match that would make a unit this many times larger or smaller is refused: it names
    /// another thing (Natural Earth admin-1 labels Nakhchivan *city*, 95 km², with the
    /// autonomous republic's code AZ-NX and name; the republic is 5,500 km²). Outlines of one
    /// district from different sources differ by tens of percent, not by a factor of two.
    public static let maximumAreaFactor = 2.0
}

extension Dataset {
    /// Unit kinds whose outlines an administrative boundary file can stand for.
    private static let administrativeKinds: Set<Unit.Kind> = [
        .country, .autonomousRepublic, .oblast, .district, .province, .city, .capital,
    ]

    /// This dataset with the drawn geometry of units replaced by the polygons of an external
    /// GeoJSON FeatureCollection (Natural Earth admin-1, GADM, geoBoundaries), matched by ISO 3166-2
    /// code (`iso_3166_2`, `shapeISO`) or else by name (`name`, `name_en`, `name_alt`, `NAME_1`,
    /// `shapeName`) against each unit's id, names and aliases, ignoring case and diacritics.
    ///
    /// Only countries, autonomous republics, oblasts, districts and provinces are replaced; zones
    /// and villages stay as drawn. The timeline is unchanged. Since external outlines do not fit
    /// the drawn zones exactly, tilings, same-day transfers and `from` holders that no longer fit
    /// are listed in the new dataset's `notes` instead of failing.
    ///
    /// Matching is careful, since files label things loosely:
    /// - a feature whose code names one unit and whose name another goes to the code's unit;
    ///   one whose name matches several units (and no code) is skipped;
    /// - when several features match one unit, those matching it by name (with or without the
    ///   code) win, and their union replaces the unit (Natural Earth draws Shusha as two
    ///   features, both named "Şuşa"); features matching only by code are then set aside;
    /// - a replacement that would change the unit's area by more than
    ///   `BoundaryImport.maximumAreaFactor` either way is refused.
    ///
    /// Everything not used is listed in `skipped` with the reason.
    ///
    /// ```swift
    /// let imported = try dataset.replacingBoundaries(from: url, only: ["lachin", "kalbajar"])
    /// ```
    /// - Parameters:
    ///   - url: the external GeoJSON FeatureCollection file.
    ///   - only: unit ids that may be replaced (`nil`: any).
    /// - Throws: `DatasetError` naming the external file and feature for unreadable files or
    ///   invalid geometries.
    public func replacingBoundaries(from url: URL, only: Set<String>? = nil) throws(DatasetError) -> BoundaryImport {
        let file = url.lastPathComponent
        let candidates = try ExternalBoundaries.read(url)
        let eligible = units.indices.filter {
            Dataset.administrativeKinds.contains(units[$0].kind) && (only?.contains(units[$0].id) ?? true)
        }
        var skipped: [String] = []
        var matches: [Int: [(candidate: Int, strength: MatchStrength)]] = [:]
        var unmatched: [String] = []
        for (index, candidate) in candidates.enumerated() {
            if let (unit, strength) = match(candidate, among: eligible, skipped: &skipped) {
                matches[unit, default: []].append((index, strength))
            } else {
                unmatched.append(candidate.label)
            }
        }
        var files = self.files
        var replacements: [BoundaryImport.Replacement] = []
        for unitIndex in matches.keys.sorted() {
            let unit = units[unitIndex]
            let found = matches[unitIndex]!
            let best = found.map(\.strength).max()!
            let kept = found.filter { $0.strength >= min(best, .name) }
            let chosen = kept.map { candidates[$0.candidate] }
            for setAside in found.filter({ $0.strength < min(best, .name) }) {
                skipped.append(
                    "\(candidates[setAside.candidate].label): has the code of '\(unit.id)' but not its name, and "
                        + "features named like it were found; set aside")
            }
            let labels = chosen.map(\.label)
            let outline = try union(chosen.map(\.shape), file: file, label: labels.joined(separator: " + "))
            let (oldKm2, newKm2) = try areas(drawn: shape(of: unit), external: outline, file: file, label: labels[0])
            let factor = max(newKm2 / oldKm2, oldKm2 / newKm2)
            guard factor <= BoundaryImport.maximumAreaFactor else {
                skipped.append(
                    "\(labels.joined(separator: " + ")): would change '\(unit.id)' from \(formatKm2(oldKm2)) to "
                        + "\(formatKm2(newKm2)) (a factor of \((factor * 10).rounded() / 10), more than "
                        + "\(BoundaryImport.maximumAreaFactor)): probably another thing of the same name or code; "
                        + "'\(unit.id)' kept as drawn")
                continue
            }
            let ref = GeometryRef(file: file, featureID: labels.joined(separator: "+"))
            files.features[ref] = SourcedFeature(
                ref: ref, name: chosen[0].names.first, source: file, license: nil, accuracyKm: nil, shape: outline)
            files.units[unitIndex].geometry = ref
            replacements.append(
                BoundaryImport.Replacement(
                    unit: unit.id, features: labels,
                    matchedBy: kept.contains { $0.strength != .name } ? .iso3166_2 : .name,
                    oldAreaKm2: oldKm2, newAreaKm2: newKm2))
        }
        if !unmatched.isEmpty {
            skipped.append("\(unmatched.count) feature(s) matched no unit: \(unmatched.joined(separator: ", "))")
        }
        let (dataset, problems) = DatasetCompiler.compile(
            files, directory: directory, toleratingMisfits: true, reusingOverlay: false)
        guard let dataset else { throw problems[0] }
        return BoundaryImport(dataset: dataset, replacements: replacements, skipped: skipped)
    }

    /// How well a feature matches a unit, weakest first.
    private enum MatchStrength: Int, Comparable {
        /// The unit's ISO code, but not one of its names.
        case code
        /// One of the unit's names, and no code or another.
        case name
        /// The unit's ISO code and one of its names.
        case codeAndName

        static func < (a: MatchStrength, b: MatchStrength) -> Bool { a.rawValue < b.rawValue }
    }

    /// The unit (index) `candidate` stands for among `eligible`, and how well it matches; nil
    /// (with a line in `skipped` when ambiguous) if none.
    private func match(_ candidate: ExternalBoundaries.Candidate, among eligible: [Int], skipped: inout [String])
        -> (Int, MatchStrength)?
    {
        let keys = Set(candidate.names.map(Spelling.fold))
        var named = eligible.filter { index in
            !keys.isDisjoint(with: ([units[index].id] + units[index].names.all).map(Spelling.fold))
        }
        // Several generations of a unit may share a name; an external file describes the current one.
        let current = named.filter { units[$0].lifetime.to == nil }
        if named.count > 1, current.count == 1 { named = current }
        if let code = candidate.code, let coded = eligible.first(where: { units[$0].iso3166_2 == code }) {
            if named.contains(coded) { return (coded, .codeAndName) }
            if !named.isEmpty {
                let others = named.map { "'\(units[$0].id)'" }.joined(separator: " or ")
                skipped.append(
                    "\(candidate.label): its code is that of '\(units[coded].id)' but its name that of \(others); "
                        + "matched by the code")
            }
            return (coded, .code)
        }
        if named.count == 1 { return (named[0], .name) }
        if !named.isEmpty {
            skipped.append(
                "\(candidate.label): matches several units (\(named.map { units[$0].id }.joined(separator: ", ")))")
        }
        return nil
    }

    /// The union of a unit's external shapes (one shape as it is).
    private func union(_ shapes: [Shape], file: String, label: String) throws(DatasetError) -> Shape {
        guard shapes.count > 1 else { return shapes[0] }
        do {
            let geometries = try shapes.map { (shape) throws(GEOSError) in try Geometry(shape) }
            return try Geometry.unaryUnion(geometries).shape
        } catch {
            throw .invalidGeometry(file: file, id: label, problem: "cannot unite the features: \(error.message)")
        }
    }

    /// The geodesic areas of a unit's drawn and external shapes, km².
    private func areas(drawn: Shape, external: Shape, file: String, label: String) throws(DatasetError)
        -> (Double, Double)
    {
        do {
            return (try Overlay.geodesicKm2(drawn), try Overlay.geodesicKm2(external))
        } catch {
            throw .invalidGeometry(file: file, id: label, problem: error.message)
        }
    }
}

/// Reads a boundary file of another project leniently: any properties, ids optional, polygons only.
enum ExternalBoundaries {
    struct Candidate {
        var label: String
        var code: String?
        var names: [String]
        var shape: Shape
    }

    static let codeKeys = ["iso_3166_2", "shapeISO", "ISO_3166_2", "HASC_1"]
    static let nameKeys = ["name", "name_en", "NAME_1", "shapeName", "name_alt", "VARNAME_1"]

    static func read(_ url: URL) throws(DatasetError) -> [Candidate] {
        let file = url.lastPathComponent
        let value = try JSONFile.read(url, file: file)
        guard case .array(let features)? = value.member("features") else {
            throw .malformed(file: file, id: nil, problem: "expected a GeoJSON FeatureCollection with \"features\"")
        }
        var candidates: [Candidate] = []
        for (index, feature) in features.enumerated() {
            guard case .object(let properties)? = feature.member("properties"),
                let geometry = feature.member("geometry")
            else { continue }
            func strings(_ keys: [String]) -> [String] {
                keys.flatMap { key -> [String] in
                    guard case .string(let text)? = properties[key], !text.isEmpty else { return [] }
                    return text.split(separator: "|").map { String($0) }
                }
            }
            let code = strings(codeKeys).first
            let names = strings(nameKeys)
            let label = code ?? names.first ?? "feature \(index)"
            let reader = try RecordReader(feature, file: file, id: label)
            let shape = try GeoJSONReading.shape(geometry, reader: reader)
            guard [.polygon, .multiPolygon].contains(shape.type) else { continue }
            candidates.append(Candidate(label: label, code: code, names: names, shape: shape))
        }
        return candidates
    }
}

extension JSONValue {
    /// The value under `key` of an object.
    fileprivate func member(_ key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }
}
