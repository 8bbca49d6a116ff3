import SwiftGEOS
import XCTest

/// `polygonParts`, `lineParts` and `pointParts` on every kind of shape, nested collections and
/// empty members included.
final class ShapePartsTests: XCTestCase {
    private let square = Polygon(exterior: box(0, 0, 1, 1))
    private let frame = Polygon(exterior: box(0, 0, 4, 4), holes: [box(1, 1, 2, 2)])
    private let road = [Coordinate(x: 0, y: 0), Coordinate(x: 3, y: 1)]
    private let spot = Coordinate(x: 5, y: 5)

    func testSimpleShapesAreTheirOwnPartOfTheirKind() {
        XCTAssertEqual(Shape.polygon(frame).polygonParts, [frame])
        XCTAssertEqual(Shape.polygon(frame).lineParts, [], "a polygon's boundary is not a line part")
        XCTAssertEqual(Shape.lineString(road).lineParts, [road])
        XCTAssertEqual(Shape.linearRing(box(0, 0, 1, 1)).lineParts, [box(0, 0, 1, 1)])
        XCTAssertEqual(Shape.lineString(road).pointParts, [], "a line's vertices are not point parts")
        XCTAssertEqual(Shape.point(spot).pointParts, [spot])
        XCTAssertEqual(Shape.multiPoint([spot, spot]).pointParts, [spot, spot])
        XCTAssertEqual(Shape.point(spot).polygonParts, [])
    }

    func testCollectionsAreFlattenedInOrderAndEmptyMembersLeftOut() {
        let empty = Polygon(exterior: [])
        let shape = Shape.geometryCollection([
            .multiPolygon([square, empty, frame]),
            .geometryCollection([.polygon(empty), .lineString([]), .point(spot), .polygon(square)]),
            .multiLineString([road, []]),
            .lineString(road),
        ])
        XCTAssertEqual(shape.polygonParts, [square, frame, square])
        XCTAssertEqual(shape.lineParts, [road, road])
        XCTAssertEqual(shape.pointParts, [spot])
    }

    /// The parts of a GEOS geometry's shape are what GEOS counts as its members.
    func testPartCountsMatchGEOSForAMultiPolygon() throws {
        let geometry = try Geometry(.multiPolygon([square, Polygon(exterior: box(2, 2, 3, 3))]))
        XCTAssertEqual(geometry.shape.polygonParts.count, 2)
        XCTAssertEqual(
            geometry.shape.polygonParts.map { abs($0.exterior.signedPlanarArea) }.reduce(0, +), geometry.area)
    }
}
