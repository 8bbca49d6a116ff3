import ArgumentParser

/// Rejects an empty path option (`--out ""`, `--data ""`, most often a shell variable that was
/// never set) while the command line is validated. Passed on, the file system would report
/// another problem instead, such as "'' exists" or "cannot create the directory ''".
///
/// - Parameters:
///   - path: the option's value; `nil` (not given) passes.
///   - option: the option as written, e.g. `--out`.
///   - expected: what a value names, e.g. `the file to write`.
func requireNonEmptyPath(_ path: String?, option: String, expected: String) throws(ValidationError) {
    if path?.isEmpty == true {
        throw ValidationError("\(option) is an empty path; give \(expected)")
    }
}
