#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A strict RFC 8259 parser over UTF-8 bytes. Numbers go through `strtod`, which rounds
/// correctly, so every double reads back exactly as written. A key repeated in one object is an
/// error (RFC 8259 leaves it to the reader): keeping either value would silently drop the other,
/// and would let a misspelt or doubled field slip past the dataset's unknown-key checks.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    private static let maximumDepth = 512

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses one JSON document held in `bytes`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, GEOSError> {
        var parser = JSONParser(bytes)
        return Result { () throws(GEOSError) in try parser.parseDocument() }
    }

    private mutating func parseDocument() throws(GEOSError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard position == bytes.count else { throw failure("unexpected text after the JSON value") }
        return value
    }

    private mutating func parseValue() throws(GEOSError) -> JSONValue {
        guard position < bytes.count else { throw failure("unexpected end of input, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw failure("unexpected character '\(Character(Unicode.Scalar(bytes[position])))', expected a value")
        }
    }

    private mutating func parseObject() throws(GEOSError) -> JSONValue {
        try enter()
        position += 1
        var object: [String: JSONValue] = [:]
        skipWhitespace()
        if consume(UInt8(ascii: "}")) {
            depth -= 1
            return .object(object)
        }
        repeat {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("expected a string key in an object")
            }
            let keyStart = position
            let key = try parseString()
            if object[key] != nil {
                throw failure("duplicate key \"\(key)\" in an object; give each key once", at: keyStart)
            }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw failure("expected ':' after the key \"\(key)\"") }
            skipWhitespace()
            object[key] = try parseValue()
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "}")) else { throw failure("expected ',' or '}' in an object") }
        depth -= 1
        return .object(object)
    }

    private mutating func parseArray() throws(GEOSError) -> JSONValue {
        try enter()
        position += 1
        var array: [JSONValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) {
            depth -= 1
            return .array(array)
        }
        repeat {
            skipWhitespace()
            array.append(try parseValue())
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "]")) else { throw failure("expected ',' or ']' in an array") }
        depth -= 1
        return .array(array)
    }

    private mutating func enter() throws(GEOSError) {
        depth += 1
        if depth > Self.maximumDepth { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue) throws(GEOSError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
            word.withUTF8Buffer({ $0.elementsEqual(bytes[position..<position + count]) })
        else { throw failure("invalid literal, expected \(word)") }
        position += count
        return value
    }

    private mutating func parseNumber() throws(GEOSError) -> Double {
        let start = position
        let negative = consume(UInt8(ascii: "-"))
        var decimal = DecimalDigits()
        if consume(UInt8(ascii: "0")) {
            if position < bytes.count, isDigit(bytes[position]) { throw failure("numbers cannot have leading zeros") }
        } else if !digits(into: &decimal, fraction: false) {
            throw failure("expected digits in a number")
        }
        if consume(UInt8(ascii: ".")), !digits(into: &decimal, fraction: true) {
            throw failure("expected digits after the decimal point")
        }
        var exponent = 0
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            let exponentNegative = !consume(UInt8(ascii: "+")) && consume(UInt8(ascii: "-"))
            let exponentStart = position
            while position < bytes.count, isDigit(bytes[position]) {
                // Capped: beyond ±10⁴ every double is 0 or infinite, and strtod decides which.
                exponent = min(exponent * 10 + Int(bytes[position] - UInt8(ascii: "0")), 10_000)
                position += 1
            }
            if position == exponentStart { throw failure("expected digits in the exponent") }
            if exponentNegative { exponent = -exponent }
        }
        if let value = decimal.exactValue(timesTenTo: exponent) { return negative ? -value : value }
        let length = position - start
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer in
            for index in 0..<length { buffer[index] = CChar(bitPattern: bytes[start + index]) }
            buffer[length] = 0
            return strtod(buffer.baseAddress!, nil)
        }
    }

    /// Reads digits into `decimal`, those after the decimal point (`fraction`) lowering its
    /// exponent; whether there was at least one.
    private mutating func digits(into decimal: inout DecimalDigits, fraction: Bool) -> Bool {
        let start = position
        while position < bytes.count, isDigit(bytes[position]) {
            decimal.append(bytes[position] - UInt8(ascii: "0"), fraction: fraction)
            position += 1
        }
        return position > start
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func parseString() throws(GEOSError) -> String {
        position += 1
        let start = position
        // Fast path: no escapes, taken whole.
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\"),
            bytes[position] >= 0x20
        {
            position += 1
        }
        guard position < bytes.count else { throw failure("unterminated string") }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return try decodeUTF8(bytes[start..<position - 1])
        }
        var scalars = Array(bytes[start..<position])
        while true {
            guard position < bytes.count else { throw failure("unterminated string") }
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try decodeUTF8(scalars[...])
            case UInt8(ascii: "\\"):
                try appendEscape(to: &scalars)
            case 0..<0x20:
                position -= 1
                throw failure("control character in a string; write it as an escape like \\n")
            default:
                scalars.append(byte)
            }
        }
    }

    private mutating func appendEscape(to output: inout [UInt8]) throws(GEOSError) {
        guard position < bytes.count else { throw failure("unterminated escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hexQuad()
            if (0xD800..<0xDC00).contains(value) {
                guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")) else {
                    throw failure("a high surrogate escape must be followed by a low one")
                }
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("invalid low surrogate escape") }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw failure("escape of a lone surrogate") }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            position -= 1
            throw failure("invalid escape character")
        }
    }

    private mutating func hexQuad() throws(GEOSError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else {
                throw failure("invalid hex digit in a \\u escape")
            }
            value = value * 16 + UInt32(digit)
            position += 1
        }
        return value
    }

    private func decodeUTF8(_ slice: some Collection<UInt8>) throws(GEOSError) -> String {
        guard let string = String(validating: slice, as: UTF8.self) else { throw failure("invalid UTF-8 in a string") }
        return string
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// A parse error naming the line and column (both from 1) of `offset`, by default the current position.
    private func failure(_ message: String, at offset: Int? = nil) -> GEOSError {
        let end = min(offset ?? position, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return .parse("JSON \(message) at line \(line), column \(end - lineStart + 1)")
    }
}

/// The digits of a JSON number as an integer and a power of ten, for the exact fast path.
///
/// When the integer has at most 53 bits and the power of ten lies within ±22, both are exact
/// doubles and one multiplication or division rounds the true value once, correctly: the same
/// double `strtod` gives (Clinger 1990, "How to read floating point numbers accurately"). Typical
/// coordinates (7 to 9 decimals) take this path; anything else goes to `strtod`.
private struct DecimalDigits {
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    ]
    private static let largestExact: UInt64 = 1 << 53

    private var significand: UInt64 = 0
    private var exponent = 0
    /// Set once the significand no longer fits in 53 bits.
    private var inexact = false

    mutating func append(_ digit: UInt8, fraction: Bool) {
        guard !inexact else { return }
        let (times10, overflow) = significand.multipliedReportingOverflow(by: 10)
        let next = times10 &+ UInt64(digit)
        if overflow || next > Self.largestExact {
            inexact = true
            return
        }
        significand = next
        if fraction { exponent -= 1 }
    }

    /// The value times 10^`power`, when it can be computed with a single rounding.
    func exactValue(timesTenTo power: Int) -> Double? {
        guard !inexact else { return nil }
        let total = exponent + power
        guard total >= -22, total <= 22 else { return significand == 0 ? 0 : nil }
        let value = Double(significand)
        return total < 0 ? value / Self.powersOfTen[-total] : value * Self.powersOfTen[total]
    }
}
