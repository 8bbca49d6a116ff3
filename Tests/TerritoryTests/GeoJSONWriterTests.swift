import Territory
import Testing

@testable import TerritoryRender

/// The GeoJSON writer's coordinate digits are `Double.shortestText` of the rounded coordinate
/// (what `JSONValue` writes), byte for byte, without making a String per number.
@Suite struct GeoJSONWriterTests {
    private func written(_ value: Double) -> String {
        var writer = GeoJSONWriter()
        writer.coordinateNumber(value)
        return writer.text
    }

    @Test func coordinatesAreTheShortestRoundTripText() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [
            0, -0.0, 1, -1, 46, -46.5, 0.001, 0.000_95, 0.0001, 1e-7, 4e-8, 179.999_999_95, -180, 90,
            45.123_456_75, 39.1, 1e6, 2.5e6, .infinity, .nan,
        ]
        for _ in 0..<200_000 { values.append(Double.random(in: -180...180, using: &generator)) }
        for _ in 0..<20_000 { values.append(Double.random(in: -0.01...0.01, using: &generator)) }
        for value in values {
            let rounded = GeoJSONWriting.rounded(value)
            let expected = rounded.isFinite ? rounded.shortestText : "null"
            #expect(written(value) == expected, "\(value)")
            if written(value) != expected { return }
        }
    }
}
