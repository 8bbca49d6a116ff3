import FuzzDriver

@testable import Territory

/// libFuzzer's entry point: the input is a CSV file. The reader must read it or refuse it with an
/// `EventFileError`, never crash, and keep the properties of `CSVSelfCheck` (the same records in
/// any chunking, and fully quoted fields reading back unchanged).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(fuzzInput(data, size))
    if let problem = CSVSelfCheck.problem(in: bytes) {
        fatalError("CSV \(bytes): \(problem)")
    }
    return 0
}

runFuzzer(fuzzCSV)
