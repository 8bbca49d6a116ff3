import SwiftGEOS
import XCTest

final class KnownAnswerTests: XCTestCase {
    func testUnitSquareMeasures() throws {
        let square = try unitSquare()
        XCTAssertEqual(square.type, .polygon)
        XCTAssertEqual(square.area, 1)
        XCTAssertEqual(square.length, 4)
        XCTAssertEqual(square.envelope, Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1))
        XCTAssertEqual(try square.centroid().shape, .point(Coordinate(x: 0.5, y: 0.5)))
        XCTAssertTrue(square.isValid)
        XCTAssertEqual(square.coordinateCount, 5)
    }

    func testHoleIsSubtracted() throws {
        let withHole = try Geometry(.polygon(Polygon(exterior: box(0, 0, 4, 4), holes: [box(1, 1, 2, 2)])))
        XCTAssertEqual(withHole.area, 15)
        XCTAssertEqual(withHole.length, 20)
        let inHole = try Geometry(point: Coordinate(x: 1.5, y: 1.5))
        XCTAssertFalse(try withHole.contains(inHole))
        XCTAssertTrue(try withHole.contains(Geometry(point: Coordinate(x: 3, y: 3))))
        let holeBoundary = try withHole.boundary()
        XCTAssertEqual(holeBoundary.type, .multiLineString)
        XCTAssertEqual(holeBoundary.length, 20)
    }

    func testTouchingSquaresShareOnlyAnEdge() throws {
        let left = try unitSquare()
        let right = try rectangle(1, 0, 2, 1)
        XCTAssertTrue(try left.touches(right))
        XCTAssertTrue(try left.intersects(right))
        XCTAssertFalse(try left.overlaps(right))
        let shared = try left.intersection(right)
        XCTAssertEqual(shared.area, 0)
        XCTAssertEqual(shared.length, 1)
        XCTAssertEqual(try left.union(right).area, 2)
        XCTAssertEqual(try Geometry.coverageUnion([left, right]).area, 2)
        XCTAssertEqual(try left.distance(to: right), 0)
    }

    func testCollapsedGeometries() throws {
        let sliver = try Geometry(wkt: "POLYGON ((0 0, 1 0, 2 0, 0 0))")
        XCTAssertEqual(sliver.area, 0)
        let validity = sliver.validity()
        XCTAssertFalse(validity.isValid)
        XCTAssertNotNil(validity.reason)
        XCTAssertNotNil(validity.location)
        let repaired = try sliver.makeValid()
        XCTAssertTrue(repaired.isValid)
        XCTAssertEqual(repaired.area, 0)
        let collapsedBuffer = try unitSquare().buffer(-0.6)
        XCTAssertTrue(collapsedBuffer.isEmpty)
        let bowtie = try Geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")
        XCTAssertEqual(bowtie.validity().reason, "Self-intersection")
        XCTAssertEqual(try bowtie.makeValid().area, 2, accuracy: 1e-12)
    }

    func testEmptyGeometries() throws {
        let emptyPolygon = try Geometry(.polygon(Polygon(exterior: [])))
        XCTAssertTrue(emptyPolygon.isEmpty)
        XCTAssertEqual(emptyPolygon.type, .polygon)
        XCTAssertEqual(emptyPolygon.area, 0)
        XCTAssertTrue(emptyPolygon.envelope.isNull)
        XCTAssertEqual(emptyPolygon.wkt(), "POLYGON EMPTY")
        XCTAssertEqual(try Geometry(wkt: "POINT EMPTY").shape, .multiPoint([]))
        XCTAssertEqual(try Geometry(wkt: "GEOMETRYCOLLECTION EMPTY").parts.count, 0)
        XCTAssertFalse(try emptyPolygon.intersects(unitSquare()))
        XCTAssertThrowsError(try emptyPolygon.distance(to: unitSquare())) { error in
            guard case .invalidArgument = error as? GEOSError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try unitSquare().intersection(rectangle(5, 5, 6, 6)).isEmpty, true)
    }

    func testConstructiveOperations() throws {
        let square = try unitSquare()
        let line = try Geometry(wkt: "LINESTRING (0 0, 10 0)")
        XCTAssertEqual(try line.densify(maxSegmentLength: 1).coordinateCount, 11)
        let flat = BufferParameters(capStyle: .flat)
        XCTAssertEqual(try line.buffer(1, parameters: flat).area, 20, accuracy: 1e-9)
        let square2 = BufferParameters(capStyle: .square, joinStyle: .mitre)
        XCTAssertEqual(try line.buffer(1, parameters: square2).area, 24, accuracy: 1e-9)
        let oneSide = BufferParameters(capStyle: .flat, singleSided: true)
        XCTAssertEqual(try line.buffer(1, parameters: oneSide).area, 10, accuracy: 1e-9)
        let mitred = try square.buffer(1, parameters: BufferParameters(joinStyle: .mitre))
        XCTAssertEqual(mitred.area, 9, accuracy: 1e-9)
        XCTAssertEqual(try square.buffer(1).area, 5 + .pi, accuracy: 0.03)
        let zigzag = try Geometry(wkt: "LINESTRING (0 0, 1 0.01, 2 0, 3 0.01, 4 0)")
        XCTAssertEqual(try zigzag.simplify(tolerance: 0.1).coordinateCount, 2)
        XCTAssertEqual(try zigzag.topologyPreservingSimplify(tolerance: 0.1).coordinateCount, 2)
        XCTAssertEqual(try Geometry(wkt: "MULTIPOINT (0 0, 2 0, 1 1, 1 0.5)").convexHull().area, 1)
        XCTAssertEqual(try line.envelopeGeometry().area, 0)
        XCTAssertEqual(try square.envelopeGeometry().area, 1)
        XCTAssertEqual(try Geometry(wkt: "MULTIPOINT (2 3, 2 3)").envelopeGeometry().type, .point)
        XCTAssertTrue(try square.contains(square.pointOnSurface()))
        let shifted = try Geometry(wkt: "POLYGON ((1 1, 0 1, 0 0, 1 0, 1 1))")
        XCTAssertTrue(try shifted.normalized().equalsExact(square.normalized()))
        XCTAssertThrowsError(try line.simplify(tolerance: -1))
        XCTAssertThrowsError(try line.densify(maxSegmentLength: 0))
    }

    func testDistanceAndNearestPoints() throws {
        let square = try unitSquare()
        let point = try Geometry(point: Coordinate(x: 3, y: 0.5))
        XCTAssertEqual(try square.distance(to: point), 2)
        let (onSquare, onPoint) = try square.nearestPoints(to: point)
        XCTAssertEqual(onSquare, Coordinate(x: 1, y: 0.5))
        XCTAssertEqual(onPoint, Coordinate(x: 3, y: 0.5))
    }

    func testPartsOfCollections() throws {
        let multi = try Geometry(wkt: "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")
        let parts = multi.parts
        XCTAssertEqual(parts.map(\.type), [.polygon, .polygon])
        XCTAssertEqual(parts.map(\.area), [0.5, 0.5])
        XCTAssertEqual(try unitSquare().parts.count, 1)
        XCTAssertEqual(try Geometry.collection(parts).type, .multiPolygon)
        XCTAssertEqual(try Geometry.unaryUnion(parts).area, 1)
    }

    func testEnvelopeOfCoordinates() throws {
        let envelope = Envelope([Coordinate(x: 3, y: -1), Coordinate(x: -2, y: 4)])
        XCTAssertEqual(envelope, Envelope(minX: -2, minY: -1, maxX: 3, maxY: 4))
        XCTAssertTrue(envelope.contains(Coordinate(x: 3, y: 4)))
        XCTAssertFalse(envelope.contains(Coordinate(x: 3.1, y: 0)))
        XCTAssertTrue(Envelope([]).isNull)
        XCTAssertFalse(Envelope.null.intersects(envelope))
        XCTAssertEqual(try rectangle(-2, -1, 3, 4).envelope, envelope)
    }

    func testCoordinateLayoutAllowsBulkCopies() {
        XCTAssertEqual(MemoryLayout<Coordinate>.stride, 2 * MemoryLayout<Double>.stride)
        XCTAssertEqual(MemoryLayout<Coordinate>.offset(of: \.y), MemoryLayout<Double>.stride)
    }
}
