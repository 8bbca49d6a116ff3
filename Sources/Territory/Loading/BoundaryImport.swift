import Foundation

/// The result of replacing drawn unit geometries with those of an external boundary file.
///
/// ```swift
/// let imported = try Dataset.embedded().replacingBoundaries(from: URL(fileURLWithPath: "ne_10m_admin_1.geojson"))
/// for replacement in imported.replacements { print(replacement.unit, replacement.matchedBy, replacement.newAreaKm2) }
/// let atlas = Atlas(dataset: imported.dataset)
/// ```
public struct BoundaryImport: Sendable {
    /// How a feature was matched to a unit.
    public enum Match: String, Sendable, Hashable {
        /// Same ISO 3166-2 code.
        case iso3166_2
        /// A name of the feature folds like a name, alias or id of the unit.
        case name
    }

    /// One unit whose geometry was replaced.
    public struct Replacement: Sendable, Hashable {
        /// The unit id.
        public var unit: String
        /// The feature's label in the external file (its code or name).
        public var feature: String
        /// How they were matched.
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
    /// Features that matched no unit, or more than one, and why.
    public var skipped: [String]
}

extension Dataset {
    /// Unit kinds whose outlines an administrative boundary file can stand for.
    private static let administrativeKinds: Set<Unit.Kind> = [
        .country, .autonomousRepublic, .oblast, .district, .province,
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
        var files = self.files
        var replacements: [BoundaryImport.Replacement] = []
        var skipped: [String] = []
        var taken: Set<String> = []
        for candidate in candidates {
            guard let (unitIndex, match) = self.match(candidate, only: only, skipped: &skipped) else { continue }
            let unit = units[unitIndex]
            guard taken.insert(unit.id).inserted else {
                skipped.append("\(candidate.label): '\(unit.id)' was already replaced by an earlier feature")
                continue
            }
            let ref = GeometryRef(file: file, featureID: candidate.label)
            files.features[ref] = SourcedFeature(
                ref: ref, name: candidate.names.first, source: file, license: nil, accuracyKm: nil,
                shape: candidate.shape)
            files.units[unitIndex].geometry = ref
            do {
                replacements.append(
                    BoundaryImport.Replacement(
                        unit: unit.id, feature: candidate.label, matchedBy: match,
                        oldAreaKm2: try Overlay.geodesicKm2(shape(of: unit)),
                        newAreaKm2: try Overlay.geodesicKm2(candidate.shape)))
            } catch {
                throw .invalidGeometry(file: file, id: candidate.label, problem: error.message)
            }
        }
        let (dataset, problems) = DatasetCompiler.compile(files, directory: directory, toleratingMisfits: true)
        guard let dataset else { throw problems[0] }
        replacements.sort { unitIndex[$0.unit]! < unitIndex[$1.unit]! }
        return BoundaryImport(dataset: dataset, replacements: replacements, skipped: skipped)
    }

    private func match(_ candidate: ExternalBoundaries.Candidate, only: Set<String>?, skipped: inout [String])
        -> (Int, BoundaryImport.Match)?
    {
        let eligible = units.indices.filter {
            Dataset.administrativeKinds.contains(units[$0].kind) && (only?.contains(units[$0].id) ?? true)
        }
        if let code = candidate.code, let index = eligible.first(where: { units[$0].iso3166_2 == code }) {
            return (index, .iso3166_2)
        }
        let keys = Set(candidate.names.map(Spelling.fold))
        let named = eligible.filter { index in
            let unit = units[index]
            return !keys.isDisjoint(with: ([unit.id] + unit.names.all).map(Spelling.fold))
        }
        if named.count == 1 { return (named[0], .name) }
        // Several generations of a unit may share a name; an external file describes the current one.
        let current = named.filter { units[$0].lifetime.to == nil }
        if current.count == 1 { return (current[0], .name) }
        if !named.isEmpty {
            skipped.append(
                "\(candidate.label): matches several units (\(named.map { units[$0].id }.joined(separator: ", ")))")
        }
        return nil
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
        let value: JSONValue
        do {
            let data = try Data(contentsOf: url)
            value = try JSONValue(json: String(decoding: data, as: UTF8.self))
        } catch let error as GEOSError {
            throw .malformed(file: file, id: nil, problem: "not valid JSON: \(error.message)")
        } catch {
            throw .unreadable(file: file, id: nil, problem: "cannot read the file: \(error.localizedDescription)")
        }
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
