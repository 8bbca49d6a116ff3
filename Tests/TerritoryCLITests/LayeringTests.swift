import Foundation
import Testing

/// The command line stands on the Territory library and its renderers alone (docs/DESIGN.md,
/// "Layers"): SwiftPM would let it import any module they depend on, so the rule is checked on its
/// sources.
@Suite struct LayeringTests {
    @Test func theCommandLineImportsOnlyTerritoryItsRenderersArgumentParserAndFoundation() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/territory")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 10, "no sources found under \(sources.path)")
        let allowed: Set<String> = ["ArgumentParser", "Foundation", "Territory", "TerritoryRender"]
        for file in files {
            let imports = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .filter { $0.hasPrefix("import ") }.map { String($0.dropFirst("import ".count)) }
            #expect(Set(imports).isSubset(of: allowed), "\(file.lastPathComponent) imports \(imports)")
        }
    }

    /// HTTP (Hummingbird, SwiftNIO) lives only in the `territory-serve` executable, not in the
    /// library nor its renderers.
    @Test(arguments: ["Sources/Territory", "Sources/TerritoryRender"])
    func theLibraryImportsNoHTTP(folder: String) throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(folder)
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 5, "no sources found under \(sources.path)")
        for file in files {
            let imports = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .filter { $0.contains("import ") }
            let http = imports.filter { line in ["NIO", "Hummingbird", "HTTPTypes"].contains { line.contains($0) } }
            #expect(http.isEmpty, "\(file.lastPathComponent): \(http)")
        }
    }
}
