import Foundation

/// A progress bar on stderr for long work, drawn only when stderr is a terminal: piped or
/// redirected output stays exactly what the command prints.
final class ProgressBar {
    private let label: String
    private let isShown: Bool
    private var drawnPercent = -1

    /// A bar for `label`; `shown` defaults to whether stderr is a terminal.
    init(_ label: String, shown: Bool = isatty(STDERR_FILENO) == 1) {
        self.label = label
        isShown = shown
    }

    /// Shows that `done` of `total` steps are finished (redrawn only when the percentage changes).
    /// The total comes with each update, as the library's progress reports carry it, so that no
    /// command counts the steps a second time.
    func update(_ done: Int, of total: Int) {
        guard isShown else { return }
        let total = max(total, 1)
        let percent = min(100, done * 100 / total)
        guard percent != drawnPercent else { return }
        drawnPercent = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        write("\r\(label) [\(bar)] \(percent)% (\(min(done, total))/\(total))")
    }

    /// Erases the bar, leaving the terminal line as it was.
    func finish() {
        guard isShown, drawnPercent >= 0 else { return }
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
