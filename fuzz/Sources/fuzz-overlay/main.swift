import Foundation
import FuzzDriver
import SwiftGEOS

@testable import Territory

/// libFuzzer's entry point: the input is an `overlay.bin` without its trailing checksum. The target
/// appends the checksum and checks the input against the key it carries, so that mutations get
/// past both guards (which a damaged file rarely would) to the decoder itself. Decoding must give
/// an overlay or nil, never crash; an overlay it gives must encode to bytes that decode again, and
/// to the very same bytes when the input names this GEOS version (the decoder takes an overlay
/// made by any version, the encoder writes its own).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOverlay(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let file = OverlayCache.sealed(Data(fuzzInput(data, size)))
    let key = OverlayCache.header(of: file)?.key ?? 0
    guard let overlay = OverlayCache.decode(file, key: key, unitCount: unitCount) else { return 0 }
    let encoded = OverlayCache.encode(overlay, key: key)
    let sameVersion = OverlayCache.header(of: file)?.geosVersion == GEOSLibrary.version
    guard encoded == file || !sameVersion, OverlayCache.decode(encoded, key: key, unitCount: unitCount) != nil else {
        fatalError("an overlay decoded from \(file as NSData) does not encode back")
    }
    return 0
}

/// Unit indexes at or above this are out of range, as for a dataset of this many units (the
/// embedded one has fewer, so its overlay is a seed that decodes).
let unitCount = 256

runFuzzer(fuzzOverlay)
