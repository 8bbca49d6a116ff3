import Foundation

/// Reads a JSON file of a dataset, or a boundary file of another project, into a `JSONValue`.
enum JSONFile {
    /// Parses the file at `url` as JSON; `file` is the name errors give it.
    ///
    /// - Throws: `DatasetError.unreadable` when the file cannot be read, `DatasetError.malformed`
    ///   when it is not UTF-8 text or not JSON (an empty file is not JSON).
    static func read(_ url: URL, file: String) throws(DatasetError) -> JSONValue {
        let data: Data
        do {
            // Not Data(contentsOf:): Foundation (Swift 6.3) leaks its read buffer on an empty file.
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.readToEnd() ?? Data()
        } catch {
            // The full path: the file name alone does not say which directory was read.
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw .unreadable(file: file, id: nil, problem: "no such file: \(url.path)")
            }
            throw .unreadable(
                file: file, id: nil,
                problem: "cannot read the file \(url.path): \((error as NSError).localizedDescription)")
        }
        do {
            // Parsed as bytes: a text that parses is valid UTF-8, so only a failure needs the check.
            return try JSONValue(json: data)
        } catch {
            guard String(validating: data, as: UTF8.self) != nil else {
                throw .malformed(file: file, id: nil, problem: "the file is not UTF-8 text")
            }
            throw .malformed(file: file, id: nil, problem: "not valid JSON: \(error.message)")
        }
    }
}
