import Foundation

/// A point and a day to ask about.
public struct ControlQuery: Sendable, Hashable {
    /// Where (x longitude, y latitude).
    public var coordinate: Coordinate
    /// When.
    public var date: Day

    /// A query for `coordinate` on `date`.
    public init(coordinate: Coordinate, date: Day) {
        self.coordinate = coordinate
        self.date = date
    }
}

/// Who held a point on a day.
public struct ControlAnswer: Sendable, Hashable {
    /// Where (x longitude, y latitude).
    public var coordinate: Coordinate
    /// When.
    public var date: Day
    /// The gazetteer place asked for, if asked by name.
    public var place: String?
    /// The de facto holder (`nil`: nobody held it; a position outside the dataset's ground is an
    /// error, not `nil`).
    public var deFacto: String?
    /// The de facto holder's name (`nil` when nobody held it).
    public var deFactoName: String?
    /// The de jure holder.
    public var deJure: String?
    /// The de jure holder's name (`nil` when nobody held it).
    public var deJureName: String?
    /// The units existing on `date` that contain the point, broadest first.
    public var units: [String]
    /// The first-level unit (rayon, city, marz) in force on `date` that contains the point: the
    /// narrowest of `units` whose kind ``Unit/Kind/isFirstLevel``; `nil` where none is drawn.
    public var district: String?
    /// The district's name.
    public var districtName: String?
    /// The district's ISO 3166-2 code, where it has one.
    public var districtISO: String?
    /// Every other unit of `units` (countries, historical areas, drawn zones), broadest first.
    public var zones: [Zone]
    /// The corridors whose strip (route ± half the width) contains the point on `date`.
    public var corridors: [String]
    /// Doubts on either layer (their `areaKm2` is 0 for a point), or that the day comes after
    /// the dataset's last review.
    public var certainty: Certainty
    /// The day the dataset was last reviewed against its sources (``DatasetInfo/reviewed``).
    public var reviewed: Day?

    /// A unit containing the point, other than its district; as JSON `{"id", "name", "kind"}`.
    public struct Zone: Sendable, Hashable, Codable {
        /// The unit id.
        public var id: String
        /// Its name.
        public var name: String
        /// What kind of unit it is.
        public var kind: Unit.Kind
    }
}

extension Atlas {
    /// Who held the point `coordinate` (x longitude, y latitude) on `day`, on both layers.
    ///
    /// ```swift
    /// let answer = try atlas.control(at: Coordinate(x: 46.749, y: 39.760), on: try Day(iso: "1993-01-01"))
    /// answer.deFacto   // "NKR"
    /// answer.deJure    // "AZE"
    /// ```
    /// - Throws: `QueryError.invalidCoordinate`, `.outsideCoverage` for a position in no unit
    ///   (Paris, or latitude and longitude swapped), `.outsideRange`, `.geometry`.
    public func control(at coordinate: Coordinate, on day: Day) throws(QueryError) -> ControlAnswer {
        try check(coordinate)
        try check(day)
        return try answer(coordinate, on: day, atom: try coveredAtom(at: coordinate))
    }

    /// Who held the gazetteer place called `name` (any spelling) on `day`.
    ///
    /// ```swift
    /// try atlas.control(atPlace: "Shusha", on: try Day(iso: "2020-11-09")).deFacto   // "AZE"
    /// ```
    /// - Throws: `QueryError.unknownName` with suggestions, and the errors of `control(at:on:)`.
    public func control(atPlace name: String, on day: Day) throws(QueryError) -> ControlAnswer {
        let place = try dataset.place(named: name)
        var answer = try control(at: place.coordinate, on: day)
        answer.place = place.id
        return answer
    }

    /// Answers many (point, day) questions at once, in the order given, sharing the work: each
    /// distinct point is located once, and what an answer says about a piece of ground (holders,
    /// units, doubts) is computed once per piece and stretch of days in which none of it changes
    /// (found by binary search). What is left per question is the corridor-strip test.
    ///
    /// ```swift
    /// let stepanakert = try atlas.dataset.place(named: "Stepanakert").coordinate
    /// let days = stride(from: try Day(iso: "1990-01-01"), to: try Day(iso: "2024-01-01"), by: 30)
    /// let answers = try atlas.control(days.map { ControlQuery(coordinate: stepanakert, date: $0) })
    /// ```
    /// - Throws: the first error any single question would throw.
    public func control(_ queries: [ControlQuery]) throws(QueryError) -> [ControlAnswer] {
        var located: [Coordinate: Int] = [:]
        located.reserveCapacity(queries.count)
        // One slot per atom and stretch of days: a few thousand, so an array rather than a dictionary.
        let segments = answerDays.count + 1
        var known = [GroundAnswer?](repeating: nil, count: dataset.overlay.atoms.count * segments)
        var answers: [ControlAnswer] = []
        answers.reserveCapacity(queries.count)
        for query in queries {
            try check(query.coordinate)
            try check(query.date)
            let atom: Int
            if let found = located[query.coordinate] {
                atom = found
            } else {
                atom = try coveredAtom(at: query.coordinate)
                located[query.coordinate] = atom
            }
            let key = atom * segments + segment(of: query.date)
            if known[key] == nil { known[key] = groundAnswer(atom, on: query.date) }
            answers.append(try answer(query.coordinate, on: query.date, ground: known[key]!))
        }
        return answers
    }

    /// The atom at `coordinate`; a position in no atom lies outside every unit, so no answer
    /// about it would be true.
    private func coveredAtom(at coordinate: Coordinate) throws(QueryError) -> Int {
        guard let atom = try atom(at: coordinate) else {
            throw .outsideCoverage(coordinate, coverage: dataset.coverageDescription)
        }
        return atom
    }

    /// The index of the stretch of days, between two `answerDays`, that holds `day`.
    private func segment(of day: Day) -> Int { answerDays.countOnOrBefore(day) }

    private func answer(_ coordinate: Coordinate, on day: Day, atom: Int) throws(QueryError) -> ControlAnswer {
        try answer(coordinate, on: day, ground: groundAnswer(atom, on: day))
    }

    private func answer(_ coordinate: Coordinate, on day: Day, ground: GroundAnswer) throws(QueryError)
        -> ControlAnswer
    {
        var corridors: [String] = []
        for (index, corridor) in dataset.corridors.enumerated() {
            guard let route = corridor.routeIndex(on: day),
                let strip = try strip(corridor: index, route: route)
            else { continue }
            if try geos({ () throws(GEOSError) in try strip.covers(coordinate) }) { corridors.append(corridor.id) }
        }
        return ControlAnswer(
            coordinate: coordinate, date: day, place: nil, deFacto: ground.deFacto, deFactoName: ground.deFactoName,
            deJure: ground.deJure, deJureName: ground.deJureName, units: ground.units, district: ground.district,
            districtName: ground.districtName, districtISO: ground.districtISO, zones: ground.zones,
            corridors: corridors, certainty: Certainty(ground.doubts, on: day, reviewed: dataset.info.reviewed),
            reviewed: dataset.info.reviewed)
    }

    /// What an answer says about an atom on `day`.
    private func groundAnswer(_ atom: Int, on day: Day) -> GroundAnswer {
        let members = Set(dataset.overlay.atoms[atom].units)
        let units = unitOrder.filter { members.contains($0) && dataset.units[$0].lifetime.contains(day) }
        let district = units.last { dataset.units[$0].kind.isFirstLevel }
        let deFacto = entityID(holder(of: atom, on: day, layer: .deFacto))
        let deJure = entityID(holder(of: atom, on: day, layer: .deJure))
        return GroundAnswer(
            deFacto: deFacto, deFactoName: deFacto.map(entityName), deJure: deJure, deJureName: deJure.map(entityName),
            units: units.map { dataset.units[$0].id },
            district: district.map { dataset.units[$0].id },
            districtName: district.map { dataset.units[$0].name },
            districtISO: district.flatMap { dataset.units[$0].iso3166_2 },
            zones: units.filter { $0 != district }.map {
                ControlAnswer.Zone(id: dataset.units[$0].id, name: dataset.units[$0].name, kind: dataset.units[$0].kind)
            },
            doubts: Layer.allCases.flatMap { doubts(on: day, layer: $0, atoms: [atom], forPoint: true) })
    }
}

/// The part of a control answer that depends only on the atom and the day's stretch.
private struct GroundAnswer {
    var deFacto: String?
    var deFactoName: String?
    var deJure: String?
    var deJureName: String?
    var units: [String]
    var district: String?
    var districtName: String?
    var districtISO: String?
    var zones: [ControlAnswer.Zone]
    var doubts: [Uncertainty]
}

extension Dataset {
    /// The dataset's ground in words: the box of its atoms and its top-level units, e.g.
    /// `37.50…42.50 N, 43.00…51.50 E: Azerbaijan, Armenia, …`.
    /// (Walks every atom: compute it once per use, not per question.)
    var coverageDescription: String {
        let box = Envelope(overlay.atoms.lazy.flatMap(\.faces).flatMap(\.exterior))
        let format = { (value: Double) in String(format: "%.2f", value) }
        let top = units.filter { $0.parent == nil }.map(\.name)
        return "\(format(box.minY))…\(format(box.maxY)) N, \(format(box.minX))…\(format(box.maxX)) E: "
            + top.joined(separator: ", ")
    }
}
