import Foundation
import Testing

/// Issue 17, point 13: the README is short and links pages under docs/, and every `$ territory …`
/// shown in them prints what is shown (the docs change when the dataset does, or this fails).
@Suite struct NewcomerDocsTests {
    static let pages = [
        "README.md", "docs/commands.md", "docs/exports.md", "docs/maps.md", "docs/accuracy.md",
        "docs/benchmarks.md", "docs/reliability.md",
    ]

    /// Commands shown that need what a test cannot have: a database, a damaged dataset copy, a
    /// full disk. Their pages say so around them.
    static let needsSetup = ["--postgres", "broken-copy", "/tmp/full"]

    @Test func theReadmeIsShortAndLinksEveryPage() throws {
        let readme = try text("README.md")
        #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count < 250)
        #expect(readme.hasPrefix("# Territory\n\n```sh\nmake demo"))
        #expect(readme.contains("\nmake test"))
        for page in Self.pages.dropFirst() + ["docs/API.md", "docs/DESIGN.md", "CHANGELOG.md", "LICENSE"] {
            #expect(readme.contains("](\(page))"), "README does not link \(page)")
        }
        // Every relative link of every page leads to a file.
        for page in Self.pages + ["docs/API.md"] {
            let base = NewcomerOutputTests.root.appendingPathComponent(page).deletingLastPathComponent()
            for target in try links(in: text(page)) where !target.hasPrefix("http") && !target.hasPrefix("#") {
                let path = base.appendingPathComponent(String(target.split(separator: "#")[0])).path
                #expect(FileManager.default.fileExists(atPath: path), "\(page) links \(target)")
            }
        }
    }

    /// The pages that show `territory` commands (benchmarks.md shows `make bench` only).
    @Test(arguments: pages.filter { $0 != "docs/benchmarks.md" })
    func shownOutputIsRealOutput(page: String) throws {
        var checked = 0
        for (command, expected) in try shownRuns(in: text(page)) {
            if Self.needsSetup.contains(where: command.contains) { continue }
            let scratch = try TemporaryDirectory()
            let run = try territory(Array(words(command).dropFirst()), in: scratch.url)
            let got = (run.stdout + run.stderr).split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            let trimmed = Array(got.reversed().drop { $0.isEmpty }.reversed())
            #expect(matches(expected, trimmed[...]), "\(page): \(command)\n\(trimmed.joined(separator: "\n"))")
            checked += 1
        }
        #expect(checked > 0, "\(page) shows no territory command")
    }

    private func text(_ page: String) throws -> String {
        try String(contentsOf: NewcomerOutputTests.root.appendingPathComponent(page), encoding: .utf8)
    }

    /// Markdown link targets, `[text](target)`.
    private func links(in text: String) -> [String] {
        text.components(separatedBy: "](").dropFirst().compactMap { $0.split(separator: ")").first.map(String.init) }
    }

    /// Each `$ territory …` line of a fenced block, with the lines up to the next `$ ` line or the
    /// end of the block (trailing blank lines dropped).
    private func shownRuns(in text: String) -> [(command: String, output: [String])] {
        var runs: [(command: String, output: [String])] = []
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inFence.toggle()
                // A block's end ends the output shown.
                runs.append(("", []))
                continue
            }
            guard inFence else { continue }
            if line.hasPrefix("$ territory ") {
                runs.append((String(line.dropFirst(2)), []))
            } else if line.hasPrefix("$ ") {
                runs.append(("", []))
            } else if !runs.isEmpty {
                runs[runs.count - 1].output.append(line)
            }
        }
        return runs.filter { !$0.command.isEmpty }.map { run in
            (run.command, Array(run.output.reversed().drop { $0.isEmpty }.reversed()))
        }
    }

    /// A command line split as a shell would: quotes group words, `#` starts a comment, and
    /// `$UNSET` is the empty word an unset variable gives.
    private func words(_ line: String) -> [String] {
        var words: [String] = []
        var word: String?
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { word!.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                word = word ?? ""
            } else if character == " " {
                if let finished = word { words.append(finished) }
                word = nil
            } else if character == "#" && word == nil {
                break
            } else {
                word = (word ?? "") + String(character)
            }
        }
        if let word { words.append(word) }
        return words.map { $0 == "$UNSET" ? "" : $0 }
    }

    /// Whether `output` is what `expected` shows: a line `…` stands for any lines, and `…` inside
    /// a line for any text.
    private func matches(_ expected: [String], _ output: ArraySlice<String>) -> Bool {
        guard let first = expected.first else { return output.isEmpty }
        let rest = Array(expected.dropFirst())
        if first.trimmingCharacters(in: .whitespaces) == "…" {
            return (output.startIndex...output.endIndex).contains { matches(rest, output[$0...]) }
        }
        guard let line = output.first, matchesLine(first, line) else { return false }
        return matches(rest, output.dropFirst())
    }

    private func matchesLine(_ expected: String, _ line: String) -> Bool {
        let pieces = expected.components(separatedBy: "…")
        guard pieces.count > 1 else { return expected == line }
        guard line.hasPrefix(pieces[0]), line.hasSuffix(pieces[pieces.count - 1]) else { return false }
        var rest = line.dropFirst(pieces[0].count).dropLast(pieces[pieces.count - 1].count)
        for piece in pieces.dropFirst().dropLast() {
            guard let found = rest.range(of: piece) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }
}
