import Foundation
import SwiftGEOS

/// A dataset's overlay (its atoms and their arcs) saved next to its files as `overlay.bin`, so
/// that loading does not redo the GEOS noding and polygonizing while the unit boundaries are
/// unchanged (for the embedded dataset, about 40 ms of a 60 ms load, paid by every CLI call).
///
/// The file starts with a key hashed from everything the overlay is computed from: the format,
/// the snapping grid, the sliver threshold, the units' ids and the bits of every coordinate; it
/// ends with a checksum of its bytes. A file whose key differs, whose checksum fails or that
/// cannot be read is ignored and the overlay is computed again: a stale or damaged file costs
/// time, never correctness. The hashes (64-bit FNV-1a) catch edits and damage; they are not meant
/// to resist someone crafting a collision on purpose.
enum OverlayCache {
    static let fileName = "overlay.bin"
    private static let magic = Array("territory-overlay 2\n".utf8)

    /// What the overlay of `units` (shapes and ids, by unit index) is computed from, hashed.
    static func key(units: [Shape], names: [String]) -> UInt64 {
        var hash = StableHash()
        hash.add(magic)
        hash.add(Overlay.gridDegrees.bitPattern)
        hash.add(Overlay.sliverKm2.bitPattern)
        hash.add(UInt64(units.count))
        for (shape, name) in zip(units, names) {
            hash.add(Array(name.utf8))
            let parts = shape.polygonParts
            hash.add(UInt64(parts.count))
            for polygon in parts {
                hash.add(UInt64(polygon.holes.count))
                for ring in [polygon.exterior] + polygon.holes {
                    hash.add(UInt64(ring.count))
                    for coordinate in ring {
                        hash.add(coordinate.x.bitPattern)
                        hash.add(coordinate.y.bitPattern)
                    }
                }
            }
        }
        return hash.value
    }

    /// What an overlay file says about itself: the key of the boundaries it was made from and the
    /// GEOS version that made it.
    struct Header: Sendable, Hashable {
        var key: UInt64
        var geosVersion: String
    }

    /// The header of `directory`'s overlay file, if there is a readable one.
    static func header(in directory: URL) -> Header? {
        FileManager.default.contents(atPath: file(in: directory).path).flatMap(header(of:))
    }

    /// The header at the start of overlay-file bytes, if they have one.
    static func header(of data: Data) -> Header? {
        var reader = ByteReader(data)
        return header(&reader)
    }

    private static func header(_ reader: inout ByteReader) -> Header? {
        guard reader.bytes(magic.count) == magic, let key: UInt64 = reader.integer(), let version = reader.string()
        else { return nil }
        return Header(key: key, geosVersion: version)
    }

    /// The overlay stored in `directory` for `key`, or `nil` when there is none, it was made from
    /// other boundaries, or it cannot be read.
    static func read(_ directory: URL, key: UInt64, unitCount: Int) -> Overlay? {
        guard let data = FileManager.default.contents(atPath: file(in: directory).path) else { return nil }
        return decode(data, key: key, unitCount: unitCount)
    }

    static func file(in directory: URL) -> URL { directory.appendingPathComponent(fileName) }

    static func encode(_ overlay: Overlay, key: UInt64) -> Data {
        var writer = ByteWriter()
        writer.bytes(magic)
        writer.integer(key)
        writer.string(GEOSLibrary.version)
        writer.count(overlay.atoms.count)
        for atom in overlay.atoms {
            writer.double(atom.areaKm2)
            writer.count(atom.units.count)
            for unit in atom.units { writer.count(unit) }
            writer.count(atom.faces.count)
            for face in atom.faces {
                writer.count(face.holes.count + 1)
                for ring in [face.exterior] + face.holes {
                    writer.count(ring.count)
                    for coordinate in ring {
                        writer.double(coordinate.x)
                        writer.double(coordinate.y)
                    }
                }
            }
        }
        writer.count(overlay.notes.count)
        for note in overlay.notes { writer.string(note) }
        encode(overlay.arcs, into: &writer)
        return sealed(writer.data)
    }

    /// `payload` followed by its checksum, as a file ends. (The overlay fuzz target seals what it
    /// mutates with this, so that its inputs reach the decoder.)
    static func sealed(_ payload: Data) -> Data {
        var trailer = ByteWriter()
        trailer.integer(checksum(of: payload))
        return payload + trailer.data
    }

    /// The key only says what the file was made from; this says the bytes are still those written.
    private static func checksum(of payload: Data) -> UInt64 {
        var hash = StableHash()
        hash.add([UInt8](payload))
        return hash.value
    }

    static func decode(_ data: Data, key: UInt64, unitCount: Int) -> Overlay? {
        guard data.count >= 8 else { return nil }
        let payload = data.prefix(data.count - 8)
        var trailer = ByteReader(data.suffix(8))
        guard trailer.integer() == checksum(of: payload) else { return nil }
        var reader = ByteReader(payload)
        guard header(&reader)?.key == key, let atomCount = reader.count()
        else { return nil }
        var atoms: [Overlay.Atom] = []
        for _ in 0..<atomCount {
            guard let area = reader.double(), let unitTotal = reader.count() else { return nil }
            var units: [Int] = []
            for _ in 0..<unitTotal {
                guard let unit = reader.count(), unit < unitCount else { return nil }
                units.append(unit)
            }
            guard let faceCount = reader.count() else { return nil }
            var faces: [Polygon] = []
            for _ in 0..<faceCount {
                guard let ringCount = reader.count(), ringCount > 0 else { return nil }
                var rings: [[Coordinate]] = []
                for _ in 0..<ringCount {
                    guard let ring = reader.coordinates() else { return nil }
                    rings.append(ring)
                }
                faces.append(Polygon(exterior: rings[0], holes: Array(rings.dropFirst())))
            }
            atoms.append(Overlay.Atom(faces: faces, areaKm2: area, units: units))
        }
        guard let noteCount = reader.count() else { return nil }
        var notes: [String] = []
        for _ in 0..<noteCount {
            guard let note = reader.string() else { return nil }
            notes.append(note)
        }
        guard let arcs = decodeArcs(&reader), arcs.faceCount == atoms.reduce(0, { $0 + $1.faces.count }),
            reader.isAtEnd
        else { return nil }
        return Overlay(atoms: atoms, unitCount: unitCount, notes: notes, arcs: arcs)
    }

    /// The arcs go in the file too: building them again costs a load more than reading them.
    private static func encode(_ arcs: ArcTopology, into writer: inout ByteWriter) {
        writer.coordinates(arcs.points)
        writer.integers(arcs.offsets.map { Int32($0) })
        for side in [arcs.left, arcs.right, arcs.startNode, arcs.endNode] { writer.integers(side) }
        writer.integers(arcs.faceOffsets.map { Int32($0) })
        writer.integers(arcs.faceArcs)
        writer.count(arcs.conflicts)
    }

    private static func decodeArcs(_ reader: inout ByteReader) -> ArcTopology? {
        guard let points = reader.coordinates(), let offsets = reader.integers(), let left = reader.integers(),
            let right = reader.integers(), let startNode = reader.integers(), let endNode = reader.integers(),
            let faceOffsets = reader.integers(), let faceArcs = reader.integers(), let conflicts = reader.count()
        else { return nil }
        return ArcTopology(
            points: points, offsets: offsets.map(Int.init), left: left, right: right, startNode: startNode,
            endNode: endNode, faceOffsets: faceOffsets.map(Int.init), faceArcs: faceArcs, conflicts: conflicts)
    }
}

/// 64-bit FNV-1a over bytes and little-endian integers: the same value in every process and on
/// every machine, unlike Swift's seeded `Hasher`.
private struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes { mix(byte) }
        mix(0xff)
    }

    mutating func add(_ word: UInt64) {
        var word = word
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: word))
            word >>= 8
        }
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
