import FuzzDriver
import SwiftGEOS

/// libFuzzer's entry point: the input is WKT text. Reading must succeed or throw a `GEOSError`;
/// what was read must write back to WKT that reads again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWKT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    let text = String(decoding: input, as: UTF8.self)
    guard let geometry = try? Geometry(wkt: text) else { return 0 }
    let written = geometry.wkt()
    do {
        _ = try Geometry(wkt: written)
    } catch {
        fatalError("WKT written from \(text.debugDescription) does not read back: \(written): \(error)")
    }
    return 0
}

runFuzzer(fuzzWKT)
