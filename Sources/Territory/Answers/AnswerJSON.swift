import Foundation

/// The JSON of answers, as `territory … --format json` prints it and as the HTTP service serves it:
/// pretty-printed, keys sorted, slashes unescaped, every documented key present (`null` when
/// absent), doubles in full precision (the shortest text that reads back as the same double), and a
/// final newline.
///
/// One encoder for every client, so that the command line and the service print the same bytes for
/// the same answer:
///
/// ```swift
/// let answer = try atlas.control(atPlace: "Shusha", on: try Day(iso: "2021-06-01"))
/// let data = try AnswerJSON.encode(answer)   // the bytes `territory control … --format json` prints
/// let again = try AnswerJSON.decode(ControlAnswer.self, from: data)   // again == answer
/// ```
public enum AnswerJSON {
    /// `value` as answer JSON, ending with a newline.
    ///
    /// - Throws: `EncodingError` for a value JSON cannot hold (a non-finite number).
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// `value` as answer JSON text, ending with a newline.
    ///
    /// - Throws: `EncodingError` for a value JSON cannot hold (a non-finite number).
    public static func text(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }

    /// The answer of type `type` that `data` (answer JSON) holds.
    ///
    /// - Throws: `DecodingError` when `data` is not the JSON of such an answer.
    public static func decode<Answer: Decodable>(_ type: Answer.Type, from data: Data) throws -> Answer {
        try JSONDecoder().decode(type, from: data)
    }

    /// A length in metres whose kilometres (`meters / 1000`) are exactly `kilometers`, for answers
    /// whose JSON gives kilometres: the product `kilometers * 1000` can be a rounding step off, so
    /// its neighbours are tried too.
    static func meters(kilometers: Double) -> Double {
        let product = kilometers * 1000
        var below = product
        var above = product
        for _ in 0..<4 {
            if below / 1000 == kilometers { return below }
            if above / 1000 == kilometers { return above }
            below = below.nextDown
            above = above.nextUp
        }
        return product
    }
}
