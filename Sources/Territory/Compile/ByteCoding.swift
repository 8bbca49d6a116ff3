import Foundation
import SwiftGEOS

/// Appends little-endian numbers, counts and strings to a byte buffer.
struct ByteWriter {
    private(set) var data = Data()

    mutating func bytes(_ bytes: [UInt8]) { data.append(contentsOf: bytes) }

    mutating func integer<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func double(_ value: Double) { integer(value.bitPattern) }

    mutating func count(_ value: Int) { integer(UInt32(value)) }

    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        count(utf8.count)
        bytes(utf8)
    }

    /// A counted run of (x, y) doubles, as `ByteReader.coordinates()` reads it.
    mutating func coordinates(_ values: [Coordinate]) {
        count(values.count)
        for value in values {
            double(value.x)
            double(value.y)
        }
    }

    /// A counted run of 32-bit integers, as `ByteReader.integers()` reads it.
    mutating func integers(_ values: [Int32]) {
        count(values.count)
        for value in values { integer(value) }
    }
}

/// Reads what `ByteWriter` wrote; every read returns `nil` instead of running past the end, so a
/// truncated or damaged buffer is noticed rather than trusted.
struct ByteReader {
    private let data: [UInt8]
    private var offset = 0

    init(_ data: Data) { self.data = [UInt8](data) }

    var isAtEnd: Bool { offset == data.count }

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, count <= data.count - offset else { return nil }
        defer { offset += count }
        return Array(data[offset..<offset + count])
    }

    mutating func integer<Integer: FixedWidthInteger>() -> Integer? {
        let size = MemoryLayout<Integer>.size
        guard size <= data.count - offset else { return nil }
        defer { offset += size }
        return data.withUnsafeBytes {
            Integer(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Integer.self))
        }
    }

    mutating func double() -> Double? { (integer() as UInt64?).map(Double.init(bitPattern:)) }

    mutating func count() -> Int? { (integer() as UInt32?).map(Int.init) }

    mutating func string() -> String? {
        guard let length = count(), let utf8 = bytes(length) else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    /// A counted run of 32-bit integers, read in one copy.
    mutating func integers() -> [Int32]? {
        guard let count = count(), count <= (data.count - offset) / 4 else { return nil }
        let start = offset
        offset += count * 4
        return data.withUnsafeBytes { raw in
            (0..<count).map { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: start + $0 * 4, as: Int32.self)) }
        }
    }

    /// A counted run of (x, y) doubles, read in one copy.
    mutating func coordinates() -> [Coordinate]? {
        guard let count = count(), count <= (data.count - offset) / 16 else { return nil }
        let start = offset
        offset += count * 16
        return data.withUnsafeBytes { raw in
            (0..<count).map { index in
                let base = start + index * 16
                return Coordinate(
                    x: Double(
                        bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base, as: UInt64.self))),
                    y: Double(
                        bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self))))
            }
        }
    }
}
