import Foundation

/// GeoPackage binary geometries (GeoPackage 1.3, clause 2.1.3): a header, then standard WKB.
///
/// The header is the magic `GP`, version 0, a flags byte (little-endian, envelope
/// `[minx, maxx, miny, maxy]`), the SRS id, and the envelope; readers use the envelope to skip
/// parsing the WKB.
package enum GeoPackageGeometry {
    /// The SRS id of every geometry written: EPSG 4326, WGS 84 longitude/latitude.
    package static let srsID: Int32 = 4326

    /// Flags: bit 0 set = little-endian header numbers, bits 1-3 = 1 = envelope of 4 doubles.
    private static let flags: UInt8 = 0b0000_0011

    /// The blob of `geometry`, with its envelope.
    package static func blob(_ geometry: Geometry) -> (blob: Data, envelope: Envelope) {
        let envelope = geometry.envelope
        var blob = Data([0x47, 0x50, 0, flags])
        append(UInt32(bitPattern: srsID), to: &blob)
        for value in [envelope.minX, envelope.maxX, envelope.minY, envelope.maxY] {
            append(value.bitPattern, to: &blob)
        }
        // SwiftGEOS writes little-endian 2D WKB.
        blob.append(geometry.wkb)
        return (blob, envelope)
    }

    private static func append<Integer: FixedWidthInteger>(_ value: Integer, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}
