import ArgumentParser
import Foundation
import Territory

/// `territory validate`: checks a dataset directory and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset: every file, reference, date, geometry, tiling and transfer.",
        discussion: "Exits 0 when the dataset loads, 65 when it has problems (each printed on its own line). "
            + "With --strict it must also pass the quality gates: every place inside the unit it names and that "
            + "unit's parents, every rayon, marz, capital, autonomous republic and country within its area tolerance (or "
            + "exempted with a reason).")

    @OptionGroup var options: DataOptions
    @Option(help: "Output format.") var format: TableFormat = .table
    @Flag(
        help: ArgumentHelp(
            "When the dataset is valid, write its compiled overlay to DIR/overlay.bin.",
            discussion: "Loading then skips the GEOS overlay while the unit boundaries stay as they are; "
                + "an overlay.bin made from other boundaries is ignored, never trusted."))
    var writeOverlay = false
    @Flag(
        help: ArgumentHelp(
            "Also run the quality gates: places inside their units, unit areas within tolerance.",
            discussion: "A place outside its unit or a unit whose area breaks its tolerance (2 % for countries, "
                + "10 % for rayons, marzer, capitals and Nakhchivan) is a problem naming the file and the id."))
    var strict = false
    @OptionGroup var writing: WriteReport

    /// The report as JSON. Not a Codable `ValidationReport`: its problems are typed errors and it
    /// holds the loaded dataset, neither of which JSON gives back.
    private struct ReportJSON: Encodable {
        var directory: String
        var valid: Bool
        var problems: [ProblemJSON]
        var notes: [String]
        var counts: [String: Int]
        @NullWhenAbsent var compiled_overlay: String?
        @NullWhenAbsent var license: String?
    }

    private struct ProblemJSON: Encodable {
        var file: String
        @NullWhenAbsent var id: String?
        var problem: String
        var message: String
    }

    func run() throws {
        guard let directory = try options.directory() ?? Dataset.embeddedDirectory else {
            throw CommandFailure(
                status: .noInput, message: "the embedded dataset is missing from this build (pass --data DIR)")
        }
        var report = Dataset.validate(directory: directory, strict: strict)
        if writeOverlay, report.isValid, let dataset = report.dataset, report.compiledOverlay != .current {
            let path = directory.appendingPathComponent(Dataset.compiledOverlayFileName).path
            let bytes = Array(dataset.compiledOverlay)
            try OutputFile(path: path, replacesExisting: true).write(bytes: bytes)
            report.compiledOverlay = .current
            writing.wrote(path, "compiled overlay, \(WriteReport.size(bytes.count))")
        }
        let counts = report.counts
        let countList: [(String, Int)] = [
            ("entities", counts.entities), ("units", counts.units), ("tilings", counts.tilings),
            ("events", counts.events), ("corridors", counts.corridors), ("places", counts.places),
            ("features", counts.features), ("atoms", counts.atoms), ("de_facto_states", counts.deFactoStates),
            ("de_jure_states", counts.deJureStates),
        ]
        switch format {
        case .json:
            emit(
                try AnswerJSON.text(
                    ReportJSON(
                        directory: report.directory.path, valid: report.isValid,
                        problems: report.problems.map {
                            ProblemJSON(file: $0.file, id: $0.id, problem: $0.problem, message: $0.description)
                        },
                        notes: report.notes, counts: Dictionary(uniqueKeysWithValues: countList),
                        compiled_overlay: report.compiledOverlay?.rawValue, license: report.dataset?.info.license)))
        case .table:
            var lines = report.problems.map { "problem: \($0)" } + report.notes.map { "note: \($0)" }
            if let status = report.compiledOverlay { lines.append("note: \(Self.describe(status))") }
            if let license = report.dataset?.info.license { lines.append("licence: \(license)") }
            if report.isValid {
                let summary = countList.map { "\($0.1) \($0.0.replacingOccurrences(of: "_", with: " "))" }
                lines.append("valid: \(report.directory.path): " + summary.joined(separator: ", "))
            }
            emit(lines.map { $0 + "\n" }.joined())
        }
        if !report.isValid {
            let count = report.problems.count
            throw CommandFailure(
                status: .dataError,
                message:
                    "\(report.directory.path): \(count) problem\(count == 1 ? "" : "s") (listed above); fix them and run validate again"
            )
        }
    }

    private static func describe(_ status: CompiledOverlayStatus) -> String {
        let file = Dataset.compiledOverlayFileName
        switch status {
        case .current: return "\(file) matches the units: loading skips the GEOS overlay"
        case .stale:
            return "\(file) does not match the units (made from other boundaries, or damaged) and is ignored; "
                + "`territory validate --write-overlay` rewrites it"
        case .absent:
            return "no \(file): every load computes the overlay; `territory validate --write-overlay` writes one"
        }
    }
}
