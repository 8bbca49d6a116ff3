import Foundation
import Testing

@testable import Territory

/// `Spelling.fold`'s ASCII fast path gives exactly what Foundation's folding gives
/// (`Spelling.foldUnicode`), on every name of the embedded dataset and on random ASCII text.
@Suite struct SpellingFoldTests {
    @Test("Every name of the dataset folds as Foundation folds it")
    func datasetNames() throws {
        let dataset = try Dataset.embedded()
        var names: [String] = []
        for unit in dataset.units { names += [unit.id] + unit.names.all }
        for place in dataset.places { names += [place.id] + place.names.all }
        for entity in dataset.entities { names += [entity.id] + entity.names.all }
        for corridor in dataset.corridors { names += [corridor.id] + corridor.names.all }
        #expect(names.count > 1_000)
        let ascii = names.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        #expect(ascii.count > names.count / 2, "most names take the fast path")
        for name in names { #expect(Spelling.fold(name) == Spelling.foldUnicode(name), "\(name)") }
    }

    @Test("Random ASCII text, punctuation and control characters included, folds as Foundation folds it")
    func randomASCII() {
        var state: UInt64 = 0xF01D
        func next() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33) & 0x7F
        }
        for _ in 0..<5_000 {
            let bytes = (0..<Int(next() % 25)).map { _ in next() }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(Spelling.fold(text) == Spelling.foldUnicode(text), "\(bytes)")
        }
    }
}
