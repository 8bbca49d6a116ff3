import Foundation

/// Runs the loading stages in order, stopping after the first stage that finds problems: files,
/// references, geometry validity, then overlay, tilings and timelines.
enum DatasetCompiler {
    /// Compiles the dataset in `directory`; with `reusingOverlay`, takes the overlay from the
    /// directory's `overlay.bin` when that was made from the same unit boundaries.
    static func compile(_ directory: URL, reusingOverlay: Bool) -> (Dataset?, [DatasetError]) {
        var problems: [DatasetError] = []
        guard let files = DatasetFiles.read(directory, problems: &problems) else { return (nil, problems) }
        return compile(files, directory: directory, toleratingMisfits: false, reusingOverlay: reusingOverlay)
    }

    /// Compiles decoded files. With `toleratingMisfits`, ground that no longer fits together
    /// (tilings, same-day transfers, `from` holders) is reported in the notes instead of failing:
    /// external boundaries replacing drawn ones are not expected to match the drawn zones.
    static func compile(
        _ files: DecodedFiles, directory: URL, toleratingMisfits: Bool, reusingOverlay: Bool
    ) -> (Dataset?, [DatasetError]) {
        var problems = ReferenceCheck.run(files)
        guard problems.isEmpty else { return (nil, problems) }
        problems = checkGeometries(files)
        guard problems.isEmpty else { return (nil, problems) }

        let shapes = files.units.map { files.features[$0.geometry]!.shape }
        let names = files.units.map(\.id)
        let overlayKey = OverlayCache.key(units: shapes, names: names)
        let overlay: Overlay
        if reusingOverlay, let stored = OverlayCache.read(directory, key: overlayKey, unitCount: shapes.count) {
            overlay = stored
        } else {
            do {
                overlay = try Overlay.build(units: shapes, names: names)
            } catch {
                return (
                    nil,
                    [
                        .invalidGeometry(
                            file: DatasetFiles.units, id: nil, problem: "overlaying the units failed: \(error)")
                    ]
                )
            }
        }
        var notes = overlay.notes
        let unitIndex = Dataset.index(files.units.map(\.id))
        let entityIndex = Dataset.index(files.entities.map(\.id))
        TilingCheck.run(files.tilings, overlay: overlay, unitIndex: unitIndex, problems: &problems, notes: &notes)
        let timelines = Timelines { layer in
            TimelineBuilder.build(
                layer: layer, events: files.events, overlay: overlay, unitIndex: unitIndex, entityIndex: entityIndex,
                entityIDs: files.entities.map(\.id), problems: &problems)
        }
        if toleratingMisfits {
            notes += problems.map { "does not fit with the replaced boundaries: \($0)" }
            problems = []
        }
        guard problems.isEmpty else { return (nil, problems) }
        notes += lifetimeNotes(files, timelines: timelines, overlay: overlay, unitIndex: unitIndex)
        return (
            Dataset(
                directory: directory, files: files, overlay: overlay, overlayKey: overlayKey, timelines: timelines,
                notes: notes), []
        )
    }

    /// GEOS validity of every geometry a unit or route uses, with GEOS's reason and location.
    private static func checkGeometries(_ files: DecodedFiles) -> [DatasetError] {
        var users: [GeometryRef: [String]] = [:]
        for unit in files.units { users[unit.geometry, default: []].append("unit '\(unit.id)'") }
        for corridor in files.corridors {
            for route in corridor.routes {
                users[route.geometry, default: []].append("route '\(route.id)' of '\(corridor.id)'")
            }
        }
        var problems: [DatasetError] = []
        for ref in users.keys.sorted(by: { $0.description < $1.description }) {
            let usedBy = "used by " + users[ref]!.joined(separator: ", ")
            do {
                let geometry = try Geometry(files.features[ref]!.shape)
                if geometry.isEmpty {
                    problems.append(
                        .invalidGeometry(file: ref.file, id: ref.featureID, problem: "the geometry is empty; \(usedBy)")
                    )
                    continue
                }
                let validity = geometry.validity()
                if !validity.isValid {
                    let place = validity.location.map { " at (\($0.x), \($0.y))" } ?? ""
                    problems.append(
                        .invalidGeometry(
                            file: ref.file, id: ref.featureID,
                            problem: "invalid geometry: \(validity.reason ?? "no reason given")\(place); \(usedBy)"))
                }
            } catch {
                problems.append(
                    .invalidGeometry(file: ref.file, id: ref.featureID, problem: "\(error.message); \(usedBy)"))
            }
        }
        return problems
    }

    /// Warnings about transfers to entities or of units outside their lifetimes.
    private static func lifetimeNotes(
        _ files: DecodedFiles, timelines: Timelines, overlay: Overlay, unitIndex: [String: Int]
    ) -> [String] {
        var notes: [String] = []
        let entities = Dictionary(files.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for event in files.events where event.kind == .transfer {
            if let to = event.to.flatMap({ entities[$0] }), !to.lifetime.contains(event.date) {
                notes.append(
                    "event '\(event.id)' gives ground to \(to.id) on \(event.date), outside its lifetime \(to.lifetime)"
                )
            }
            if let subject = event.subject.flatMap({ unitIndex[$0] }),
                !files.units[subject].lifetime.contains(event.date)
            {
                let unit = files.units[subject]
                notes.append(
                    "event '\(event.id)' transfers '\(unit.id)' on \(event.date), outside its lifetime \(unit.lifetime)"
                )
            }
        }
        for layer in Layer.allCases {
            let timeline = timelines[layer]
            var reported: Set<Int32> = []
            for state in timeline.holders.indices {
                guard let start = timeline.period(of: state).from else { continue }
                for holder in Set(timeline.holders[state]) where holder >= 0 && !reported.contains(holder) {
                    let entity = files.entities[Int(holder)]
                    if let end = entity.lifetime.to, end <= start {
                        reported.insert(holder)
                        notes.append(
                            "\(entity.id) still holds ground on the \(layer.rawValue) layer from \(start), after its lifetime "
                                + "\(entity.lifetime) ended")
                    }
                }
            }
        }
        return notes
    }
}
