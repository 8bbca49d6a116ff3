import CGEOS

/// The calling thread's GEOS context: the handle, the last error and notice GEOS reported on it,
/// and the readers and writers that are cheaper to keep than to create per call.
///
/// A context is never shared between threads: `current` hands each thread its own, and every
/// GEOS call is synchronous, so nothing can run on it from elsewhere while a call is under way.
final class GEOSContext {
    let handle: GEOSContextHandle_t
    private(set) var lastError: String?
    private(set) var lastNotice: String?
    private var cachedWKTReader: OpaquePointer?
    private var cachedWKTWriter: OpaquePointer?
    private var cachedWKBReader: OpaquePointer?
    private var cachedWKBWriter: OpaquePointer?

    private init() {
        guard let handle = GEOS_init_r() else {
            fatalError("GEOS_init_r returned NULL: the GEOS library could not allocate a context (out of memory?)")
        }
        self.handle = handle
        // The handlers receive the context itself as userdata, so they capture nothing; the
        // context outlives the handle (deinit finishes the handle first).
        let userdata = Unmanaged.passUnretained(self).toOpaque()
        GEOSContext_setErrorMessageHandler_r(
            handle,
            { message, userdata in
                guard let userdata else { return }
                let context = Unmanaged<GEOSContext>.fromOpaque(userdata).takeUnretainedValue()
                context.lastError = message.map { String(cString: $0) } ?? "unknown GEOS error"
            }, userdata)
        GEOSContext_setNoticeMessageHandler_r(
            handle,
            { message, userdata in
                guard let userdata else { return }
                let context = Unmanaged<GEOSContext>.fromOpaque(userdata).takeUnretainedValue()
                context.lastNotice = message.map { String(cString: $0) }
            }, userdata)
    }

    deinit {
        if let reader = cachedWKTReader { GEOSWKTReader_destroy_r(handle, reader) }
        if let writer = cachedWKTWriter { GEOSWKTWriter_destroy_r(handle, writer) }
        if let reader = cachedWKBReader { GEOSWKBReader_destroy_r(handle, reader) }
        if let writer = cachedWKBWriter { GEOSWKBWriter_destroy_r(handle, writer) }
        GEOS_finish_r(handle)
    }

    /// The calling thread's context, created on first use and finished when the thread exits.
    static var current: GEOSContext { slot.value }

    /// Each thread's context; its slot's destructor releases the context when the thread exits.
    private static let slot = ThreadLocal { GEOSContext() }

    /// Forgets earlier messages so that an error read after a call belongs to that call.
    func clearMessages() {
        lastError = nil
        lastNotice = nil
    }

    /// The error GEOS reported since `clearMessages()`, classified, or `fallback` if it said nothing.
    func error(_ fallback: @autoclosure () -> String) -> GEOSError {
        GEOSError(geosMessage: lastError ?? fallback(), notice: lastNotice)
    }

    var wktReader: OpaquePointer {
        if let reader = cachedWKTReader { return reader }
        let reader = GEOSWKTReader_create_r(handle)!
        cachedWKTReader = reader
        return reader
    }

    var wktWriter: OpaquePointer {
        if let writer = cachedWKTWriter { return writer }
        let writer = GEOSWKTWriter_create_r(handle)!
        GEOSWKTWriter_setTrim_r(handle, writer, 1)
        GEOSWKTWriter_setOutputDimension_r(handle, writer, 2)
        cachedWKTWriter = writer
        return writer
    }

    var wkbReader: OpaquePointer {
        if let reader = cachedWKBReader { return reader }
        let reader = GEOSWKBReader_create_r(handle)!
        cachedWKBReader = reader
        return reader
    }

    var wkbWriter: OpaquePointer {
        if let writer = cachedWKBWriter { return writer }
        let writer = GEOSWKBWriter_create_r(handle)!
        GEOSWKBWriter_setOutputDimension_r(handle, writer, 2)
        cachedWKBWriter = writer
        return writer
    }
}
