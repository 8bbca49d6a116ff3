import SwiftGEOS
import XCTest

final class PredicateTableTests: XCTestCase {
    /// Each row: two geometries and the predicates that hold for (first, second); all others must not.
    private let table: [(String, String, String, Set<SpatialPredicate>)] = [
        (
            "identical squares", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
            [.intersects, .contains, .within, .covers, .coveredBy, .equals]
        ),
        (
            "overlapping squares", "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))", "POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))",
            [.intersects, .overlaps]
        ),
        (
            "edge-touching squares", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))",
            [.intersects, .touches]
        ),
        (
            "disjoint squares", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))",
            [.disjoint]
        ),
        (
            "square around inner square", "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))",
            [.intersects, .contains, .covers]
        ),
        (
            "square and a boundary point", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POINT (1 0.5)",
            [.intersects, .covers, .touches]
        ),
        (
            "line crossing a square", "LINESTRING (-1 0.5, 2 0.5)", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
            [.intersects, .crosses]
        ),
        (
            "crossing lines", "LINESTRING (0 0, 2 2)", "LINESTRING (0 2, 2 0)",
            [.intersects, .crosses]
        ),
        (
            "point in a hole", "POINT (1.5 1.5)", "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))",
            [.disjoint]
        ),
        (
            "same square, other start", "POLYGON ((1 1, 0 1, 0 0, 1 0, 1 1))", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
            [.intersects, .contains, .within, .covers, .coveredBy, .equals]
        ),
    ]

    func testPredicateTable() throws {
        for (name, first, second, expected) in table {
            let a = try Geometry(wkt: first)
            let b = try Geometry(wkt: second)
            let prepared = PreparedGeometry(a)
            for predicate in SpatialPredicate.allCases {
                let holds = try a.relates(b, by: predicate)
                XCTAssertEqual(holds, expected.contains(predicate), "\(predicate) for \(name)")
                XCTAssertEqual(try prepared.relates(b, by: predicate), holds, "prepared \(predicate) for \(name)")
            }
            XCTAssertEqual(try a.intersects(b), expected.contains(.intersects))
            XCTAssertEqual(try a.contains(b), expected.contains(.contains))
            XCTAssertEqual(try a.within(b), expected.contains(.within))
            XCTAssertEqual(try a.covers(b), expected.contains(.covers))
            XCTAssertEqual(try a.coveredBy(b), expected.contains(.coveredBy))
            XCTAssertEqual(try a.touches(b), expected.contains(.touches))
            XCTAssertEqual(try a.crosses(b), expected.contains(.crosses))
            XCTAssertEqual(try a.overlaps(b), expected.contains(.overlaps))
            XCTAssertEqual(try a.disjoint(b), expected.contains(.disjoint))
            XCTAssertEqual(try a.equals(b), expected.contains(.equals))
            XCTAssertEqual(try prepared.contains(b), expected.contains(.contains))
            XCTAssertEqual(try prepared.covers(b), expected.contains(.covers))
            XCTAssertEqual(try prepared.intersects(b), expected.contains(.intersects))
        }
    }

    func testEqualsExactTolerance() throws {
        let a = try Geometry(wkt: "LINESTRING (0 0, 1 1)")
        let b = try Geometry(wkt: "LINESTRING (0 0, 1 1.001)")
        XCTAssertFalse(try a.equalsExact(b, tolerance: 0))
        XCTAssertFalse(try a.equalsExact(b, tolerance: 0.0001))
        XCTAssertTrue(try a.equalsExact(b, tolerance: 0.01))
        let reversed = try Geometry(wkt: "LINESTRING (1 1, 0 0)")
        XCTAssertTrue(try a.equals(reversed))
        XCTAssertFalse(try a.equalsExact(reversed, tolerance: 0))
    }

    func testRelateMatrix() throws {
        XCTAssertEqual(try unitSquare().relate(rectangle(1, 0, 2, 1)), "FF2F11212")
    }

    func testContainsProperly() throws {
        let prepared = PreparedGeometry(try rectangle(0, 0, 4, 4))
        XCTAssertTrue(try prepared.containsProperly(rectangle(1, 1, 2, 2)))
        XCTAssertFalse(try prepared.containsProperly(rectangle(0, 1, 2, 2)))
        XCTAssertTrue(try prepared.contains(rectangle(0, 1, 2, 2)))
    }
}
