import SwiftGEOS
import Testing

@Suite("Overlay, polygonize and split")
struct OverlayTests {
    @Test("Overlay areas of two overlapping squares")
    func overlayAreas() throws {
        let a = try rectangle(0, 0, 2, 2)
        let b = try rectangle(1, 1, 3, 3)
        #expect(try a.intersection(b).area == 1)
        #expect(try a.union(b).area == 7)
        #expect(try a.difference(b).area == 3)
        #expect(try a.symmetricDifference(b).area == 6)
        #expect(try a.intersection(b, gridSize: 0.5).area == 1)
        #expect(try a.union(b, gridSize: 1).area == 7)
        #expect(try Geometry.collection([a, b]).unaryUnion().area == 7)
        #expect(try Geometry.collection([a, b]).unaryUnion(gridSize: 0.25).area == 7)
    }

    @Test("A precision grid snaps coordinates")
    func gridSnapping() throws {
        let a = try rectangle(0, 0, 1.04, 1.04)
        let b = try rectangle(0.5, 0.5, 2, 2)
        let snapped = try a.intersection(b, gridSize: 0.1)
        #expect(abs(snapped.area - 0.25) < 1e-12)
    }

    @Test("Coverage union dissolves a grid of tiles")
    func coverageUnion() throws {
        var tiles: [Geometry] = []
        for x in 0..<4 {
            for y in 0..<4 {
                tiles.append(try rectangle(Double(x), Double(y), Double(x + 1), Double(y + 1)))
            }
        }
        let union = try Geometry.coverageUnion(tiles)
        #expect(union.area == 16)
        #expect(try union.equals(rectangle(0, 0, 4, 4)))
        #expect(try union.normalized().coordinateCount < 20)
    }

    @Test("Splitting the unit square by a line gives two halves of area 0.5")
    func splitSquare() throws {
        let square = try unitSquare()
        let line = try Geometry(wkt: "LINESTRING (0.5 -1, 0.5 2)")
        let pieces = try square.split(by: line)
        #expect(pieces.type == .multiPolygon)
        #expect(pieces.parts.map(\.area) == [0.5, 0.5])
        #expect(try pieces.unaryUnion().equals(square))
        let diagonal = try square.split(by: Geometry(wkt: "LINESTRING (-1 -1, 2 2)"))
        #expect(diagonal.parts.map(\.area) == [0.5, 0.5])
    }

    @Test("Splitting keeps holes and ignores lines that do not cut")
    func splitWithHole() throws {
        let withHole = try Geometry(.polygon(Polygon(exterior: box(0, 0, 4, 4), holes: [box(1, 1, 3, 3)])))
        let pieces = try withHole.split(by: Geometry(wkt: "LINESTRING (2 -1, 2 5)"))
        #expect(pieces.parts.count == 2)
        #expect(pieces.parts.allSatisfy { $0.area == 6 })
        let outside = try withHole.split(by: Geometry(wkt: "LINESTRING (10 0, 10 5)"))
        #expect(outside.parts.count == 1)
        #expect(outside.area == 12)
        let dangling = try unitSquare().split(by: Geometry(wkt: "LINESTRING (0.5 -1, 0.5 0.5)"))
        #expect(dangling.parts.count == 1)
    }

    @Test("Polygonize builds faces from noded lines")
    func polygonize() throws {
        let lines = try [
            "LINESTRING (0 0, 1 0)", "LINESTRING (1 0, 1 1)", "LINESTRING (1 1, 0 1)", "LINESTRING (0 1, 0 0)",
            "LINESTRING (0.5 0, 0.5 1)",
        ].map { try Geometry(wkt: $0) }
        let noded = try Geometry.unaryUnion(lines)
        let faces = try Geometry.polygonize([noded])
        #expect(faces.type == .geometryCollection)
        #expect(faces.parts.map(\.area).sorted() == [0.5, 0.5])
    }
}
