import Foundation
import FuzzDriver
import SwiftGEOS

/// libFuzzer's entry point: the input is WKB, and the same bytes as hexadecimal WKB text. Reading
/// must succeed or throw a `GEOSError`; what was read must write back to WKB that reads again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWKB(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    let bytes = Data(input)
    if let geometry = try? Geometry(wkb: bytes) {
        do {
            _ = try Geometry(wkb: geometry.wkb)
        } catch {
            fatalError("WKB written from \(bytes as NSData) does not read back: \(error)")
        }
    }
    _ = try? Geometry(hexWKB: String(decoding: bytes, as: UTF8.self))
    return 0
}

runFuzzer(fuzzWKB)
