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
        let writer = try open()
        try writer.write(bytes)
        try writer.commit()
    }

    /// A temporary file to stream output into; it becomes the destination on `commit()`, and is
    /// removed if the writer goes away uncommitted (a failure half-way leaves nothing behind).
    func open() throws(CommandFailure) -> Writer {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            // --force cannot help: a file never replaces a directory.
            throw CommandFailure(
                status: .cannotCreate,
                message:
                    "'\(path)' is a directory; give a file path for --out, e.g. '\(path.hasSuffix("/") ? path : path + "/")\(suggestedName)'"
            )
        }
        if !replacesExisting && FileManager.default.fileExists(atPath: path) {
            throw CommandFailure(
                status: .cannotCreate, message: "'\(path)' exists; pass --force to replace it or choose another --out")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var template = Array((directory + "/.territory-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Writer.failure("cannot create '\(path)'") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Writer(descriptor: descriptor, temporaryPath: temporary, file: self)
    }

    /// An output file being written. Not `Sendable`: one thread writes it.
    final class Writer {
        private var descriptor: Int32
        /// The temporary file (for writers that open it by name, such as SQLite).
        let temporaryPath: String
        private let file: OutputFile
        private var committed = false
        private var buffer: [UInt8] = []

        fileprivate init(descriptor: Int32, temporaryPath: String, file: OutputFile) {
            self.descriptor = descriptor
            self.temporaryPath = temporaryPath
            self.file = file
        }

        deinit {
            if !committed {
                if descriptor >= 0 { close(descriptor) }
                unlink(temporaryPath)
            }
        }

        /// Appends bytes (buffered: written in blocks of a few megabytes).
        func write(_ bytes: [UInt8]) throws(CommandFailure) {
            if bytes.count >= 1 << 20 {
                // Large blocks go straight to the file rather than through the buffer.
                try flush()
                guard bytes.withUnsafeBytes({ Self.writeAll($0, to: descriptor) }) else {
                    throw Self.failure("cannot write '\(file.path)'")
                }
                return
            }
            buffer += bytes
            if buffer.count >= 1 << 22 { try flush() }
        }

        private func flush() throws(CommandFailure) {
            let complete = buffer.withUnsafeBytes { Self.writeAll($0, to: descriptor) }
            buffer.removeAll(keepingCapacity: true)
            guard complete else { throw Self.failure("cannot write '\(file.path)'") }
        }

        /// Makes the written bytes the destination file.
        func commit() throws(CommandFailure) {
            try flush()
            let synced = fsync(descriptor) == 0
            // mkstemp creates 0600; an output file gets the usual permissions.
            let umaskValue = umask(0)
            umask(umaskValue)
            fchmod(descriptor, 0o666 & ~umaskValue)
            let closed = close(descriptor) == 0
            descriptor = -1
            guard closed, synced else { throw Self.failure("cannot write '\(file.path)'") }
            let path = file.path
            if file.replacesExisting {
                guard rename(temporaryPath, path) == 0 else { throw Self.failure("cannot replace '\(path)'") }
            } else {
                // link() refuses an existing name, so a file that appeared meanwhile is not overwritten.
                guard link(temporaryPath, path) == 0 else {
                    if errno == EEXIST {
                        throw CommandFailure(
                            status: .cannotCreate,
                            message: "'\(path)' exists; pass --force to replace it or choose another --out")
                    }
                    throw Self.failure("cannot create '\(path)'")
                }
                unlink(temporaryPath)
            }
            committed = true
        }

        fileprivate static func failure(_ what: String) -> CommandFailure {
            let reason = String(cString: strerror(errno))
            return CommandFailure(status: .cannotCreate, message: "\(what): \(reason) (choose a writable --out path)")
        }

        static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
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
}
