import Foundation

/// How a dataset directory's `overlay.bin` (its compiled overlay) relates to its unit boundaries.
public enum CompiledOverlayStatus: String, Sendable, Hashable {
    /// Made from exactly these boundaries: loading takes the overlay from it.
    case current
    /// Made from other boundaries, or unreadable: loading ignores it and computes the overlay.
    case stale
    /// There is none: loading computes the overlay.
    case absent
}

extension Dataset {
    /// The file in a dataset directory that holds its compiled overlay.
    public static let compiledOverlayFileName = OverlayCache.fileName

    /// The bytes of `overlay.bin` for this dataset: the atoms its units cut the map into, with
    /// their areas and the arcs of their borders, keyed to the unit boundaries they were computed from.
    ///
    /// Loading a directory whose `overlay.bin` matches its units skips the GEOS overlay (for the
    /// embedded dataset, 40 of 60 ms); `territory validate --write-overlay` writes it.
    ///
    /// ```swift
    /// let dataset = try Dataset(directory: url)
    /// try dataset.compiledOverlay.write(to: url.appendingPathComponent(Dataset.compiledOverlayFileName))
    /// ```
    public var compiledOverlay: Data { OverlayCache.encode(overlay, key: overlayKey) }

    /// Whether `directory`'s `overlay.bin` (by default this dataset's own directory) matches this
    /// dataset's unit boundaries.
    public func compiledOverlayStatus(in directory: URL? = nil) -> CompiledOverlayStatus {
        let directory = directory ?? self.directory
        guard FileManager.default.fileExists(atPath: OverlayCache.file(in: directory).path) else { return .absent }
        // Current means loading would take it: the whole file is read, checksum and all.
        let stored = OverlayCache.read(directory, key: overlayKey, unitCount: units.count)
        return stored != nil ? .current : .stale
    }
}
