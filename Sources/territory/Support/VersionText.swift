import Territory

/// What `territory --version` prints: the tool's version, the embedded dataset's version and last
/// review, the GEOS and PROJ it runs with, and the licences of the code and the data.
enum VersionText {
    /// The tool's version (the library's: one version for both); CHANGELOG.md's latest entry names the same.
    static let tool = TerritoryVersion.current

    /// The lines, ending with a newline. A dataset that does not load is reported, not fatal:
    /// the versions of the tool and libraries are still worth knowing then.
    static func full() -> String {
        var lines = ["territory \(tool)"]
        do {
            let info = try Dataset.embedded().info
            lines.append("dataset: \(info.name) \(info.version)" + (info.reviewed.map { ", reviewed \($0)" } ?? ""))
            lines.append("data licence: " + (info.license ?? "not stated"))
        } catch {
            lines.append("dataset: the embedded dataset does not load: \(error)")
        }
        lines.append("code licence: Apache-2.0 (LICENSE)")
        lines.append("GEOS \(ComputingLibraries.geos), PROJ \(ComputingLibraries.proj)")
        return lines.map { $0 + "\n" }.joined()
    }
}
