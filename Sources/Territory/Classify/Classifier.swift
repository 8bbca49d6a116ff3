import Foundation

/// Classifies (position, day) questions at full speed on every core: who held the ground, the
/// district in force, the zones, the doubts and the transfer that set the holder.
///
/// Everything a classifier holds is compiled when it is made (about as long as loading the
/// dataset) and never changes afterwards: a grid that finds the piece of ground under a position
/// without GEOS, and one answer per piece of ground and stretch of days. So it is `Sendable` and,
/// unlike `Atlas`, needs no per-thread GEOS objects: one classifier serves every thread. Answers agree with `Atlas.control(at:on:)`
/// except for positions exactly on a boundary, which may go to either side.
///
/// ```swift
/// let classifier = try Classifier(dataset: .embedded())
/// let queries = [ControlQuery(coordinate: Coordinate(x: 46.752, y: 39.815), date: try Day(iso: "2021-01-01"))]
/// for result in classifier.classify(queries) {
///     print(try result.get().deFacto ?? "nobody")   // NKR
/// }
/// ```
public struct Classifier: Sendable {
    /// The data this classifier answers from.
    public let dataset: Dataset
    /// Whether answers carry `frontKm`.
    public let measuresFront: Bool
    let locator: PointLocator
    let table: GroundTable
    let front: FrontDistance?
    /// The dataset's ground in words, for the error of a position outside it.
    let coverage: String

    /// A classifier over `dataset`; with `frontDistance`, answers also carry `frontKm` (slower).
    ///
    /// ```swift
    /// let classifier = Classifier(dataset: try Dataset.embedded(), frontDistance: true)
    /// ```
    public init(dataset: Dataset, frontDistance: Bool = false) {
        self.dataset = dataset
        measuresFront = frontDistance
        let faces = dataset.overlay.atoms.map(\.faces)
        locator = PointLocator(faces: faces)
        table = GroundTable(dataset: dataset)
        front = frontDistance ? FrontDistance(faces: faces, holders: dataset.timelines.deFacto.holders) : nil
        coverage = dataset.coverageDescription
    }

    /// Who held `coordinate` (x longitude, y latitude) on `day`.
    ///
    /// ```swift
    /// try classifier.classify(Coordinate(x: 46.752, y: 39.815), on: try Day(iso: "1993-01-01")).deFacto   // "NKR"
    /// ```
    /// - Throws: `QueryError.invalidCoordinate`, `.outsideCoverage` or `.outsideRange`.
    public func classify(_ coordinate: Coordinate, on day: Day) throws(QueryError) -> Classification {
        guard coordinate.isFinite, (-180...180).contains(coordinate.x), (-90...90).contains(coordinate.y) else {
            throw .invalidCoordinate(coordinate)
        }
        guard dataset.info.range.contains(day) else { throw .outsideRange(day: day, range: dataset.info.range) }
        guard let atom = locator.atom(at: coordinate) else { throw .outsideCoverage(coordinate, coverage: coverage) }
        let segment = table.segment(of: day)
        var answer = table.answers[table.answer(atom: atom, segment: segment)]
        answer.frontKm = frontKm(at: coordinate, answer: answer, segment: segment)
        return answer
    }

    /// Classifies a stream of questions on every core and yields the answers in the order asked,
    /// holding only a few batches in memory at once: `queries` may be far larger than memory.
    ///
    /// ```swift
    /// let answers = classifier.classify(queries)   // lazy: nothing runs until iterated
    /// for case .success(let answer) in answers { print(answer.deFacto ?? "nobody") }
    /// ```
    /// - Parameters:
    ///   - queries: the questions, read lazily.
    ///   - batchSize: how many questions one worker takes at a time.
    public func classify<Queries: Sequence<ControlQuery>>(_ queries: Queries, batchSize: Int = 16_384)
        -> Classifications<Queries.Iterator>
    {
        Classifications(classifier: self, queries: queries.makeIterator(), batchSize: max(1, batchSize))
    }
}

/// The answers of `Classifier.classify(_:batchSize:)`, in the order of the questions: each a
/// classification, or the error the single-question call would have thrown.
public struct Classifications<Base: IteratorProtocol<ControlQuery>>: Sequence, IteratorProtocol {
    private var batches: OrderedParallelMap<BatchIterator, [Result<Classification, QueryError>]>
    private var current: [Result<Classification, QueryError>] = []
    private var position = 0

    init(classifier: Classifier, queries: Base, batchSize: Int) {
        batches = OrderedParallelMap(BatchIterator(base: queries, size: batchSize)) { batch in
            batch.map { query in
                Result { () throws(QueryError) in try classifier.classify(query.coordinate, on: query.date) }
            }
        }
    }

    /// The next answer.
    public mutating func next() -> Result<Classification, QueryError>? {
        while position == current.count {
            guard let batch = batches.next() else { return nil }
            current = batch
            position = 0
        }
        position += 1
        return current[position - 1]
    }

    /// Cuts the questions into arrays of `size`.
    struct BatchIterator: IteratorProtocol {
        var base: Base
        let size: Int

        mutating func next() -> [ControlQuery]? {
            var batch: [ControlQuery] = []
            batch.reserveCapacity(size)
            while batch.count < size, let query = base.next() { batch.append(query) }
            return batch.isEmpty ? nil : batch
        }
    }
}

extension Classifier {
    /// The front distance for a position whose answer is `answer` in day segment `segment`.
    func frontKm(at coordinate: Coordinate, answer: Classification, segment: Int) -> Double? {
        guard let front, let holder = answer.deFacto.flatMap({ dataset.entityIndex[$0] }) else { return nil }
        return answer.isUncertain
            ? 0 : front.km(from: coordinate, holder: Int32(holder), state: table.deFactoState[segment])
    }
}
