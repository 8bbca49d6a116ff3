import Foundation
import FuzzDriver
import SwiftGEOS

/// libFuzzer's entry point: the input is read as a GeoJSON geometry, a Feature and a
/// FeatureCollection. Each read must succeed or throw a `GEOSError`; what was read must write back
/// to GeoJSON that reads again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    let bytes = Data(input)
    let text = String(decoding: bytes, as: UTF8.self)
    if let geometry = try? Geometry(geoJSON: text) {
        readsBack(geometry.geoJSON(), from: text) { text throws(GEOSError) in _ = try Geometry(geoJSON: text) }
    }
    if let feature = try? Feature(geoJSON: text) {
        readsBack(feature.geoJSON(), from: text) { text throws(GEOSError) in _ = try Feature(geoJSON: text) }
    }
    if let collection = try? FeatureCollection(geoJSON: bytes) {
        readsBack(collection.geoJSON(), from: text) { text throws(GEOSError) in
            _ = try FeatureCollection(geoJSON: text)
        }
    }
    return 0
}

/// Stops the run if `written`, the GeoJSON written from what `input` read as, does not read again.
private func readsBack(_ written: String, from input: String, _ read: (String) throws(GEOSError) -> Void) {
    do {
        try read(written)
    } catch {
        fatalError("GeoJSON written from \(input.debugDescription) does not read back: \(written): \(error)")
    }
}

runFuzzer(fuzzGeoJSON)
