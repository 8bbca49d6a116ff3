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
    /// The de facto holder (`nil`: nobody, or outside the dataset's ground).
    public var deFacto: String?
    /// The de jure holder.
    public var deJure: String?
    /// The units existing on `date` that contain the point, broadest first.
    public var units: [String]
    /// The corridors whose strip (route ± half the width) contains the point on `date`.
    public var corridors: [String]
    /// Doubts on either layer (their `areaKm2` is 0 for a point).
    public var certainty: Certainty
}

extension Atlas {
    /// Who held the point `coordinate` (x longitude, y latitude) on `day`, on both layers.
    ///
    /// ```swift
    /// let answer = try atlas.control(at: Coordinate(x: 46.749, y: 39.760), on: try Day(iso: "1993-01-01"))
    /// answer.deFacto   // "NKR"
    /// answer.deJure    // "AZE"
    /// ```
    /// - Throws: `QueryError.invalidCoordinate`, `.outsideRange`, `.geometry`.
    public func control(at coordinate: Coordinate, on day: Day) throws(QueryError) -> ControlAnswer {
        try check(coordinate)
        try check(day)
        return try answer(coordinate, on: day, atom: try atom(at: coordinate))
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

    /// Answers many (point, day) questions at once, in the order given. Each distinct point is
    /// located once, and each day is mapped to its state by binary search over the transfer
    /// dates, so the cost is that of locating the points plus a lookup per question.
    ///
    /// ```swift
    /// let days = stride(from: try Day(iso: "1990-01-01"), to: try Day(iso: "2024-01-01"), by: 30)
    /// let answers = try atlas.control(days.map { ControlQuery(coordinate: stepanakert, date: $0) })
    /// ```
    /// - Throws: the first error any single question would throw.
    public func control(_ queries: [ControlQuery]) throws(QueryError) -> [ControlAnswer] {
        var located: [Coordinate: Int?] = [:]
        var answers: [ControlAnswer] = []
        answers.reserveCapacity(queries.count)
        for query in queries {
            try check(query.coordinate)
            try check(query.date)
            let atom: Int?
            if let known = located[query.coordinate] {
                atom = known
            } else {
                atom = try self.atom(at: query.coordinate)
                located[query.coordinate] = atom
            }
            answers.append(try answer(query.coordinate, on: query.date, atom: atom))
        }
        return answers
    }

    private func answer(_ coordinate: Coordinate, on day: Day, atom: Int?) throws(QueryError) -> ControlAnswer {
        var corridors: [String] = []
        for corridor in dataset.corridors {
            guard let route = corridor.route(on: day), let strip = try strip(of: corridor, route: route) else {
                continue
            }
            if try geos({ () throws(GEOSError) in try strip.covers(coordinate) }) { corridors.append(corridor.id) }
        }
        guard let atom else {
            return ControlAnswer(
                coordinate: coordinate, date: day, place: nil, deFacto: nil, deJure: nil, units: [],
                corridors: corridors,
                certainty: .certain)
        }
        let members = Set(dataset.overlay.atoms[atom].units)
        let units = unitOrder.filter { members.contains($0) && dataset.units[$0].lifetime.contains(day) }
        let found = Layer.allCases.flatMap { doubts(on: day, layer: $0, atoms: [atom]) }
        return ControlAnswer(
            coordinate: coordinate, date: day, place: nil,
            deFacto: entityID(holder(of: atom, on: day, layer: .deFacto)),
            deJure: entityID(holder(of: atom, on: day, layer: .deJure)), units: units.map { dataset.units[$0].id },
            corridors: corridors, certainty: Certainty(found))
    }
}
