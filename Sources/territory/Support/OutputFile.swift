import Foundation

/// Writes a command's output to a file atomically: the bytes go to a temporary file in the same
/// directory, which is then renamed over (with `--force`) or linked to (without) the destination.
/// A reader never sees a half-written file, and a failure leaves nothing behind.
struct OutputFile {
    var path: String
    var replacesExisting: Bool
    /// A file name to suggest inside a directory given as --out.
    var suggestedName = "territory.out"

    func write(_ text: String) throws(CommandFailure) {
        try write(bytes: Array(text.utf8))
    }

    /// Writes binary output, such as a GeoPackage, the same way.
    func write(bytes: [UInt8]) throws(CommandFailure) {
        let destination = URL(fileURLWithPath: path)
        let directory = destination.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            // --force cannot help: a file never replaces a directory.
            throw CommandFailure(
                status: .cannotCreate,
                message:
                    "'\(path)' is a directory; give a file path for --out, e.g. '\(path.hasSuffix("/") ? path : path + "/")\(suggestedName)'"
            )
        }
        if !replacesExisting && FileManager.default.fileExists(atPath: destination.path) {
            throw CommandFailure(
                status: .cannotCreate, message: "'\(path)' exists; pass --force to replace it or choose another --out")
        }
        var template = Array((directory + "/.territory-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw failure("cannot create '\(path)'") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = false
        defer { if !written { unlink(temporary) } }

        let complete = bytes.withUnsafeBytes { buffer in writeAll(buffer, to: descriptor) }
        let synced = complete && fsync(descriptor) == 0
        // mkstemp creates 0600; an output file gets the usual permissions.
        let umaskValue = umask(0)
        umask(umaskValue)
        fchmod(descriptor, 0o666 & ~umaskValue)
        guard close(descriptor) == 0, synced else { throw failure("cannot write '\(path)'") }

        if replacesExisting {
            guard rename(temporary, destination.path) == 0 else { throw failure("cannot replace '\(path)'") }
        } else {
            // link() refuses an existing name, so a file that appeared meanwhile is not overwritten.
            guard link(temporary, destination.path) == 0 else {
                if errno == EEXIST {
                    throw CommandFailure(
                        status: .cannotCreate,
                        message: "'\(path)' exists; pass --force to replace it or choose another --out")
                }
                throw failure("cannot create '\(path)'")
            }
            unlink(temporary)
        }
        written = true
    }

    private func failure(_ what: String) -> CommandFailure {
        let reason = String(cString: strerror(errno))
        return CommandFailure(
            status: .cannotCreate, message: "\(what): \(reason) (choose a writable --out path)")
    }

    private func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let result = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += result
        }
        return true
    }
}
