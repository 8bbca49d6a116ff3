import Foundation
import Territory

/// The small "squares" dataset under Fixtures/ and copies of it with one thing broken.
///
/// Ground (lon/lat degrees): alpha [0,2]×[0,2] tiled by south (y<1) and north (y>1); beta
/// [2,4]×[0,2]; a zone [1,3]×[0.5,1.5] across their border; a hamlet [3.2,3.4]×[0.2,0.4] in beta.
enum Fixture {
    static let directory = Bundle.module.url(forResource: "squares", withExtension: nil, subdirectory: "Fixtures")!

    /// Loaded once per test process; `Dataset` is Sendable, so parallel tests share it.
    static let dataset = try! Dataset(directory: directory)

    static func day(_ text: String) -> Day { try! Day(iso: text) }

    /// A fresh copy of the fixture in a temporary directory, with `edit` applied to the text of
    /// `file`. The caller removes the directory.
    static func copy(editing file: String? = nil, _ edit: (String) -> String = { $0 }) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("squares-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: directory, to: target)
        if let file {
            let url = target.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let edited = edit(text)
            precondition(edited != text, "the edit of \(file) changed nothing")
            try edited.write(to: url, atomically: true, encoding: .utf8)
        }
        return target
    }

    /// The first problem of the fixture with `file` edited.
    static func firstProblem(editing file: String, _ edit: (String) -> String) throws -> DatasetError? {
        let url = try copy(editing: file, edit)
        defer { try? FileManager.default.removeItem(at: url) }
        return Dataset.validate(directory: url).problems.first
    }
}
