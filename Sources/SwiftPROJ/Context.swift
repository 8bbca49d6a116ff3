import CPROJ
import SwiftGEOS

/// The calling thread's PROJ context: the handle, the last message PROJ logged on it, and the
/// transformation objects already created on it.
///
/// A context is never shared between threads: `current` hands each thread its own, and every PROJ
/// call is synchronous, so nothing runs on it from elsewhere while a call is under way.
/// `proj_create_crs_to_crs` reads proj.db and costs milliseconds, so each thread builds a given
/// (source, target) operation once and keeps it; the cache is bounded because metre-based
/// operations create one local projection per geometry.
final class PROJContext {
    /// How many operations a thread keeps before dropping the least recently used one.
    static let cacheCapacity = 128

    let handle: OpaquePointer
    private(set) var lastLogMessage: String?
    private var operations: [TransformerKey: CachedOperation] = [:]
    private var useCount: UInt64 = 0

    private struct CachedOperation {
        let operation: OpaquePointer
        var lastUse: UInt64
    }

    private init() {
        guard let handle = proj_context_create() else {
            fatalError("proj_context_create returned NULL: PROJ could not allocate a context (out of memory?)")
        }
        self.handle = handle
        // The log function receives the context itself as app data, so it captures nothing; the
        // context outlives the handle (deinit destroys the handle first). Routing the log here
        // also keeps PROJ from writing to stderr.
        proj_log_func(handle, Unmanaged.passUnretained(self).toOpaque()) { appData, _, message in
            guard let appData, let message else { return }
            let context = Unmanaged<PROJContext>.fromOpaque(appData).takeUnretainedValue()
            context.lastLogMessage = String(cString: message)
        }
    }

    deinit {
        for cached in operations.values { proj_destroy(cached.operation) }
        proj_context_destroy(handle)
    }

    /// The calling thread's context, created on first use and destroyed when the thread exits.
    static var current: PROJContext { slot.value }

    /// Each thread's context; its slot's destructor releases the context, and with it the thread's
    /// cached operations, when the thread exits.
    private static let slot = ThreadLocal { PROJContext() }

    /// This thread's operation from `key.source` to `key.target`, with axes in lon/lat (easting,
    /// northing) order, created and cached on first use.
    ///
    /// The pointer stays valid until the next call to this method on the same thread.
    func operation(for key: TransformerKey) throws(PROJError) -> OpaquePointer {
        useCount += 1
        if let cached = operations[key] {
            operations[key]?.lastUse = useCount
            return cached.operation
        }
        let operation = try createOperation(for: key)
        if operations.count >= Self.cacheCapacity,
            let oldest = operations.min(by: { $0.value.lastUse < $1.value.lastUse })
        {
            proj_destroy(oldest.value.operation)
            operations[oldest.key] = nil
        }
        operations[key] = CachedOperation(operation: operation, lastUse: useCount)
        return operation
    }

    /// PROJ's explanation of `code`, preceded by the last line it logged when there is one.
    func message(forErrorCode code: Int32) -> String {
        let text = proj_context_errno_string(handle, code).map { String(cString: $0) } ?? "error code \(code)"
        guard let logged = lastLogMessage, !logged.isEmpty else { return text }
        return code == 0 ? logged : "\(logged) (\(text))"
    }

    /// Forgets the last log line so that a message read after a call belongs to that call.
    func clearMessages() {
        lastLogMessage = nil
    }

    private func createOperation(for key: TransformerKey) throws(PROJError) -> OpaquePointer {
        let source = try createCRS(key.source)
        defer { proj_destroy(source) }
        let target = try createCRS(key.target)
        defer { proj_destroy(target) }
        clearMessages()
        guard let raw = proj_create_crs_to_crs_from_pj(handle, source, target, nil, nil) else {
            let reason = message(forErrorCode: proj_context_errno(handle))
            throw .noTransformation(source: key.source.definition, target: key.target.definition, reason: reason)
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(handle, raw) else {
            let reason = message(forErrorCode: proj_context_errno(handle))
            throw .noTransformation(source: key.source.definition, target: key.target.definition, reason: reason)
        }
        return normalized
    }

    /// Parses `crs` on its own so that an unknown CRS is reported as such, not as a missing transformation.
    private func createCRS(_ crs: CRS) throws(PROJError) -> OpaquePointer {
        clearMessages()
        guard let object = proj_create(handle, crs.definition) else {
            throw .invalidCRS(definition: crs.definition, reason: message(forErrorCode: proj_context_errno(handle)))
        }
        guard proj_is_crs(object) != 0 else {
            proj_destroy(object)
            throw .invalidCRS(
                definition: crs.definition,
                reason: "the definition describes a coordinate operation, not a CRS (add +type=crs to a PROJ string)")
        }
        return object
    }
}

/// The identity of a cached transformation: the ordered pair of CRSs.
struct TransformerKey: Hashable {
    let source: CRS
    let target: CRS
}
