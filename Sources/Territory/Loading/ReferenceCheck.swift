/// Checks what no single record can: unique ids, references between records, and geometry
/// references that lead to a feature of the right kind.
enum ReferenceCheck {
    static func run(_ files: DecodedFiles) -> [DatasetError] {
        var problems: [DatasetError] = []
        let entityIDs = ids(files.entities.map(\.id), file: DatasetFiles.entities, &problems)
        let unitIDs = ids(files.units.map(\.id), file: DatasetFiles.units, &problems)
        _ = ids(files.tilings.map(\.id), file: DatasetFiles.units, &problems)
        _ = ids(files.events.map(\.id), file: DatasetFiles.events, &problems)
        _ = ids(files.corridors.map(\.id), file: DatasetFiles.corridors, &problems)
        let placeIDs = placeIDs(files.places, &problems)

        func require(_ reference: String?, in known: Set<String>, kind: String, file: String, id: String, field: String)
        {
            if let problem = unknown(reference, in: known, kind: kind, file: file, id: id, field: field) {
                problems.append(problem)
            }
        }

        for unit in files.units {
            require(unit.parent, in: unitIDs, kind: "unit", file: DatasetFiles.units, id: unit.id, field: "parent")
            if unit.parent == unit.id {
                problems.append(
                    .inconsistent(file: DatasetFiles.units, id: unit.id, problem: "a unit cannot be its own parent"))
            }
            geometry(unit.geometry, polygonal: true, files, file: DatasetFiles.units, id: unit.id, &problems)
        }
        for backdrop in files.info.backdrop {
            geometry(backdrop.geometry, polygonal: true, files, file: DatasetFiles.info, id: backdrop.name, &problems)
        }
        for tiling in files.tilings {
            require(tiling.parent, in: unitIDs, kind: "unit", file: DatasetFiles.units, id: tiling.id, field: "parent")
            for child in tiling.children {
                require(child, in: unitIDs, kind: "unit", file: DatasetFiles.units, id: tiling.id, field: "children")
            }
        }
        for event in files.events {
            let file = DatasetFiles.events
            require(event.subject, in: unitIDs, kind: "unit", file: file, id: event.id, field: "subject")
            require(event.from, in: entityIDs, kind: "entity", file: file, id: event.id, field: "from")
            require(event.to, in: entityIDs, kind: "entity", file: file, id: event.id, field: "to")
            for unit in event.concerns.units {
                require(unit, in: unitIDs, kind: "unit", file: file, id: event.id, field: "concerns.units")
            }
            for place in event.concerns.places {
                require(place, in: placeIDs, kind: "place", file: file, id: event.id, field: "concerns.places")
            }
        }
        for corridor in files.corridors {
            let file = DatasetFiles.corridors
            _ = ids(corridor.routes.map(\.id), file: file, &problems)
            for route in corridor.routes {
                geometry(route.geometry, polygonal: false, files, file: file, id: corridor.id, &problems)
            }
            for checkpoint in corridor.checkpoints {
                require(
                    checkpoint.place, in: placeIDs, kind: "place", file: file, id: corridor.id,
                    field: "checkpoints.place")
                require(
                    checkpoint.by, in: entityIDs, kind: "entity", file: file, id: corridor.id, field: "checkpoints.by")
            }
            for controller in corridor.controllers {
                require(
                    controller.entity, in: entityIDs, kind: "entity", file: file, id: corridor.id,
                    field: "controllers.entity")
            }
        }
        for place in files.places {
            require(place.unit, in: unitIDs, kind: "unit", file: DatasetFiles.places, id: place.id, field: "unit")
        }
        let curated = Set(files.places.filter { $0.origin == .curated }.map(\.id))
        for row in files.mergedGazetteerRows {
            require(
                row.place, in: curated, kind: "curated place", file: DatasetFiles.gazetteer, id: row.name,
                field: "merged.place")
        }
        groups(files, entityIDs: entityIDs, &problems)
        return problems
    }

    /// The problem of a reference to a record that does not exist, with the closest ids; `nil`
    /// when `reference` is absent or known.
    private static func unknown(
        _ reference: String?, in known: Set<String>, kind: String, file: String, id: String, field: String
    ) -> DatasetError? {
        guard let reference, !known.contains(reference) else { return nil }
        let suggestions = Spelling.closest(to: reference, among: known.sorted())
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)"
        return .unknownReference(file: file, id: id, problem: "unknown \(kind) '\(reference)' in \"\(field)\"\(hint)")
    }

    /// Ids of curated and gazetteer places, each unique across both files; a repeat is reported
    /// against the file it appears in second.
    private static func placeIDs(_ places: [Place], _ problems: inout [DatasetError]) -> Set<String> {
        var seen: Set<String> = []
        var reported: Set<String> = []
        for place in places where !seen.insert(place.id).inserted && reported.insert(place.id).inserted {
            let file = place.origin == .curated ? DatasetFiles.places : DatasetFiles.gazetteer
            let other = place.origin == .curated ? "" : " (it is already a place of \(DatasetFiles.places))"
            problems.append(.duplicateID(file: file, id: place.id, problem: "this id is used more than once\(other)"))
        }
        return seen
    }

    /// Groups: ids distinct from entity ids and from each other, members that exist, each
    /// counted within its lifetime, and no entity counted twice on one day.
    private static func groups(
        _ files: DecodedFiles, entityIDs: Set<String>, _ problems: inout [DatasetError]
    ) {
        let file = DatasetFiles.entities
        _ = ids(files.groups.map(\.id), file: file, &problems)
        let lifetimes = Dictionary(files.entities.map { ($0.id, $0.lifetime) }, uniquingKeysWith: { first, _ in first })
        for group in files.groups {
            if entityIDs.contains(group.id) {
                problems.append(
                    .duplicateID(file: file, id: group.id, problem: "a group cannot have the id of an entity"))
            }
            for (index, member) in group.members.enumerated() {
                guard let lifetime = lifetimes[member.entity] else {
                    problems.append(
                        unknown(
                            member.entity, in: entityIDs, kind: "entity", file: file, id: group.id,
                            field: "members[\(index)].entity")!)
                    continue
                }
                if member.period.intersection(lifetime) != member.period {
                    problems.append(
                        .inconsistent(
                            file: file, id: group.id,
                            problem: "member \(member.entity) counts \(member.period), outside its lifetime "
                                + "\(lifetime); count it only while it exists"))
                }
                for earlier in group.members[..<index] where earlier.entity == member.entity {
                    if !earlier.period.intersection(member.period).isEmpty {
                        problems.append(
                            .inconsistent(
                                file: file, id: group.id,
                                problem: "member \(member.entity) is counted twice: \(earlier.period) and "
                                    + "\(member.period) overlap; merge them or make them follow each other"))
                    }
                }
            }
        }
    }

    /// The set of `ids`, reporting each repeated one once.
    private static func ids(_ ids: [String], file: String, _ problems: inout [DatasetError]) -> Set<String> {
        var seen: Set<String> = []
        var reported: Set<String> = []
        for id in ids where !seen.insert(id).inserted && reported.insert(id).inserted {
            problems.append(.duplicateID(file: file, id: id, problem: "this id is used more than once"))
        }
        return seen
    }

    private static func geometry(
        _ ref: GeometryRef, polygonal: Bool, _ files: DecodedFiles, file: String, id: String,
        _ problems: inout [DatasetError]
    ) {
        guard let feature = files.features[ref] else {
            let inFile = files.features.keys.filter { $0.file == ref.file }.map(\.featureID)
            let hint = Spelling.closest(to: ref.featureID, among: inFile.sorted())
            problems.append(
                .unresolvedGeometry(
                    file: file, id: id,
                    problem: "geometry \"\(ref)\" does not resolve: \(ref.file) has no feature '\(ref.featureID)'"
                        + (hint.isEmpty ? "" : " (did you mean \(hint.joined(separator: ", "))?)")))
            return
        }
        let type = feature.shape.type
        let fits =
            polygonal ? [.polygon, .multiPolygon].contains(type) : [.lineString, .multiLineString].contains(type)
        if !fits {
            problems.append(
                .unresolvedGeometry(
                    file: file, id: id,
                    problem: "geometry \"\(ref)\" is a \(type); expected "
                        + (polygonal ? "a Polygon or MultiPolygon" : "a LineString or MultiLineString")))
        }
    }
}
