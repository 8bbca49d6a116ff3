import SwiftGEOS
import Testing

@Suite("Shape envelopes")
struct ShapeEnvelopeTests {
    @Test("A shape's envelope is the box of its vertices, by hand; empty shapes give the null envelope")
    func envelopes() {
        let square = Polygon(exterior: [
            Coordinate(x: 0, y: 0), Coordinate(x: 4, y: 0), Coordinate(x: 4, y: 3), Coordinate(x: 0, y: 3),
            Coordinate(x: 0, y: 0),
        ])
        let road = [Coordinate(x: -2, y: 1), Coordinate(x: 1, y: 7)]
        #expect(Shape.polygon(square).envelope == Envelope(minX: 0, minY: 0, maxX: 4, maxY: 3))
        #expect(
            Shape.geometryCollection([.polygon(square), .lineString(road), .point(Coordinate(x: 9, y: -1))]).envelope
                == Envelope(minX: -2, minY: -1, maxX: 9, maxY: 7))
        #expect(Shape.multiPolygon([]).envelope.isNull)
        #expect(Shape.geometryCollection([]).envelope.isNull)
        #expect(
            Envelope.null.union(Envelope(minX: 1, minY: 2, maxX: 3, maxY: 4))
                == Envelope(minX: 1, minY: 2, maxX: 3, maxY: 4))
    }

    @Test("It equals GEOS's envelope of the same geometry")
    func matchesGEOS() throws {
        let shape = Shape.multiLineString([
            [Coordinate(x: 44.5, y: 39.25), Coordinate(x: 46.75, y: 40.5)],
            [Coordinate(x: 45, y: 38.875), Coordinate(x: 45.5, y: 41)],
        ])
        #expect(shape.envelope == (try Geometry(shape)).envelope)
    }
}
