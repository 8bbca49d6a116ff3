import Foundation

/// Little-endian records for the C floor and the Python peers (read there with fread / numpy).
struct BinaryWriter {
    private(set) var data = Data()

    mutating func int32(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    mutating func int32(_ value: Int) { int32(Int32(value)) }
    mutating func int64(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
    }
    mutating func bytes(_ value: Data) {
        int32(value.count)
        data.append(value)
    }

    func write(to url: URL) throws { try data.write(to: url) }
}
