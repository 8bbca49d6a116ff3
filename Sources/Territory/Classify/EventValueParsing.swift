import Foundation

/// Reads the position and date fields of event rows from their bytes, fast for the common forms
/// and exact: a decimal with at most 15 significant digits becomes the nearest double by one
/// correctly rounded division (both operands exact), and anything else goes to `strtod`.
enum EventValueParsing {
    /// The number in `bytes` (ASCII spaces around it allowed), or nil.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0
        var end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return nil }
        var index = start
        var negative = false
        if bytes[index] == 0x2D || bytes[index] == 0x2B {
            negative = bytes[index] == 0x2D
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var seenPoint = false
        var simple = index < end
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(byte - 0x30)
                digits += 1
                if seenPoint { fraction += 1 }
            } else if byte == 0x2E && !seenPoint {
                seenPoint = true
            } else {
                simple = false
                break
            }
            index += 1
        }
        if simple && digits > 0 && digits <= 15 && fraction <= 22 {
            let value = Double(mantissa) / powersOfTen[fraction]
            return negative ? -value : value
        }
        // Exponents, long mantissas, inf/nan words: the C library's reading, refusing leftovers.
        var text = Array(bytes[start..<end])
        guard !text.contains(0) else { return nil }
        text.append(0)
        return text.withUnsafeBufferPointer { buffer -> Double? in
            let pointer = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var stop: UnsafeMutablePointer<CChar>?
            let value = strtod(pointer, &stop)
            guard let stop, stop == UnsafeMutablePointer(mutating: pointer) + (buffer.count - 1) else { return nil }
            return value
        }
    }

    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// The day of `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an ISO date-time (`YYYY-MM-DDThh:mm...`,
    /// also with a space before the time: the date part counts); nil for other forms.
    static func day(_ bytes: UnsafeBufferPointer<UInt8>) throws(DayError) -> Day? {
        var start = 0
        var end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        let length = end - start
        func digits(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                let byte = bytes[start + index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        let dateLength: Int
        if length > 10 && (bytes[start + 10] == 0x54 || bytes[start + 10] == 0x20)
            && digits(11, min(2, length - 11)) != nil
        {
            dateLength = 10
        } else {
            dateLength = length
        }
        guard dateLength == 4 || dateLength == 7 || dateLength == 10, let year = digits(0, 4) else { return nil }
        var month = 1
        var day = 1
        if dateLength >= 7 {
            guard bytes[start + 4] == 0x2D, let value = digits(5, 2) else { return nil }
            month = value
        }
        if dateLength == 10 {
            guard bytes[start + 7] == 0x2D, let value = digits(8, 2) else { return nil }
            day = value
        }
        if (1...9999).contains(year), (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day)
        {
            return Day(daysSince1970: Day.daysFromCivil(year: year, month: month, day: day))
        }
        // Out of range: the checking initialiser names the problem.
        let text = String(decoding: bytes[start..<(start + dateLength)], as: UTF8.self)
        return try Day(year: year, month: month, day: day, text: text)
    }
}
