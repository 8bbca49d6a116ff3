/// Positions with a negative latitude on the command line (`territory distance 0.5,179.5 -0.5,-179.5`,
/// `--at -1.5,2`).
///
/// ArgumentParser reads any token that starts with `-` as an option, so `-0.5,-179.5` would be an
/// unknown option and `--at` would miss its value. No option of this tool looks like a position,
/// so before parsing, every such token (before a `--`) has its leading hyphen replaced by U+2212
/// MINUS SIGN, which ArgumentParser takes as an ordinary value; `parsePosition` reads that sign as
/// a minus, and `original(_:)` gives back what was typed wherever the text is shown.
enum NegativePositions {
    static let minusSign: Character = "\u{2212}"

    /// `arguments` with the leading hyphen of every negative position before `--` replaced.
    static func protect(_ arguments: [String]) -> [String] {
        var seenTerminator = false
        return arguments.map { argument in
            if argument == "--" { seenTerminator = true }
            guard !seenTerminator, argument.hasPrefix("-"), parsePosition(argument) != nil else { return argument }
            return String(minusSign) + argument.dropFirst()
        }
    }

    /// `text` as typed: a leading minus sign put there by `protect(_:)` is a hyphen again.
    static func original(_ text: String) -> String {
        text.first == minusSign ? "-" + text.dropFirst() : text
    }

    /// `message` (an ArgumentParser error that may quote protected tokens) with those tokens as typed.
    static func original(message: String, protected: [String]) -> String {
        var message = message
        for token in Set(protected) where token.first == minusSign {
            message = message.replacingOccurrences(of: token, with: original(token))
        }
        return message
    }
}
