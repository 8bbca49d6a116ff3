import Foundation
import Testing

@testable import Territory

/// `overlay.bin`: loading takes the overlay from it only when it was made from the same unit
/// boundaries, and what it holds is what compiling computes.
@Suite struct CompiledOverlayTests {
    @Test func theEmbeddedDatasetShipsACurrentOverlay() throws {
        let directory = try #require(Dataset.embeddedDirectory)
        let report = Dataset.validate(directory: directory)
        #expect(
            report.compiledOverlay == .current,
            "geodata/data/overlay.bin is out of date: run `territory validate --data geodata/data --write-overlay`")
    }

    /// The embedded overlay as loaded (from overlay.bin) against a fresh compile: the same atoms,
    /// units and areas; the same faces to the bit when this process runs the GEOS that wrote it,
    /// and then the same arcs as building them again from the faces gives.
    @Test func theEmbeddedOverlayEqualsAFreshCompile() throws {
        let directory = try #require(Dataset.embeddedDirectory)
        let loaded = try Dataset(directory: directory).overlay
        let fresh = try #require(Dataset.validate(directory: directory).dataset).overlay
        #expect(loaded.atoms.count == fresh.atoms.count)
        #expect(loaded.unitAtoms == fresh.unitAtoms)
        #expect(loaded.notes == fresh.notes)
        for (stored, computed) in zip(loaded.atoms, fresh.atoms) {
            #expect(stored.units == computed.units)
            // Areas are GeographicLib sums over the same faces: equal to rounding (1e-12 relative).
            #expect(abs(stored.areaKm2 - computed.areaKm2) <= 1e-12 * computed.areaKm2)
        }
        if OverlayCache.header(in: directory)?.geosVersion == GEOSLibrary.version {
            #expect(loaded.atoms == fresh.atoms)
            #expect(loaded.arcs == fresh.arcs)
        }
        #expect(loaded.arcs == ArcTopology(faces: loaded.atoms.flatMap(\.faces)))
        #expect(loaded.arcs.conflicts == 0)
    }

    @Test func aWrittenOverlayIsUsedAndRoundTrips() throws {
        let directory = try Fixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let compiled = try Dataset(directory: directory)
        #expect(compiled.compiledOverlayStatus() == .absent)
        try compiled.compiledOverlay.write(to: OverlayCache.file(in: directory))
        #expect(compiled.compiledOverlayStatus() == .current)
        let reloaded = try Dataset(directory: directory)
        #expect(reloaded.overlay.atoms == compiled.overlay.atoms)
        #expect(reloaded.overlay.unitAtoms == compiled.overlay.unitAtoms)
        #expect(reloaded.overlay.arcs == compiled.overlay.arcs)
        #expect(reloaded.compiledOverlay == compiled.compiledOverlay)
    }

    /// An overlay.bin made before a boundary moved is ignored: the dataset loads with the overlay
    /// of the new boundary.
    @Test func aStaleOverlayIsIgnored() throws {
        let directory = try Fixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Dataset(directory: directory).compiledOverlay.write(to: OverlayCache.file(in: directory))
        let units = directory.appendingPathComponent("units.geojson")
        let text = try String(contentsOf: units, encoding: .utf8)
        let moved = text.replacingOccurrences(of: "3.4", with: "3.45")
        #expect(moved != text)
        try moved.write(to: units, atomically: true, encoding: .utf8)

        let report = Dataset.validate(directory: directory)
        #expect(report.compiledOverlay == .stale)
        let loaded = try Dataset(directory: directory)
        let fresh = try #require(report.dataset)
        #expect(loaded.overlay.atoms == fresh.overlay.atoms)
        #expect(loaded.compiledOverlayStatus() == .stale)
    }

    /// Truncated or corrupted files are read as "no overlay", whatever byte they stop at.
    @Test func aDamagedOverlayIsIgnored() throws {
        let data = Fixture.dataset.compiledOverlay
        let key = Fixture.dataset.overlayKey
        let units = Fixture.dataset.units.count
        #expect(OverlayCache.decode(data, key: key, unitCount: units) != nil)
        #expect(OverlayCache.decode(data, key: key &+ 1, unitCount: units) == nil)
        for length in stride(from: 0, to: data.count, by: max(1, data.count / 97)) {
            #expect(OverlayCache.decode(data.prefix(length), key: key, unitCount: units) == nil)
        }
        #expect(OverlayCache.decode(data + Data([0]), key: key, unitCount: units) == nil)
        for position in stride(from: 0, to: data.count, by: max(1, data.count / 97)) {
            var flipped = data
            flipped[position] ^= 0x01
            #expect(OverlayCache.decode(flipped, key: key, unitCount: units) == nil, "bit flipped at byte \(position)")
        }
    }
}
