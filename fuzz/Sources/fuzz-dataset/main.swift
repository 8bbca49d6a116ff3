import Foundation
import FuzzDriver
import Territory

/// libFuzzer's entry point: one file of the fixture dataset replaced by the input (after its first
/// byte). Loading must succeed or throw a `DatasetError`; a dataset that loads must answer
/// snapshots, point queries and exports with results or `QueryError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    guard let selector = input.first else { return 0 }
    let name = files[Int(selector) % files.count]
    let file = workspace.appendingPathComponent(name)
    do {
        try Data(input.dropFirst()).write(to: file)
        if let dataset = try? Dataset(directory: workspace) { query(dataset) }
        try Data(contentsOf: fixture.appendingPathComponent(name)).write(to: file)
    } catch {
        fatalError("cannot edit the fuzz copy of the dataset at \(workspace.path): \(error)")
    }
    return 0
}

runFuzzer(fuzzDataset)
