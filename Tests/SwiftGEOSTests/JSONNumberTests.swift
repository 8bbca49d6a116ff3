import Foundation
import SwiftGEOS
import TestSupport
import Testing

/// The parser's numbers against glibc's `strtod`, which rounds correctly: every number text must
/// give the same double to the bit, whether it takes the parser's exact fast path (at most 53 bits
/// of digits, power of ten within ±22) or falls back to `strtod`.
@Suite struct JSONNumberTests {
    private func parsed(_ text: String) throws -> Double? {
        guard case .array(let values) = try JSONValue(json: "[\(text)]"), case .number(let number) = values.first
        else { return nil }
        return number
    }

    private func expectSameAsStrtod(_ text: String) throws {
        let expected = strtod(text, nil)
        let number = try parsed(text)
        #expect(number?.bitPattern == expected.bitPattern, "\(text): \(String(describing: number)) vs \(expected)")
    }

    @Test("Edges of the fast path read as strtod reads them")
    func edges() throws {
        let texts = [
            "0", "-0", "-0.0", "0e400", "-0e-400", "1", "-1", "0.1", "0.3", "1e22", "1e23", "1e-22", "1e-23",
            "9007199254740992", "9007199254740993", "9007199254740995", "18014398509481985",
            "123456789012345678901234567890", "0.000000000000000000000000000001", "4.9e-324", "2.4e-324",
            "1.7976931348623157e308", "1e400", "-1e400", "45.1234567", "39.8177126", "-179.9999999", "1E5",
            "1e+5", "12.5e-3", "1.00000000000000000000000001", "100000000000000000000000e-23",
        ]
        for text in texts { try expectSameAsStrtod(text) }
    }

    @Test("Random coordinates and measures read exactly, at every precision")
    func randomNumbers() throws {
        var random = SplitMix64(seed: 0x0DEC_1A1)
        for index in 0..<20_000 {
            let magnitude = Double.random(in: -6...8, using: &random)
            let value = Double.random(in: -1...1, using: &random) * pow(10, magnitude)
            let decimals = index % 18
            let text: String
            switch index % 3 {
            case 0: text = String(format: "%.\(decimals)f", value)
            case 1: text = String(format: "%.\(decimals)e", value)
            default: text = "\(value)"  // the shortest text that reads back, as Swift prints it
            }
            try expectSameAsStrtod(text)
        }
    }
}
