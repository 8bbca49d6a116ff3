import Foundation
import SwiftPROJ
import Territory

/// The repository and the third-party boundaries kept beside it, found from this file's path.
enum Repository {
    /// The folder holding Package.swift.
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            let parent = folder.deletingLastPathComponent()
            precondition(parent.path != folder.path, "no Package.swift in any folder above \(#filePath)")
            folder = parent
        }
        return folder
    }()

    /// `../shared/reference-geodata`: other projects' boundaries, for measuring the drawn dataset
    /// only (never copied into geodata/). Most machines do not have it.
    static let referenceGeodata = root.appendingPathComponent("../shared/reference-geodata").standardizedFileURL

    /// Whether the reference folder is there.
    static var hasReferenceGeodata: Bool { FileManager.default.fileExists(atPath: referenceGeodata.path) }

    /// The features of a GeoJSON file under the reference folder (`path` relative to it).
    static func referenceFeatures(_ path: String) throws -> [Feature] {
        try FeatureCollection(geoJSON: Data(contentsOf: referenceGeodata.appendingPathComponent(path))).features
    }
}

/// Geodesic area on the WGS 84 ellipsoid, km².
func geodesicKm2(_ geometry: Geometry) throws -> Double {
    try Geodesic.wgs84.area(of: geometry) / 1e6
}

/// Intersection over union of two outlines, by geodesic area: 1 when they coincide, 0 when apart.
/// Either may be invalid as published (self-touching rings); both are repaired first.
func intersectionOverUnion(_ first: Geometry, _ second: Geometry) throws -> Double {
    let first = first.isValid ? first : try first.makeValid()
    let second = second.isValid ? second : try second.makeValid()
    return try geodesicKm2(first.intersection(second)) / geodesicKm2(first.union(second))
}

/// Rows of text under a header, the first column left-aligned and the others right-aligned, for
/// tables a test prints.
func table(_ header: [String], _ rows: [[String]]) -> String {
    let lines = [header] + rows
    let widths = header.indices.map { column in lines.map { $0[column].count }.max()! }
    return lines.map { cells in
        cells.indices.map { column in
            let padding = String(repeating: " ", count: widths[column] - cells[column].count)
            return column == 0 ? cells[column] + padding : padding + cells[column]
        }.joined(separator: "  ")
    }.joined(separator: "\n")
}

/// `value` with `decimals` digits after the point.
func fixed(_ value: Double, _ decimals: Int = 1) -> String {
    String(format: "%.\(decimals)f", value)
}
